import { CellRange } from '../../core/address';

/**
 * Halves a rectangle: rows while it has more than one, then columns. Forms change format, fill and merging
 * from row to row far more than along a row, so row bands come out uniform soonest.
 */
export function halves(r: CellRange): [CellRange, CellRange] {
  const rows = r.bottom - r.top + 1;
  if (rows > 1) {
    const mid = r.top + Math.floor(rows / 2) - 1;
    return [
      { ...r, bottom: mid },
      { ...r, top: mid + 1 },
    ];
  }
  const mid = r.left + Math.floor((r.right - r.left + 1) / 2) - 1;
  return [
    { ...r, right: mid },
    { ...r, left: mid + 1 },
  ];
}
