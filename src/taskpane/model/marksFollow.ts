import { EditPlan } from '../../core/edits';
import { Finding } from '../../core/findings';
import { SheetSnapshot } from '../../core/grid';
import { HighlightedCell, HighlightRecord, markPlan, stillMarked } from './highlights';

export const FOLLOW_MARKS_LABEL = '更新标记';

/**
 * Marks that follow a live check, as one plan: a cell whose finding is gone gets the fill it had before
 * we marked it, a new finding's cell gets its mark, a cell whose finding changed severity its new colour.
 * A recorded cell whose fill is no longer the one we wrote was recoloured by the user after we marked it:
 * it is dropped from the record and left as the user made it, never restored over nor marked again.
 * Sheets without fills are left alone (nothing can be compared there).
 */
export function followMarksPlan(
  findings: readonly Finding[],
  record: HighlightRecord,
  snapshots: ReadonlyMap<string, SheetSnapshot>,
): { plan: EditPlan; record: HighlightRecord } {
  const comparable = new Map([...snapshots].filter(([, s]) => s.fills !== undefined));
  const userRecoloured = new Map<string, Set<string>>();
  const trimmed: HighlightRecord = { ...record };
  for (const [sheet, snapshot] of comparable) {
    const cells = record[sheet] ?? [];
    const ours = stillMarked(snapshot, cells);
    const k = (c: HighlightedCell) => `${c.row},${c.col}`;
    userRecoloured.set(sheet, new Set(cells.filter((c) => !ours.has(k(c))).map(k)));
    trimmed[sheet] = cells.filter((c) => ours.has(k(c)));
  }
  const followed = findings.filter(
    (f) => comparable.has(f.sheet) && !userRecoloured.get(f.sheet)?.has(`${f.row},${f.col}`),
  );
  const { plan, record: next } = markPlan(followed, trimmed, comparable);
  return { plan: { label: FOLLOW_MARKS_LABEL, edits: plan.edits }, record: next };
}
