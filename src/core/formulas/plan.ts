import { isPercentFormat } from '../text/numberFormat';
import { CellValue, Grid } from '../grid';
import { Region } from '../model';
import { Preset } from '../presets';
import { evaluate } from './evaluate';
import { cellsRead, formulaText } from './expr';
import { itemMessages } from './messages';
import { formulaStatus } from './status';
import { formulaTargets, TOLERANCE } from './targets';
import { planTextToNumbers } from './textNumbers';
import { FormulaItem, FormulaPlan, FormulaRole, PlanningOptions, PlanOptions } from './types';

const cellKey = (row: number, col: number) => `${row},${col}`;

/** The format a result needs when the cell's own would garble it: a fraction shown as percent, no text format. */
function neededFormat(role: FormulaRole, current: string | null): string | undefined {
  if (role === 'rate') return isPercentFormat(current) ? undefined : '0.00%';
  if (current !== null && current.trim() === '@') return role === 'grade' ? 'General' : '0.00';
  return undefined;
}

/**
 * Values, statuses and messages of every item under the given options, in dependency order: a cell
 * that will hold its formula passes the formula's value on to the items that read it; a conflict left
 * alone passes on the value a person typed.
 */
export function evaluatePlan(plan: FormulaPlan, options: PlanOptions = {}): FormulaPlan {
  const opts = { force: !!options.force, convertText: !!options.convertText };
  const values = new Map<string, CellValue>(Object.entries(plan.inputs));
  if (opts.convertText) for (const t of plan.textNumbers) values.set(cellKey(t.row, t.col), t.value);
  const source = (row: number, col: number) => values.get(cellKey(row, col)) ?? null;
  const items: FormulaItem[] = plan.items.map((item) => {
    const computed = evaluate(item.expr, source);
    const status = formulaStatus(item.current, item.formula, computed, item.role, TOLERANCE[item.role]);
    const written = status !== 'conflict' || opts.force;
    values.set(cellKey(item.row, item.col), written ? computed : item.current.value);
    const next = { ...item, computed, status };
    return { ...next, ...itemMessages(next) };
  });
  return { ...plan, items, options: opts };
}

/**
 * Which computed cells of a region get which formula, what each will show, and whether writing it would
 * overwrite something a person typed (DOMAIN.md §4). Pure: the grid is not changed.
 */
export function planFormulas(
  grid: Grid,
  region: Region,
  preset: Preset,
  options: PlanningOptions = {},
): FormulaPlan {
  const { targets, skipped } = formulaTargets(grid, region, preset, options);
  const inputs: Record<string, CellValue> = {};
  for (const t of targets) {
    for (const c of cellsRead(t.expr)) inputs[cellKey(c.row, c.col)] = grid.raw(c.row, c.col);
  }
  const items: FormulaItem[] = targets.map((t) => {
    const current = {
      value: grid.raw(t.ref.row, t.ref.col),
      formula: grid.formula(t.ref.row, t.ref.col),
      numberFormat: grid.numberFormat(t.ref.row, t.ref.col),
    };
    const numberFormat = neededFormat(t.role, current.numberFormat);
    return {
      sheet: grid.name,
      row: t.ref.row,
      col: t.ref.col,
      role: t.role,
      formula: formulaText(t.expr),
      expr: t.expr,
      ...(numberFormat ? { numberFormat } : {}),
      computed: null,
      current,
      status: 'write',
      messageZh: '',
      messageEn: '',
    };
  });
  const plan: FormulaPlan = {
    sheet: grid.name,
    items,
    skipped: skipped.map((s) => ({
      sheet: grid.name,
      row: s.ref.row,
      col: s.ref.col,
      role: s.role,
      messageZh: s.messageZh,
      messageEn: s.messageEn,
    })),
    textNumbers: planTextToNumbers(grid, region),
    inputs,
    options: { force: false, convertText: false },
  };
  return evaluatePlan(plan, options);
}
