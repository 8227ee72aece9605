import { toA1 } from './address';
import { CellEdit, cellState, EditPlan } from './edits';
import { isSameFormula } from './formulas/sameFormula';
import { CellValue, SheetSnapshot } from './grid';
import { TemplateSpec } from './templateSpec';
import { isGeneralFormat } from './text/numberFormat';

/**
 * What a cell held right after one of our writes, in the fields that write set. Undo puts a cell back only
 * while it still holds this: a value typed, a row inserted or a colour chosen since is the user's, and an
 * undo must not overwrite it without saying so.
 */
export interface WrittenCell {
  sheet: string;
  row: number;
  col: number;
  /** The formula written (with `=`), or null for a constant. */
  formula?: string | null;
  /** The constant written (with `formula: null`). */
  value?: CellValue;
  numberFormat?: string | null;
  fill?: string | null;
}

/** The cells a plan leaves behind, as it writes them (the last edit of a cell wins). */
export function writtenCellsOf(plan: EditPlan): WrittenCell[] {
  const cells = new Map<string, WrittenCell>();
  for (const e of plan.edits) {
    const key = `${e.sheet}!${e.row},${e.col}`;
    const cell: WrittenCell = cells.get(key) ?? { sheet: e.sheet, row: e.row, col: e.col };
    if (typeof e.formula === 'string' && e.formula !== '') {
      cell.formula = e.formula;
      delete cell.value;
    } else if (e.formula !== undefined || e.value !== undefined) {
      cell.formula = null;
      cell.value = e.value ?? null;
    }
    if (e.numberFormat !== undefined) cell.numberFormat = e.numberFormat;
    if (e.fill !== undefined) cell.fill = e.fill;
    cells.set(key, cell);
  }
  return [...cells.values()];
}

/** A template's cells as written: its text and formulas, every other cell of its area empty. */
export function writtenTemplateCells(spec: TemplateSpec, sheet: string): WrittenCell[] {
  const byCell = new Map(spec.cells.map((c) => [`${c.row},${c.col}`, c]));
  const cells: WrittenCell[] = [];
  for (let row = spec.range.top; row <= spec.range.bottom; row++) {
    for (let col = spec.range.left; col <= spec.range.right; col++) {
      const c = byCell.get(`${row},${col}`);
      if (c?.formula) cells.push({ sheet, row, col, formula: c.formula });
      else cells.push({ sheet, row, col, formula: null, value: c?.value ?? null });
    }
  }
  return cells;
}

const isBlank = (v: CellValue | undefined) => v === null || v === undefined || v === '';

function sameValue(now: CellValue, written: CellValue | undefined): boolean {
  if (isBlank(now) || isBlank(written)) return isBlank(now) && isBlank(written);
  if (typeof now === 'number' && typeof written === 'number') return Math.abs(now - written) < 1e-9;
  return String(now) === String(written);
}

const formatKey = (f: string | null | undefined) => (isGeneralFormat(f) ? 'General' : (f ?? '').trim());
const fillKey = (f: string | null | undefined) => (f ? f.toUpperCase() : null);

/** True while a cell holds what we wrote there, in every field we wrote. */
export function stillAsWritten(snapshot: SheetSnapshot, w: WrittenCell): boolean {
  const now = cellState(snapshot, w.row, w.col);
  if (typeof w.formula === 'string') {
    if (!isSameFormula(now.formula, w.formula)) return false;
  } else if (w.formula === null) {
    if (now.formula || !sameValue(now.value, w.value)) return false;
  }
  if (w.numberFormat !== undefined && snapshot.numberFormats) {
    if (formatKey(now.numberFormat) !== formatKey(w.numberFormat)) return false;
  }
  if (w.fill !== undefined && snapshot.fills) {
    if (fillKey(now.fill) !== fillKey(w.fill)) return false;
  }
  return true;
}

export interface GuardedUndo {
  /** The undo edits of the cells still as written. */
  plan: EditPlan;
  /** Cells changed since the write, left as they are, in A1 by sheet order of the plan. */
  changed: { sheet: string; a1: string }[];
}

/**
 * Keeps of an undo plan only the cells that still hold what the action wrote; the others were changed
 * since (typed over, moved by an inserted row or column, recoloured) and are left alone.
 */
export function guardUndo(
  undo: EditPlan,
  written: readonly WrittenCell[],
  snapshots: ReadonlyMap<string, SheetSnapshot>,
): GuardedUndo {
  const expected = new Map(written.map((w) => [`${w.sheet}!${w.row},${w.col}`, w]));
  const edits: CellEdit[] = [];
  const changed: GuardedUndo['changed'] = [];
  const seen = new Set<string>();
  for (const e of undo.edits) {
    const key = `${e.sheet}!${e.row},${e.col}`;
    const w = expected.get(key);
    const snapshot = snapshots.get(e.sheet);
    if (!w || !snapshot || stillAsWritten(snapshot, w)) {
      edits.push(e);
      continue;
    }
    if (!seen.has(key)) changed.push({ sheet: e.sheet, a1: toA1(e.row, e.col) });
    seen.add(key);
  }
  return { plan: { label: undo.label, edits }, changed };
}

/** The cells of a template's sheet changed since it was inserted (typed into, cleared, moved). */
export function changedSinceWritten(
  written: readonly WrittenCell[],
  snapshot: SheetSnapshot,
): { sheet: string; a1: string }[] {
  const changed = written
    .filter((w) => !stillAsWritten(snapshot, w))
    .map((w) => ({ sheet: w.sheet, a1: toA1(w.row, w.col) }));
  // Anything typed outside the template's own area is the user's too.
  const inArea = new Set(written.map((w) => `${w.row},${w.col}`));
  for (let row = 0; row < snapshot.rowCount; row++) {
    for (let col = 0; col < snapshot.colCount; col++) {
      if (inArea.has(`${row},${col}`)) continue;
      const now = cellState(snapshot, row, col);
      if (now.formula || !isBlank(now.value)) changed.push({ sheet: snapshot.name, a1: toA1(row, col) });
    }
  }
  return changed;
}
