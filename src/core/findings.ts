import { toA1 } from './address';

/** Rule ids are part of the JSON contract (DOMAIN.md §3). */
export type RuleId =
  | 'fund-sum'
  | 'rate'
  | 'fund-score'
  | 'over-budget'
  | 'score-over-max'
  | 'total'
  | 'weight-sum'
  | 'missing-reason'
  | 'unmet-full-score'
  | 'grade'
  | 'blank'
  | 'number-as-text'
  | 'score-rule'
  | 'target-changed';

export type Severity = 'error' | 'warning' | 'info';

export const RULE_SEVERITY: Record<RuleId, Severity> = {
  'fund-sum': 'error',
  rate: 'error',
  'fund-score': 'error',
  'over-budget': 'warning',
  'score-over-max': 'error',
  total: 'error',
  'weight-sum': 'error',
  'missing-reason': 'error',
  'unmet-full-score': 'warning',
  grade: 'error',
  blank: 'error',
  'number-as-text': 'info',
  'score-rule': 'warning',
  'target-changed': 'warning',
};

export interface Finding {
  rule: RuleId;
  severity: Severity;
  sheet: string;
  /** A1 address of the reported cell. */
  cell: string;
  row: number;
  col: number;
  /** Chinese message (the default). */
  message: string;
  messageEn: string;
  /** Index of the region in the sheet's region list. */
  region: number;
}

export function makeFinding(
  rule: RuleId,
  sheet: string,
  row: number,
  col: number,
  message: string,
  messageEn: string,
  region: number,
): Finding {
  return {
    rule,
    severity: RULE_SEVERITY[rule],
    sheet,
    cell: toA1(row, col),
    row,
    col,
    message,
    messageEn,
    region,
  };
}
