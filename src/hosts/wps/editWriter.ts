import { CellRange, rangeToA1, toA1 } from '../../core/address';
import { CellEdit } from '../../core/edits';
import { rangeCellCount, rangeOfAddress } from '../addresses';
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

/**
 * Splits a content rectangle until no piece cuts through a merged area: ET refuses to change part of a
 * merged cell. A piece that is one cell may be a merge's top-left cell (writable) or a covered cell, which
 * only a clearing write may target (it is already empty, so it is skipped).
 */
function mergeSafe(sheet: EtWorksheet, sheetName: string, r: CellRange, items: EtInput[][]): ContentWrite[] {
  const range = sheet.Range(rangeToA1(r));
  const merged = range.MergeCells;
  if (merged === false) return [{ range, items }];
  if (rangeCellCount(r) > 1) {
    return halves(r).flatMap((half) => mergeSafe(sheet, sheetName, half, slice(items, r, half)));
  }
  const area = rangeOfAddress(range.MergeArea.Address());
  if (area.top === r.top && area.left === r.left) return [{ range, items }];
  if (items[0][0] === '') return [];
  throw new HostError('failed', `不能写入合并单元格的非首格：${sheetName}!${toA1(r.top, r.left)}`);
}

/** Groups a sheet's edits into rectangles and checks the contents against merged areas (no writes). */
export function prepareSheet(
  sheet: EtWorksheet,
  sheetName: string,
  edits: readonly CellEdit[],
): PreparedSheet {
  const placed = placedEdits(edits);
  return {
    sheet,
    formats: rectangleRuns(placed.formats, (a, b) => a === b).map((run) => ({
      range: run.range,
      format: run.items[0][0],
    })),
    contents: rectangleRuns(placed.contents).flatMap((run) =>
      mergeSafe(sheet, sheetName, run.range, run.items),
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
