import { CellRef } from '../address';
import { FundsBlock, FundsRow } from '../model';
import { fundsPointsOf } from '../layouts';
import { CheckContext, fmt, MONEY_TOLERANCE, pct, RATE_TOLERANCE, SCORE_TOLERANCE } from './context';

const COLUMN_NAMES: Record<'initialBudget' | 'budget' | 'actual', [string, string]> = {
  initialBudget: ['年初预算数', 'initial budget'],
  budget: ['全年预算数', 'annual budget'],
  actual: ['全年执行数', 'annual spending'],
};

/**
 * fund-sum: each money column's total equals the sum of its sub-rows, where any sub-row has a number.
 * Returns whether a total was reported.
 */
function checkFundSums(ctx: CheckContext, total: FundsRow, parts: FundsRow[]): boolean {
  let reported = false;
  for (const key of ['initialBudget', 'budget', 'actual'] as const) {
    const totalRef = total[key];
    if (!totalRef) continue;
    const numbers = parts.map((p) => ctx.num(p[key])).filter((n): n is number => n !== null);
    if (numbers.length === 0) continue;
    const sum = numbers.reduce((a, b) => a + b, 0);
    const shown = ctx.read(totalRef);
    if (shown.kind !== 'number' && shown.kind !== 'blank') continue;
    const value = shown.kind === 'number' ? shown.value : 0;
    if (Math.abs(value - sum) <= MONEY_TOLERANCE) continue;
    reported = true;
    const [zh, en] = COLUMN_NAMES[key];
    const shownText = shown.kind === 'blank' ? '空' : ` ${fmt(value)}`;
    ctx.report(
      'fund-sum',
      totalRef,
      `${total.label || '年度资金总额'}的${zh}为${shownText}，但各明细行合计为 ${fmt(sum)}`,
      `Total ${en} is ${shown.kind === 'blank' ? 'empty' : fmt(value)} but its sub-rows add up to ${fmt(sum)}`,
    );
  }
  return reported;
}

/** A shown rate as a fraction: `95%` and 0.95 are 0.95; a plain 95 typed under 执行率 means 95 %. */
function rateFraction(value: number, percent: boolean): number {
  return percent || value <= 2 ? value : value / 100;
}

/** Whether a shown rate equals the computed one: within 0.1 pp, or equal after rounding to the digits shown. */
function rateMatches(ctx: CheckContext, rateRef: CellRef, computed: number): boolean {
  const shown = ctx.read(rateRef);
  if (shown.kind !== 'number') return false;
  const candidates = shown.percent ? [shown.value] : [shown.value, shown.value / 100];
  for (const c of candidates) {
    if (Math.abs(c - computed) <= RATE_TOLERANCE) return true;
    if (shown.decimals !== null) {
      const digits = shown.percent || c !== shown.value ? shown.decimals + 2 : shown.decimals;
      const f = 10 ** digits;
      if (Math.abs(Math.round(computed * f) / f - c) < 1e-9) return true;
    }
  }
  return false;
}

/** rate: the shown 执行率 against 执行数 ÷ 预算数. Returns whether it was reported. */
function checkRate(
  ctx: CheckContext,
  rateRef: CellRef,
  budget: number | null,
  actual: number | null,
): boolean {
  const shown = ctx.read(rateRef);
  if (shown.kind !== 'number' && shown.kind !== 'error') return false;
  const noBudget = budget === null || budget === 0;
  // an error (`#DIV/0!`) or a 0 over a zero or empty budget is what a rate formula gives (`=E6/D6`,
  // `=IFERROR(E6/D6,0)`): the budget is the cause, and fund-sum reports it when the sub-rows disagree
  if (noBudget && (shown.kind === 'error' || (shown.kind === 'number' && shown.value === 0))) return false;
  if (noBudget) {
    ctx.report(
      'rate',
      rateRef,
      `预算数为${budget === null ? '空' : ' 0'}，无法计算执行率，但填写了执行率`,
      'The budget is zero or empty, so no rate can be computed, yet a rate is shown',
    );
    return true;
  }
  const computed = (actual ?? 0) / budget;
  if (rateMatches(ctx, rateRef, computed)) return false;
  const shownText = shown.kind === 'error' ? shown.code : pct(rateFraction(shown.value, shown.percent));
  ctx.report(
    'rate',
    rateRef,
    `执行率应为 ${pct(computed)}（执行数 ${fmt(actual ?? 0)} ÷ 预算数 ${fmt(budget)}），表中为 ${shownText}`,
    `Rate should be ${pct(computed)} (${fmt(actual ?? 0)} / ${fmt(budget)}); the form shows ${shownText}`,
  );
  return true;
}

/** blank / fund-score: the funds 得分 against 分值 × 执行率, unless it is an echo of a reported rate. */
function checkFundScore(
  ctx: CheckContext,
  funds: FundsBlock,
  budget: number | null,
  actual: number | null,
  rateReported: boolean,
): void {
  const { score: scoreRef, rate: rateRef } = funds.total;
  if (!scoreRef) return;
  const shown = ctx.read(scoreRef);
  if (shown.kind === 'blank') {
    ctx.report('blank', scoreRef, '资金得分未填写', 'The funds score is empty');
    return;
  }
  if (budget === null || budget <= 0) return;
  const points = fundsPointsOf(ctx.region, ctx.preset, ctx.grid);
  if (points === null) return;
  const rate = (actual ?? 0) / budget;
  const expected = points * (ctx.preset.capRate ? Math.min(rate, 1) : rate);
  const value = shown.kind === 'number' ? shown.value : NaN;
  if (Math.abs(value - expected) <= SCORE_TOLERANCE) return;
  const shownRate = rateRef ? ctx.read(rateRef) : undefined;
  // the score computed from the wrong rate shown (or carrying its error) is an echo of the rate finding
  const followsShownRate =
    rateReported &&
    ((shownRate?.kind === 'number' &&
      Math.abs(value - points * Math.min(rateFraction(shownRate.value, shownRate.percent), 1)) <=
        SCORE_TOLERANCE) ||
      (shownRate?.kind === 'error' && shown.kind === 'error'));
  if (followsShownRate) return;
  ctx.report(
    'fund-score',
    scoreRef,
    `资金得分应为 ${fmt(Math.round(expected * 100) / 100)}（${fmt(points)} 分 × 执行率 ${pct(Math.min(rate, 1))}），表中为 ${shown.kind === 'number' ? fmt(value) : String(ctx.grid.value(scoreRef.row, scoreRef.col))}`,
    `Funds score should be ${fmt(Math.round(expected * 100) / 100)} (${fmt(points)} × ${pct(Math.min(rate, 1))})`,
  );
}

/**
 * rate on the sub-rows that show one of their own (`其中：财政资金 | 120 | 114.6 | 90.00%`): judged only where the
 * row states both its budget (above 0) and its spending; a `—` or nothing is no rate.
 */
function checkPartRates(ctx: CheckContext, parts: FundsRow[]): void {
  for (const part of parts) {
    if (!part.rate || ctx.read(part.rate).kind !== 'number') continue;
    const budget = ctx.num(part.budget);
    const actual = ctx.num(part.actual);
    if (budget === null || budget <= 0 || actual === null) continue;
    checkRate(ctx, part.rate, budget, actual);
  }
}

export function checkFunds(ctx: CheckContext): void {
  const funds = ctx.region.funds;
  if (!funds) return;
  const { total, parts } = funds;
  const totalsWrong = checkFundSums(ctx, total, parts);

  const budget = ctx.num(total.budget);
  const actual = ctx.num(total.actual);
  // nothing spent written (an empty 执行数): the rate and its score cannot be judged, only the blank seen
  // (unless its sub-rows state it: then the blank total is fund-sum's, and the rate is judged)
  const spentUnknown =
    !!total.actual && ctx.isBlank(total.actual) && parts.every((p) => ctx.num(p.actual) === null);
  const rateReported = total.rate && !spentUnknown ? checkRate(ctx, total.rate, budget, actual) : false;
  // when the money columns do not add up, a sub-row's rate disagreeing with its own numbers is an echo
  if (!totalsWrong) checkPartRates(ctx, parts);
  if (spentUnknown) {
    if (budget !== null && total.score && ctx.read(total.score).kind === 'blank')
      ctx.report('blank', total.score, '资金得分未填写', 'The funds score is empty');
  } else if (budget !== null || actual !== null) checkFundScore(ctx, funds, budget, actual, rateReported);

  // over a total that does not add up, spending above it is an echo of the wrong total
  if (
    !totalsWrong &&
    budget !== null &&
    actual !== null &&
    total.actual &&
    actual > budget + MONEY_TOLERANCE
  ) {
    ctx.report(
      'over-budget',
      total.actual,
      `执行数 ${fmt(actual)} 超过预算数 ${fmt(budget)}`,
      `Spending ${fmt(actual)} exceeds the budget ${fmt(budget)}`,
    );
  }
}
