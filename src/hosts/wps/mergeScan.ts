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
 * When a whole area answers `false`, this many likely merge corners are asked their `MergeArea` to learn
 * whether this WPS answers `false` for a mixed range too (a form's title is nearly always merged).
 */
export const FALSE_ANSWER_PROBES = 8;

/**
 * Finds the merged areas of `area` without asking cell by cell. Every cell a merge covers, other than its
 * top-left one, is empty, so only empty cells no known area covers yet ("open" cells) need asking:
 * a rectangle is shrunk to the bounding box of its open cells and asked `MergeCells` — false ends the
 * search there, true resolves each open cell's `MergeArea` (which also names its top-left cell; a cell
 * that is not merged answers itself, as it does where a mixed range answered true), and null or ""
 * (some merged, some not) asks again, of the open cells' rectangles when there are few, else of the two
 * halves. Calls grow with merged areas and the blank blocks around them, not with cells.
 *
 * Some builds answer `false` for a mixed range as well. So a `false` for the whole area is checked: the
 * first few non-empty cells with an open neighbour to the right or below (where a merge would start) are
 * asked their `MergeArea`. If one is merged, `false` means nothing on this host, and every cell that could
 * start a merge (one with an open right or lower neighbour) is asked its `MergeArea` instead: about one
 * call per such cell, the price of a build that answers neither `Value(11)` nor mixed ranges truthfully.
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

  const mergeAreaOf = (row: number, col: number) =>
    merges.add(rangeOfAddress(sheet.Range(toA1(row, col)).MergeArea.Address()));

  /** Where a merge could start: an uncovered cell whose right or lower neighbour is open. */
  const mayStartMerge = (row: number, col: number) =>
    !merges.isCovered(row, col) &&
    ((col < area.right && isOpen(row, col + 1)) || (row < area.bottom && isOpen(row + 1, col)));

  const falseMeansMixedToo = (): boolean => {
    let asked = 0;
    for (let row = area.top; row <= area.bottom && asked < FALSE_ANSWER_PROBES; row++) {
      for (let col = area.left; col <= area.right && asked < FALSE_ANSWER_PROBES; col++) {
        if (isEmpty(row, col) || !mayStartMerge(row, col)) continue;
        asked++;
        mergeAreaOf(row, col);
        if (merges.areas.length > 0) return true;
      }
    }
    return false;
  };

  const askEveryPossibleStart = () => {
    for (let row = area.top; row <= area.bottom; row++) {
      for (let col = area.left; col <= area.right; col++) if (mayStartMerge(row, col)) mergeAreaOf(row, col);
    }
  };

  const ask = (within: CellRange, whole = false) => {
    const open = openCells(within);
    const r = boundingBox(open);
    if (!r) return;
    // A range whose cells differ answers null, "" or (some WPS builds) true: `true` is verified cell by
    // cell with MergeArea, where a cell that is not merged answers itself.
    const merged: unknown = sheet.Range(rangeToA1(r)).MergeCells;
    if (merged === true) {
      for (const cell of open) if (isOpen(cell.row, cell.col)) mergeAreaOf(cell.row, cell.col);
      return;
    }
    if (merged === false && whole && rangeCellCount(r) > 1 && falseMeansMixedToo()) {
      askEveryPossibleStart();
      return;
    }
    if (merged === false || rangeCellCount(r) === 1) return;
    const blocks = rectangleRuns(open).map((run) => run.range);
    const direct =
      blocks.length <= DIRECT_RECTANGLES &&
      !(blocks.length === 1 && rangeCellCount(blocks[0]) === rangeCellCount(r));
    for (const next of direct ? blocks : halves(r)) ask(next);
  };

  ask(area, true);
  return merges.areas.filter((m) => m.top >= area.top && m.left >= area.left);
}
