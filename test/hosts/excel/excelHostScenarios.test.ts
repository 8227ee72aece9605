import { catalogueTemplate, RIBBON_TEMPLATES } from '../../../src/commands/actions';
import { runHostScenarios } from '../scenarios';
import { makeExcelHost } from './makeExcelHost';

runHostScenarios(
  'Excel',
  (sheets) => makeExcelHost(sheets),
  {
    readLargeSheet: 2,
    applyPlan: 1,
    insertTemplateNewSheet: 1,
    insertTemplateExistingSheet: 2,
  },
  () => [...RIBBON_TEMPLATES, 'wuhan2020'].map((id) => catalogueTemplate(id)(undefined)),
);
