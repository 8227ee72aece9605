import { CellRange } from '../../src/core/address';

/** The smallest range holding every given range, or null when there is none (the fakes' used range). */
export function boundingBox(ranges: Iterable<CellRange>): CellRange | null {
  let box: CellRange | null = null;
  for (const r of ranges) {
    box = box
      ? {
          top: Math.min(box.top, r.top),
          left: Math.min(box.left, r.left),
          bottom: Math.max(box.bottom, r.bottom),
          right: Math.max(box.right, r.right),
        }
      : { ...r };
  }
  return box;
}

/** The one-cell range of a `row,col` key. */
export function keyRange(key: string): CellRange {
  const [row, col] = key.split(',').map(Number);
  return { top: row, left: col, bottom: row, right: col };
}
