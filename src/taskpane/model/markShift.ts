import { CellShift } from '../../hosts/host';
import { HighlightedCell, HighlightRecord } from './highlights';

/** Where a cell at (`row`, `col`) is after `shift`, or null when it was deleted. */
function movedCell(c: HighlightedCell, shift: CellShift): HighlightedCell | null {
  const along = shift.axis === 'rows' ? c.row : c.col;
  const across = shift.axis === 'rows' ? c.col : c.row;
  if (shift.band && (across < shift.band.from || across > shift.band.to)) return c;
  if (along < shift.at) return c;
  let moved: number;
  if (shift.count > 0) moved = along + shift.count;
  else if (along < shift.at - shift.count) return null;
  else moved = along + shift.count;
  return shift.axis === 'rows' ? { ...c, row: moved } : { ...c, col: moved };
}

/**
 * The highlight record after rows or columns were inserted or deleted on `sheet`: marked cells follow
 * their cells (a deleted cell's mark is gone with it), so 清除标记 and the live marks still find them.
 * Null when no recorded cell moved.
 */
export function shiftHighlightRecord(
  record: HighlightRecord,
  sheet: string,
  shift: CellShift,
): HighlightRecord | null {
  const cells = record[sheet];
  if (!cells || cells.length === 0) return null;
  const moved = cells.map((c) => movedCell(c, shift));
  if (moved.every((m, i) => m === cells[i])) return null;
  const kept = moved.filter((m): m is HighlightedCell => m !== null);
  const next: HighlightRecord = { ...record };
  if (kept.length > 0) next[sheet] = kept;
  else delete next[sheet];
  return next;
}
