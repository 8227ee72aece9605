import { CellEdit, EditPlan } from '../edits';
import { evaluatePlan } from './plan';
import { FormulaItem, FormulaPlan, PlanOptions, TextNumberItem } from './types';

/** What applying a plan under some options does, item by item. */
export interface ResolvedPlan {
  /** The plan evaluated under these options (values as they will be cached). */
  plan: FormulaPlan;
  written: FormulaItem[];
  /** Conflicts kept as typed because `force` was off. */
  leftAlone: FormulaItem[];
  converted: TextNumberItem[];
}

export function resolvePlan(plan: FormulaPlan, options: PlanOptions = {}): ResolvedPlan {
  const evaluated = evaluatePlan(plan, options);
  const force = evaluated.options.force;
  return {
    plan: evaluated,
    written: evaluated.items.filter((i) => i.status === 'write' || (i.status === 'conflict' && force)),
    leftAlone: evaluated.items.filter((i) => i.status === 'conflict' && !force),
    converted: evaluated.options.convertText ? evaluated.textNumbers : [],
  };
}

/**
 * The host edits of a plan: text numbers first (when converting), then each formula with the value it
 * computes as its cached result (file hosts store it; live hosts recompute) and the number format it needs.
 * Unchanged cells and, unless forced, conflicts are not touched.
 */
export function toEditPlan(plan: FormulaPlan, options: PlanOptions = {}): EditPlan {
  const resolved = resolvePlan(plan, options);
  const edits: CellEdit[] = resolved.converted.map((t) => ({
    sheet: t.sheet,
    row: t.row,
    col: t.col,
    value: t.value,
  }));
  for (const item of resolved.written) {
    const edit: CellEdit = {
      sheet: item.sheet,
      row: item.row,
      col: item.col,
      formula: item.formula,
      value: item.computed,
    };
    if (item.numberFormat) edit.numberFormat = item.numberFormat;
    edits.push(edit);
  }
  return { label: '写入公式', edits };
}
