import { SheetAnalysis } from '../../core/analyze';
import { SheetSnapshot } from '../../core/grid';

/** One sheet as read and checked: the snapshot the analysis came from, kept for plans and undo. */
export interface SheetResult {
  snapshot: SheetSnapshot;
  analysis: SheetAnalysis;
}

export function snapshotsOf(sheets: readonly SheetResult[]): Map<string, SheetSnapshot> {
  return new Map(sheets.map((s) => [s.snapshot.name, s.snapshot]));
}
