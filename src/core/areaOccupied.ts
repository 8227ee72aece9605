import { CellRange, rangesOverlap } from './address';
import { SheetSnapshot } from './grid';

/** True when some cell of `area` holds a value or formula, or a merged area crosses it. */
export function areaOccupied(snapshot: SheetSnapshot, area: CellRange): boolean {
  if (snapshot.merges.some((m) => rangesOverlap(m, area))) return true;
  for (let r = area.top; r <= Math.min(area.bottom, snapshot.rowCount - 1); r++) {
    for (let c = area.left; c <= Math.min(area.right, snapshot.colCount - 1); c++) {
      const v = snapshot.values[r]?.[c];
      if ((v !== null && v !== undefined && v !== '') || snapshot.formulas?.[r]?.[c]) return true;
    }
  }
  return false;
}
