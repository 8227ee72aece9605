import { CellEdit } from '../core/edits';

/** A plan's edits by sheet, sheets in the order the plan first names them. */
export function editsBySheet(edits: readonly CellEdit[]): Map<string, CellEdit[]> {
  const bySheet = new Map<string, CellEdit[]>();
  for (const e of edits) {
    const list = bySheet.get(e.sheet);
    if (list) list.push(e);
    else bySheet.set(e.sheet, [e]);
  }
  return bySheet;
}
