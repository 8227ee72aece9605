/**
 * Reading cell text the way a person reads it (DOMAIN.md §2, DECISIONS.md "Reading cells"): numbers written
 * as text, percents, units, blanks, targets with operators, ranges, deadlines, label weights.
 */
export { isBlankCell } from './text/blank';
export { labelPoints } from './text/labelPoints';
export { meets } from './text/meets';
export { normalizeLabel } from './text/normalizeLabel';
export { readNumber } from './text/readNumber';
export type { ParsedNumber } from './text/readNumber';
export { parseTarget } from './text/target';
export type { Target } from './text/target';
