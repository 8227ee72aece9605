import { rangeToA1 } from '../../core/address';
import { CellEdit } from '../../core/edits';
import { placedEdits } from '../placedEdits';
import { XlWorksheet } from './excelApi';
import { rectangleRuns } from '../rectangleRuns';

/**
 * Queues one sheet's edits as rectangular writes (no sync). Number formats go first so that a formula
 * written into a cell formatted as Text (`@`) under the new format is entered as a formula, not as text;
 * then contents (formulas and constants through `range.formulas`); then fills, one call per colour run.
 * Returns the number of range writes queued.
 */
export function queueEdits(sheet: XlWorksheet, edits: readonly CellEdit[]): number {
  let writes = 0;
  const { formats, contents, fills } = placedEdits(edits);

  for (const run of rectangleRuns(formats)) {
    sheet.getRange(rangeToA1(run.range)).numberFormat = run.items;
    writes++;
  }

  for (const run of rectangleRuns(contents)) {
    sheet.getRange(rangeToA1(run.range)).formulas = run.items;
    writes++;
  }

  for (const run of rectangleRuns(fills, (a, b) => a === b)) {
    const fill = sheet.getRange(rangeToA1(run.range)).format.fill;
    const colour = run.items[0][0];
    if (colour === null) fill.clear();
    else fill.color = colour;
    writes++;
  }
  return writes;
}
