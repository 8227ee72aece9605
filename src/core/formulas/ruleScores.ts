import { CellRef } from '../address';
import { parsedActual, parsedTarget } from '../checks/targetInput';
import { readNumber } from '../cellText';
import { Grid } from '../grid';
import { Indicator, Region } from '../model';
import { Preset } from '../presets';
import { ruleScore } from '../ruleScore';
import { isPercentFormat } from '../text/numberFormat';
import { Target } from '../text/target';
import { unitConversion } from '../text/units';
import { binary, call, Expr, num, ref } from './expr';
import { isCostIndicator } from '../indicatorNames';

const key = (c: CellRef) => `${c.row},${c.col}`;

/** The indicator's points: its 分值 cell (read by reference) or the points of a label over this row alone. */
function pointsOf(
  grid: Grid,
  ind: Indicator,
  sharedLabels: Set<string>,
): { points: number; expr: Expr } | null {
  if (ind.weight) {
    const p = readNumber(grid.value(ind.weight.row, ind.weight.col));
    if (p.kind !== 'number') return null;
    const numeric = typeof grid.raw(ind.weight.row, ind.weight.col) === 'number';
    return { points: p.value, expr: numeric ? ref(ind.weight) : num(p.value) };
  }
  if (ind.labelWeight && !sharedLabels.has(key(ind.labelWeight.cell)))
    return { points: ind.labelWeight.points, expr: num(ind.labelWeight.points) };
  return null;
}

/**
 * Target and actual as the formula reads them: the cells themselves when both hold plain numbers on one scale
 * (both shown as percents or neither), so the score follows a corrected value; else the numbers read from
 * their text (`≥95%` is 0.95).
 */
function operands(grid: Grid, ind: Indicator, t: Target, a: Target): { t: Expr; a: Expr } | null {
  if (t.kind !== 'numeric' || a.kind !== 'numeric' || !ind.target || !ind.actual) return null;
  const factor = a.unit === null || t.unit === null ? 1 : unitConversion(a.unit, t.unit);
  if (factor === null) return null;
  const plain = (c: CellRef) => typeof grid.raw(c.row, c.col) === 'number';
  const percent = (c: CellRef) => isPercentFormat(grid.numberFormat(c.row, c.col));
  const cells =
    !ind.targetNature &&
    plain(ind.target) &&
    plain(ind.actual) &&
    percent(ind.target) === percent(ind.actual) &&
    factor === 1;
  if (cells) return { t: ref(ind.target), a: ref(ind.actual) };
  // a split target's 指标值 and the 完成值 share the 度量单位: the numbers as typed compare as they stand
  if (ind.targetNature && plain(ind.target) && plain(ind.actual) && factor === 1)
    return { t: ref(ind.target), a: ref(ind.actual) };
  return { t: num(t.value), a: num(a.value * factor) };
}

/**
 * 建议得分 (DOMAIN §9) as formulas, for each quantitative indicator with its own score cell and points:
 * positive `ROUND(P*MIN(1,A/T),2)`, negative by ratio `ROUND(P*MIN(1,T/A),2)` or linearly
 * `ROUND(P*MAX(0,MIN(1,1-(A-T)/T)),2)`. Bands, exact targets and judgements get no formula.
 */
export function ruleScoreTargets(grid: Grid, region: Region, preset: Preset): { ref: CellRef; expr: Expr }[] {
  const rule = preset.scoringRule;
  if (!rule) return [];
  const labelUse = new Map<string, number>();
  for (const ind of region.indicators)
    if (ind.labelWeight)
      labelUse.set(key(ind.labelWeight.cell), (labelUse.get(key(ind.labelWeight.cell)) ?? 0) + 1);
  const shared = new Set([...labelUse].filter(([, n]) => n > 1).map(([k]) => k));
  const out: { ref: CellRef; expr: Expr }[] = [];
  for (const ind of region.indicators) {
    if (!ind.score) continue;
    const points = pointsOf(grid, ind, shared);
    const t = parsedTarget(grid, ind);
    const a = parsedActual(grid, ind);
    if (!points || !t || !a) continue;
    const cost = isCostIndicator(ind);
    const allowed = ruleScore(t, a, points.points, { cost, rule });
    if (!allowed || allowed.low !== allowed.high || t.kind !== 'numeric') continue;
    const ops = operands(grid, ind, t, a);
    if (!ops) continue;
    const op = t.op !== 'none' ? t.op : cost && !t.percent ? '<=' : '>=';
    let share: Expr;
    if (op === '>=' || op === '>') share = call('MIN', num(1), binary('/', ops.a, ops.t));
    else if (rule.negative === 'ratio') share = call('MIN', num(1), binary('/', ops.t, ops.a));
    else
      share = call(
        'MAX',
        num(0),
        call('MIN', num(1), binary('-', num(1), binary('/', binary('-', ops.a, ops.t), ops.t))),
      );
    out.push({ ref: ind.score, expr: call('ROUND', binary('*', points.expr, share), num(2)) });
  }
  return out;
}
