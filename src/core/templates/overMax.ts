import { CellRef, refToA1 } from '../address';
import { SheetBuilder } from './sheetBuilder';

/** Light red, as Excel's own "greater than" highlight. */
export const OVER_MAX_FILL = '#FFC7CE';

/** A score cell worth `max` points: typing more is refused, and a pasted value above it turns red. */
export function scoreUpTo(b: SheetBuilder, row: number, col: number, max: number): CellRef {
  b.bounds(row, col, 0, max);
  const score = b.at(row, col);
  b.highlight(b.area(row, col), `=${refToA1(score)}>${max}`, OVER_MAX_FILL);
  return score;
}
