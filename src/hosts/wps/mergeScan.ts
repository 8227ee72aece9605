import { CellRange, rangeToA1, toA1 } from '../../core/address';
import { rangeCellCount, rangeOfAddress } from '../addresses';
import { rectangleRuns } from '../rectangleRuns';
import { EtWorksheet } from './etApi';
import { MergeIndex } from './mergeIndex';
import { halves } from './ranges';

/**
 * A mixed rectangle with at most this many rectangles of open cells asks them one by one; more, and it
 * is halved. Measured on stacked national forms (about 100 calls a table) against a 3,000-row data sheet
 * with scattered blanks and one merged title (about 60 calls in all).
 */
export const DIRECT_RECTANGLES = 16;

/**
 * Finds the merged areas of `area` without asking cell by cell. Every cell a merge covers, other than its
 * top-left one, is empty, so only empty cells no known area covers yet ("open" cells) need asking:
 * a rectangle is shrunk to the bounding box of its open cells and asked `MergeCells` — false ends the
 * search there, true resolves each open cell's `MergeArea` (which also names its top-left cell; a cell
 * that is not merged answers itself, as it does where a mixed range answered true), and null or ""
 * (some merged, some not) asks again, of the open cells' rectangles when there are few, else of the two
 * halves. Calls grow with merged areas and the blank blocks around them, not with cells.
 *
 * A merge none of whose covered cells is empty is not found: Excel and WPS clear covered cells when they
 * merge, but a file written by another program may keep values there.
 */
export function scanMerges(
  sheet: EtWorksheet,
  area: CellRange,
  isEmpty: (row: number, col: number) => boolean,
): CellRange[] {
  const merges = new MergeIndex();
  const isOpen = (row: number, col: number) => isEmpty(row, col) && !merges.isCovered(row, col);

  const openCells = (r: CellRange) => {
    const cells: { row: number; col: number; item: true }[] = [];
    for (let row = r.top; row <= r.bottom; row++) {
      for (let col = r.left; col <= r.right; col++)
        if (isOpen(row, col)) cells.push({ row, col, item: true });
    }
    return cells;
  };

  const boundingBox = (cells: { row: number; col: number }[]): CellRange | null => {
    if (cells.length === 0) return null;
    const box = { top: cells[0].row, left: cells[0].col, bottom: cells[0].row, right: cells[0].col };
    for (const c of cells) {
      box.top = Math.min(box.top, c.row);
      box.left = Math.min(box.left, c.col);
      box.bottom = Math.max(box.bottom, c.row);
      box.right = Math.max(box.right, c.col);
    }
    return box;
  };

  const ask = (within: CellRange) => {
    const open = openCells(within);
    const r = boundingBox(open);
    if (!r) return;
    // A range whose cells differ answers null, "" or (some WPS builds) true: `true` is verified cell by
    // cell with MergeArea, where a cell that is not merged answers itself.
    const merged: unknown = sheet.Range(rangeToA1(r)).MergeCells;
    if (merged === true) {
      for (const cell of open) {
        if (isOpen(cell.row, cell.col)) {
          const area = rangeOfAddress(sheet.Range(toA1(cell.row, cell.col)).MergeArea.Address());
          if (rangeCellCount(area) > 1) merges.add(area);
        }
      }
      return;
    }
    if (merged === false || rangeCellCount(r) === 1) return;
    const blocks = rectangleRuns(open).map((run) => run.range);
    const direct =
      blocks.length <= DIRECT_RECTANGLES &&
      !(blocks.length === 1 && rangeCellCount(blocks[0]) === rangeCellCount(r));
    for (const next of direct ? blocks : halves(r)) ask(next);
  };

  ask(area);
  return merges.areas.filter((m) => m.top >= area.top && m.left >= area.left);
}
