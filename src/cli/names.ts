import { PRESETS } from '../core/presets';
import { listTemplates, TemplateEntry } from '../core/templates';
import { optionValue, ParsedArgs, UsageError } from './args';
import { Lang } from './io';

/**
 * Presets are named `national-2020`, `hubei-2019`, … and templates `national`, `hubei2019`, … for the same
 * forms. People type either one for either, so a name is compared with hyphens, underscores, case and a
 * trailing year dropped: `hubei2019`, `Hubei-2019` and `hubei` all mean the 湖北 2019 preset and template.
 */
function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[-_\s]/g, '')
    .replace(/\d{4}$/, '');
}

function sameName(given: string, id: string): boolean {
  return nameKey(given) !== '' && nameKey(given) === nameKey(id);
}

/** The other spelling of a preset id (its template's id), shown beside it in --help. */
function presetSpellings(id: string): string[] {
  const twin = listTemplates().find((t) => sameName(t.id, id))?.id;
  return twin && twin !== id ? [id, twin] : [id];
}

/** The other spelling of a template id (its preset's id), shown beside it in --help and --list. */
export function templateSpellings(entry: TemplateEntry): string[] {
  const twin = PRESETS.find((p) => sameName(p.id, entry.id))?.id;
  return twin && twin !== entry.id ? [entry.id, twin] : [entry.id];
}

/** `national-2020（national）、hubei-2019（hubei2019）…` for the usage texts. */
export function presetNamesForHelp(lang: Lang): string {
  const shown = PRESETS.map((p) => {
    const [id, ...others] = presetSpellings(p.id);
    return others.length > 0
      ? lang === 'en'
        ? `${id} (${others.join(', ')})`
        : `${id}（${others.join('、')}）`
      : id;
  });
  return shown.join(lang === 'en' ? ', ' : '、');
}

/** `national（national-2020）、hubei2019（hubei-2019）…` for the usage texts. */
export function templateNamesForHelp(lang: Lang): string {
  const shown = listTemplates().map((t) => {
    const [id, ...others] = templateSpellings(t);
    return others.length > 0
      ? lang === 'en'
        ? `${id} (${others.join(', ')})`
        : `${id}（${others.join('、')}）`
      : id;
  });
  return shown.join(lang === 'en' ? ', ' : '、');
}

/** The preset id a name means, or undefined when no preset has that name. */
export function presetIdNamed(name: string): string | undefined {
  return PRESETS.find((p) => p.id === name)?.id ?? PRESETS.find((p) => sameName(name, p.id))?.id;
}

/** The template a name means, or undefined. */
export function templateNamed(name: string): TemplateEntry | undefined {
  const entries = listTemplates();
  return entries.find((t) => t.id === name) ?? entries.find((t) => sameName(name, t.id));
}

/** The `--preset` given, as its canonical id; a name no preset has is a usage error listing the names. */
export function presetOption(parsed: ParsedArgs): string | undefined {
  const given = optionValue(parsed, 'preset');
  if (given === undefined) return undefined;
  const id = presetIdNamed(given);
  if (id) return id;
  throw new UsageError(
    `选项 --preset 的值只能是 ${presetNamesForHelp('zh')}，不能是 ${given}`,
    `Option --preset must be one of ${presetNamesForHelp('en')}, not ${given}`,
  );
}
