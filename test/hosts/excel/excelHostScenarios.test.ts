import { runHostScenarios } from '../scenarios';
import { makeExcelHost } from './makeExcelHost';

runHostScenarios('Excel', (sheets) => makeExcelHost(sheets), {
  readLargeSheet: 2,
  applyPlan: 1,
  insertTemplateNewSheet: 1,
  insertTemplateExistingSheet: 2,
});
