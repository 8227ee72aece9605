import { runHostScenarios } from '../scenarios';
import { makeWpsHost } from './makeWpsHost';

/**
 * WPS has no batching: a "round trip" here is one ET call (a property read or write, or a method call),
 * so the limits are call counts measured on the fake, with a little room.
 * - reading the 300-table national sheet: about 203 calls a table (60,939 in all);
 * - 1,200 formulas over 300 tables: rectangles of edits, about 8 calls a table (2,407 in all);
 * - templates: 180–360 calls each for the catalogue forms, wherever they go.
 */
runHostScenarios('WPS', (sheets) => makeWpsHost(sheets), {
  readLargeSheet: 63_000,
  applyPlan: 3_000,
  insertTemplateNewSheet: 600,
  insertTemplateExistingSheet: 600,
});
