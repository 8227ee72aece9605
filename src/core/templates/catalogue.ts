import { CellRef } from '../address';
import { FormKind, Layout } from '../model';
import { Preset } from '../presets';
import { TemplateSpec } from '../templateSpec';
import { DEPARTMENT_INFO, departmentForm } from './department';
import { BuiltTemplate, TemplateInfo } from './finish';
import { HUBEI2019_INFO, hubei2019Form } from './hubei2019';
import { NATIONAL_INFO, nationalForm } from './national';
import { TARGET_INFO, targetForm } from './target';
import { WUHAN2020_INFO, wuhan2020Form } from './wuhan2020';

export interface TemplateEntry {
  id: string;
  name: string;
  nameEn: string;
  kind: FormKind;
  layout: Layout;
}

export type TemplateBuilder = (anchor: CellRef, preset: Preset) => TemplateSpec;
type FormBuilder = (anchor: CellRef, preset: Preset) => BuiltTemplate;

const specOnly =
  (form: FormBuilder): TemplateBuilder =>
  (anchor, preset) =>
    form(anchor, preset).spec;

/** One declarative spec builder per blank form. */
export const nationalTemplate = specOnly(nationalForm);
export const hubei2019Template = specOnly(hubei2019Form);
export const wuhan2020Template = specOnly(wuhan2020Form);
export const departmentTemplate = specOnly(departmentForm);
export const targetTemplate = specOnly(targetForm);

const CATALOGUE: { info: TemplateInfo; form: FormBuilder }[] = [
  { info: NATIONAL_INFO, form: nationalForm },
  { info: HUBEI2019_INFO, form: hubei2019Form },
  { info: WUHAN2020_INFO, form: wuhan2020Form },
  { info: DEPARTMENT_INFO, form: departmentForm },
  { info: TARGET_INFO, form: targetForm },
];

/** The blank forms we can insert, in the order the pane lists them. */
export function listTemplates(): TemplateEntry[] {
  return CATALOGUE.map(({ info }) => ({ ...info }));
}

/** A blank form placed at `anchor` (0-based sheet coordinates); undefined for an unknown id. */
export function buildTemplate(id: string, anchor: CellRef, preset: Preset): TemplateSpec | undefined {
  return buildTemplateForm(id, anchor, preset)?.spec;
}

/** The form with the region it lays out (as detection reports it), for filling or checking without detecting. */
export function buildTemplateForm(id: string, anchor: CellRef, preset: Preset): BuiltTemplate | undefined {
  return CATALOGUE.find((t) => t.info.id === id)?.form(anchor, preset);
}
