/** The blank-form catalogue: declarative specs with the planner's formulas already in place. */
export { buildTemplate, buildTemplateForm, listTemplates } from './catalogue';
export type { TemplateBuilder, TemplateEntry } from './catalogue';
export type { BuiltTemplate } from './finish';
export { templateToSnapshot } from './snapshot';
export { templateSheetName } from './sheetName';
