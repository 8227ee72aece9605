import { CellRef } from '../address';
import { LAYOUTS, LayoutTemplate } from '../layouts';
import { FormKind, Layout } from '../model';
import { Preset } from '../presets';
import { TemplateSpec } from '../templateSpec';
import { BuiltTemplate } from './finish';

export interface TemplateEntry {
  id: string;
  name: string;
  nameEn: string;
  kind: FormKind;
  layout: Layout;
}

export type TemplateBuilder = (anchor: CellRef, preset: Preset) => TemplateSpec;

/** Every layout's blank form, from its profile, in the registry's order (the order the pane lists them). */
function catalogue(): { entry: TemplateEntry; template: LayoutTemplate }[] {
  const out: { entry: TemplateEntry; template: LayoutTemplate }[] = [];
  for (const profile of LAYOUTS) {
    const template = profile.template;
    if (!template) continue;
    out.push({
      entry: {
        id: template.id,
        name: template.name,
        nameEn: template.nameEn,
        kind: profile.kind,
        layout: profile.id,
      },
      template,
    });
  }
  return out;
}

/** The blank forms we can insert, in the order the pane lists them. */
export function listTemplates(): TemplateEntry[] {
  return catalogue().map(({ entry }) => ({ ...entry }));
}

/** A blank form placed at `anchor` (0-based sheet coordinates); undefined for an unknown id. */
export function buildTemplate(id: string, anchor: CellRef, preset: Preset): TemplateSpec | undefined {
  return buildTemplateForm(id, anchor, preset)?.spec;
}

/** The form with the region it lays out (as detection reports it), for filling or checking without detecting. */
export function buildTemplateForm(id: string, anchor: CellRef, preset: Preset): BuiltTemplate | undefined {
  return catalogue()
    .find((t) => t.entry.id === id)
    ?.template.build(anchor, preset);
}
