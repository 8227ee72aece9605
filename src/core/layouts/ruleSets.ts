import type { RuleId } from '../findings';

/** The rules of a funds block: its sums, its rate, its score, spending above the budget. */
export const FUNDS_RULES = [
  'fund-sum',
  'rate',
  'fund-score',
  'over-budget',
] as const satisfies readonly RuleId[];

/**
 * The rules of an indicator table scored row by row (a 分值 or a label's points per indicator): scores above
 * their points, the total, the weights, shortfalls, the scoring rule, and what every form must have filled in.
 */
export const SCORED_INDICATOR_RULES = [
  'score-over-max',
  'total',
  'weight-sum',
  'missing-reason',
  'unmet-full-score',
  'blank',
  'number-as-text',
  'score-rule',
] as const satisfies readonly RuleId[];
