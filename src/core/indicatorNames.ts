import { Indicator } from './model';

/** How an indicator is named in a message: its 三级 name, else its 二级 or 一级 label, else its row. */
export function describeIndicator(ind: Indicator): string {
  return ind.name || ind.level2 || ind.level1 || `第 ${ind.row + 1} 行`;
}

/** A cost indicator (under 成本指标): an amount without operator is "at most" (DECISIONS.md, Reading cells). */
export function isCostIndicator(ind: Indicator): boolean {
  return /成本/.test(ind.level1) || /成本/.test(ind.level2);
}
