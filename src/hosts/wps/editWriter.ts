import { CellRange, rangeToA1, toA1 } from '../../core/address';
import { CellEdit } from '../../core/edits';
import { rangeCellCount, rangeOfAddress } from '../addresses';
import { MergeIndex } from './mergeIndex';
import { HostError } from '../host';
import { placedEdits } from '../placedEdits';
import { rectangleRuns } from '../rectangleRuns';
import { hexToBgr } from './colors';
import { EtInput, EtRange, EtWorksheet } from './etApi';
import { XL_PATTERN_NONE } from './etConstants';
import { halves } from './ranges';

/** One rectangle of contents, checked against merged areas and ready to assign. */
interface ContentWrite {
  range: EtRange;
  items: EtInput[][];
}

/** A sheet's edits, prepared (reads only) so that writing them cannot fail on a merged area halfway. */
export interface PreparedSheet {
  sheet: EtWorksheet;
  formats: { range: CellRange; format: string }[];
  contents: ContentWrite[];
  fills: { range: CellRange; fill: string | null }[];
}

function slice<T>(items: T[][], whole: CellRange, part: CellRange): T[][] {
  return items
    .slice(part.top - whole.top, part.bottom - whole.top + 1)
    .map((row) => row.slice(part.left - whole.left, part.right - whole.left + 1));
}

/** The merged areas overlapping a rectangle, or 'unknown' when only asking its halves will tell. */
export type MergesOverlapping = (r: CellRange) => readonly CellRange[] | 'unknown';

/** Merges known beforehand (a `Value(11)` read of the sheet): no calls. */
export function knownMerges(merges: readonly CellRange[]): MergesOverlapping {
  return (r) => merges.filter((m) => overlaps(m, r));
}

/**
 * Merges asked of ET rectangle by rectangle, where `Value(11)` is not answered. `MergeCells` false is the
 * truth for one cell; for more, some builds answer false when the cells are mixed, so each cell is asked its
 * `MergeArea` (a cell not merged answers itself). true, null or "" mean: ask the halves.
 */
export function askedMerges(sheet: EtWorksheet): MergesOverlapping {
  const areaOf = (row: number, col: number) =>
    rangeOfAddress(sheet.Range(toA1(row, col)).MergeArea.Address());
  return (r) => {
    const merged: unknown = sheet.Range(rangeToA1(r)).MergeCells;
    if (rangeCellCount(r) === 1) {
      if (merged === false) return [];
      const area = areaOf(r.top, r.left);
      return rangeCellCount(area) > 1 ? [area] : [];
    }
    if (merged !== false) return 'unknown';
    const found = new MergeIndex();
    for (let row = r.top; row <= r.bottom; row++) {
      for (let col = r.left; col <= r.right; col++)
        if (!found.isCovered(row, col)) found.add(areaOf(row, col));
    }
    return found.areas;
  };
}

/**
 * Splits a content rectangle until no piece cuts through or holds a merged area: ET refuses to change part
 * of a merged cell. A piece that is one cell may be a merge's top-left cell (writable) or a covered cell,
 * which only a clearing write may target (it is already empty, so it is skipped).
 */
function mergeSafe(
  sheet: EtWorksheet,
  sheetName: string,
  mergesOverlapping: MergesOverlapping,
  r: CellRange,
  items: EtInput[][],
): ContentWrite[] {
  const touching = mergesOverlapping(r);
  if (touching !== 'unknown' && touching.length === 0) return [{ range: sheet.Range(rangeToA1(r)), items }];
  if (rangeCellCount(r) > 1) {
    const next = touching === 'unknown' ? mergesOverlapping : knownMerges(touching);
    return halves(r).flatMap((half) => mergeSafe(sheet, sheetName, next, half, slice(items, r, half)));
  }
  const area = touching === 'unknown' ? null : touching[0];
  if (!area || (area.top === r.top && area.left === r.left))
    return [{ range: sheet.Range(rangeToA1(r)), items }];
  if (items[0][0] === '') return [];
  throw new HostError('failed', `不能写入合并单元格的非首格：${sheetName}!${toA1(r.top, r.left)}`);
}

function overlaps(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/**
 * Groups a sheet's edits into rectangles and checks the contents against the sheet's merged areas
 * (`mergesOf`, asked only when there are contents to write); no writes.
 */
export function prepareSheet(
  sheet: EtWorksheet,
  sheetName: string,
  edits: readonly CellEdit[],
  mergesOf: (sheet: EtWorksheet) => MergesOverlapping,
): PreparedSheet {
  const placed = placedEdits(edits);
  const merges = placed.contents.length > 0 ? mergesOf(sheet) : knownMerges([]);
  return {
    sheet,
    formats: rectangleRuns(placed.formats, (a, b) => a === b).map((run) => ({
      range: run.range,
      format: run.items[0][0],
    })),
    contents: rectangleRuns(placed.contents).flatMap((run) =>
      mergeSafe(sheet, sheetName, merges, run.range, run.items),
    ),
    fills: rectangleRuns(placed.fills, (a, b) => a === b).map((run) => ({
      range: run.range,
      fill: run.items[0][0],
    })),
  };
}

/**
 * Writes a prepared sheet: number formats first (a formula entered into a Text-formatted cell would stay
 * text), then contents as 2-D arrays (a scalar for one cell), then fills, one call per colour rectangle.
 */
export function writeSheet(prepared: PreparedSheet): void {
  const { sheet } = prepared;
  for (const f of prepared.formats) sheet.Range(rangeToA1(f.range)).NumberFormat = f.format;
  for (const c of prepared.contents) {
    c.range.Formula = c.items.length === 1 && c.items[0].length === 1 ? c.items[0][0] : c.items;
  }
  for (const f of prepared.fills) {
    const interior = sheet.Range(rangeToA1(f.range)).Interior;
    if (f.fill === null) interior.Pattern = XL_PATTERN_NONE;
    else interior.Color = hexToBgr(f.fill);
  }
}
