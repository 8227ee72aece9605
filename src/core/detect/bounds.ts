import { Grid } from '../grid';
import { SheetText } from './sheetText';

/** Inclusive column band. */
export interface Band {
  left: number;
  right: number;
}

function columnUsed(grid: Grid, col: number, top: number, bottom: number): boolean {
  for (let r = top; r <= bottom; r++) if (!grid.isEmpty(r, col)) return true;
  return false;
}

/**
 * Grows a band of columns left and right while the neighbouring column has content in the rows: an empty
 * column separates a table from whatever stands beside it.
 */
export function growBand(grid: Grid, band: Band, top: number, bottom: number): Band {
  let { left, right } = band;
  while (left > 0 && columnUsed(grid, left - 1, top, bottom)) left--;
  while (right < grid.colCount - 1 && columnUsed(grid, right + 1, top, bottom)) right++;
  return { left, right };
}

/**
 * The first row of the run of non-empty rows that ends just above `row`, not above `upper` and not above a
 * row that is `outside` the table (an attachment line, a note).
 */
export function blockTop(
  text: SheetText,
  row: number,
  upper: number,
  band: Band,
  outside: (row: number) => boolean = () => false,
): number {
  let r = row;
  while (r - 1 >= upper && !text.rowIsEmpty(r - 1, band.left, band.right) && !outside(r - 1)) r--;
  return r;
}

/** The last non-empty row at or after `row` before two empty rows in a row, not below `lower`. */
export function blockBottom(text: SheetText, row: number, lower: number, band: Band): number {
  let last = row;
  let empties = 0;
  for (let r = row; r <= lower; r++) {
    if (text.rowIsEmpty(r, band.left, band.right)) {
      empties++;
      if (empties >= 2) break;
    } else {
      empties = 0;
      last = r;
    }
  }
  return last;
}
