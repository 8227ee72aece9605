import { CellRange } from '../../core/address';

/** `getMergedAreasOrNullObject` fails when a range holds more merged areas than this. */
export const MERGED_AREAS_PER_QUERY = 512;

/**
 * Cells read per round trip. Excel on the web caps each response at 5 MB; a cell costs about 86 bytes
 * across values, formulas, number format and fill (measured on the national layout with the test fake;
 * the fill's cell properties alone are 57), so the web reads 48k cells per sync, ~4.1 MB. Desktop Excel
 * has no such cap: larger blocks save round trips, bounded to keep one response near 10 MB.
 * A response that still overflows is retried with blocks half as large.
 */
export const CELLS_PER_SYNC_WEB = 48_000;
export const CELLS_PER_SYNC_DESKTOP = 120_000;

/** One round trip of a sheet read: one data range and the merge-query tiles covering it. */
export interface ReadBlock {
  range: CellRange;
  mergeTiles: CellRange[];
}

/**
 * Splits a used range into row blocks of at most `cellsPerSync` cells (one sync each) and each block into
 * merge-query tiles of at most 512 cells. A merged area has at least two cells but only its top-left cell
 * decides which tile reports it, so a tile of ≤ 512 cells can never hold more than 512 anchors and the
 * query cannot fail, whatever the sheet.
 */
export function planRead(used: CellRange, cellsPerSync: number): ReadBlock[] {
  const cols = used.right - used.left + 1;
  const rowsPerBlock = Math.max(1, Math.floor(cellsPerSync / cols));
  const tileCols = Math.min(cols, MERGED_AREAS_PER_QUERY);
  const tileRows = Math.max(1, Math.floor(MERGED_AREAS_PER_QUERY / tileCols));
  const blocks: ReadBlock[] = [];
  for (let top = used.top; top <= used.bottom; top += rowsPerBlock) {
    const bottom = Math.min(used.bottom, top + rowsPerBlock - 1);
    const mergeTiles: CellRange[] = [];
    for (let tileTop = top; tileTop <= bottom; tileTop += tileRows) {
      for (let tileLeft = used.left; tileLeft <= used.right; tileLeft += tileCols) {
        mergeTiles.push({
          top: tileTop,
          left: tileLeft,
          bottom: Math.min(bottom, tileTop + tileRows - 1),
          right: Math.min(used.right, tileLeft + tileCols - 1),
        });
      }
    }
    blocks.push({ range: { top, left: used.left, bottom, right: used.right }, mergeTiles });
  }
  return blocks;
}
