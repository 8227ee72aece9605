/** 写入公式: the formulas of a region's computed cells, what they give, and the edits that put them in. */
export { evaluate } from './evaluate';
export type { CellSource } from './evaluate';
export { formulaText } from './expr';
export type { Expr } from './expr';
export { evaluatePlan, planFormulas } from './plan';
export { isSameFormula } from './sameFormula';
export { planTextToNumbers } from './textNumbers';
export { resolvePlan, toEditPlan } from './toEditPlan';
export type { ResolvedPlan } from './toEditPlan';
export type {
  FormulaItem,
  FormulaPlan,
  FormulaRole,
  FormulaStatus,
  PlanOptions,
  PlanningOptions,
  SkippedCell,
  TextNumberItem,
} from './types';
