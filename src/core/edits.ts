import { CellValue, SheetSnapshot } from './grid';

/** What one cell holds, as far as our writes can change it. */
export interface CellState {
  value: CellValue;
  formula: string | null;
  numberFormat: string | null;
  fill: string | null;
}

/**
 * One change to one cell. Only the fields present are changed: `formula` writes a formula (with its
 * computed `value` as a cache for file hosts), `value` alone writes a constant, `fill: null` clears a fill.
 */
export interface CellEdit {
  sheet: string;
  row: number;
  col: number;
  value?: CellValue;
  formula?: string | null;
  numberFormat?: string | null;
  fill?: string | null;
}

/** A whole action's edits, applied by a host in one round trip. */
export interface EditPlan {
  /** Short description for the undo list (`写入公式`, `标记问题`). */
  label: string;
  edits: CellEdit[];
}

export function cellState(snapshot: SheetSnapshot, row: number, col: number): CellState {
  return {
    value: snapshot.values[row]?.[col] ?? null,
    formula: snapshot.formulas?.[row]?.[col] ?? null,
    numberFormat: snapshot.numberFormats?.[row]?.[col] ?? null,
    fill: snapshot.fills?.[row]?.[col] ?? null,
  };
}

/**
 * The plan that puts back every cell a plan touches, from the snapshots read before applying it:
 * old formula (or old constant), number format and fill. Applying it is the pane's 撤销.
 */
export function undoPlanFor(plan: EditPlan, snapshots: ReadonlyMap<string, SheetSnapshot>): EditPlan {
  const seen = new Set<string>();
  const edits: CellEdit[] = [];
  for (const e of plan.edits) {
    const key = `${e.sheet}!${e.row},${e.col}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const snap = snapshots.get(e.sheet);
    if (!snap) throw new Error(`no snapshot of sheet ${e.sheet}`);
    const before = cellState(snap, e.row, e.col);
    const undo: CellEdit = { sheet: e.sheet, row: e.row, col: e.col };
    if (e.formula !== undefined || e.value !== undefined) {
      // The old formula with its old value, or the old constant (`formula: null` clears ours).
      undo.formula = before.formula || null;
      undo.value = before.value;
    }
    if (e.numberFormat !== undefined) undo.numberFormat = before.numberFormat ?? 'General';
    if (e.fill !== undefined) undo.fill = before.fill;
    edits.push(undo);
  }
  return { label: `撤销：${plan.label}`, edits };
}
