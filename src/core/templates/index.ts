/** The blank-form catalogue: declarative specs with the planner's formulas already in place. */
export {
  buildTemplate,
  buildTemplateForm,
  departmentTemplate,
  hubei2019Template,
  listTemplates,
  nationalTemplate,
  targetTemplate,
  wuhan2020Template,
} from './catalogue';
export type { TemplateBuilder, TemplateEntry } from './catalogue';
export type { BuiltTemplate } from './finish';
export { templateToSnapshot } from './snapshot';
export { templateSheetName } from './sheetName';
