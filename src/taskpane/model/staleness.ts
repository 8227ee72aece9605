import { cellState } from '../../core/edits';
import { SheetSnapshot } from '../../core/grid';

/** True when any of the cells reads differently now (value, formula or number format) than it did before. */
export function cellsChanged(
  before: SheetSnapshot,
  after: SheetSnapshot,
  cells: readonly { row: number; col: number }[],
): boolean {
  return cells.some(({ row, col }) => {
    const a = cellState(before, row, col);
    const b = cellState(after, row, col);
    return a.value !== b.value || a.formula !== b.formula || a.numberFormat !== b.numberFormat;
  });
}
