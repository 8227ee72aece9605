import { CellValue } from '../grid';
import { Expr } from './expr';

/** What a written cell computes. */
/** `indicator-score`: an indicator's score by the preset's scoring rule (建议得分), written only when asked. */
export type FormulaRole = 'rate' | 'fund-score' | 'indicator-score' | 'total-weight' | 'total' | 'grade';

/**
 * `unchanged`: the cell already holds this formula and its value; `write`: empty, a blank mark, another
 * formula, or a constant equal to what the formula gives; `conflict`: a number or text a person typed that
 * differs from it (never written unless forced).
 */
export type FormulaStatus = 'write' | 'unchanged' | 'conflict';

export interface FormulaItem {
  sheet: string;
  row: number;
  col: number;
  role: FormulaRole;
  /** With its leading `=`. */
  formula: string;
  /** The formula as data, so the plan can be re-evaluated under other options. */
  expr: Expr;
  /** Set when the cell's current format would hide or garble the result (`0.00%` for a rate). */
  numberFormat?: string;
  /** The value the formula produces from the current inputs (and the formulas planned before it). */
  computed: CellValue;
  current: { value: CellValue; formula: string | null; numberFormat: string | null };
  status: FormulaStatus;
  messageZh: string;
  messageEn: string;
}

/** A computed cell we will not write, and why (its value shares the cell with its label, …). */
export interface SkippedCell {
  sheet: string;
  row: number;
  col: number;
  role: FormulaRole;
  messageZh: string;
  messageEn: string;
}

/** A cell a formula reads that holds a pure number as text (`"13"`, `"1,343.08"`, `"13\u3000"`). */
export interface TextNumberItem {
  sheet: string;
  row: number;
  col: number;
  text: string;
  value: number;
  messageZh: string;
  messageEn: string;
}

export interface PlanOptions {
  /** Conflicting cells are written too. */
  force?: boolean;
  /** Numbers stored as text in the cells the formulas read are turned into numbers first. */
  convertText?: boolean;
}

/** What is planned: the computed cells always, each quantitative indicator's rule score (建议得分) on request. */
export interface PlanningOptions extends PlanOptions {
  ruleScores?: boolean;
}

export interface FormulaPlan {
  sheet: string;
  items: FormulaItem[];
  skipped: SkippedCell[];
  textNumbers: TextNumberItem[];
  /** Every cell the formulas read, as it was when planned (`row,col` → value). */
  inputs: Record<string, CellValue>;
  /** The options `computed` and `status` were evaluated under. */
  options: Required<PlanOptions>;
}
