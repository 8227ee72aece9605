import { CellRef, refToA1 } from '../address';
import { SheetBuilder } from './sheetBuilder';

/** Light red, as Excel's own "greater than" highlight. */
export const OVER_MAX_FILL = '#FFC7CE';

/**
 * `score > max` as a conditional format formula, true only once the score is a number: a score formula
 * that shows nothing returns "", and text compares above every number in Excel, WPS and LibreOffice, so
 * an unguarded `H6>F6` paints a blank form's score cells red.
 */
export function exceedsFormula(score: CellRef, max: CellRef | number | string): string {
  const limit = typeof max === 'object' ? refToA1(max) : String(max);
  return `=AND(ISNUMBER(${refToA1(score)}),${refToA1(score)}>${limit})`;
}

/** A score cell worth `max` points: typing more is refused, and a pasted value above it turns red. */
export function scoreUpTo(b: SheetBuilder, row: number, col: number, max: number): CellRef {
  b.bounds(row, col, 0, max);
  const score = b.at(row, col);
  b.highlight(b.area(row, col), exceedsFormula(score, max), OVER_MAX_FILL);
  return score;
}
