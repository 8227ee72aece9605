import { CellRef } from '../address';
import { meets } from '../cellText';
import { Indicator, WeightGroup } from '../model';
import { CheckContext, fmt, SHORTFALL_EPSILON } from './context';
import { checkScoreRule } from './scoreRule';
import { ScoreUnit, scoreUnits, unitScore } from './scoreUnits';
import { parsedActual, parsedTarget } from './targetInput';
import { describeIndicator as describe, isCostIndicator } from '../indicatorNames';

/** Reasons written as "none" are no reason at all. */
function reasonIsEmpty(ctx: CheckContext, ref: CellRef): boolean {
  if (ctx.isBlank(ref)) return true;
  const t = String(ctx.grid.value(ref.row, ref.col) ?? '').replace(/[\s\u3000]/g, '');
  return /^(无|暂无|没有|—+|-+|\/)$/.test(t);
}

/** true/false when the actual value clearly meets or misses the target, null when it cannot tell. */
function targetMet(ctx: CheckContext, ind: Indicator): boolean | null {
  const t = parsedTarget(ctx.grid, ind);
  const a = parsedActual(ctx.grid, ind);
  if (!t || !a) return null;
  return meets(t, a, { cost: isCostIndicator(ind) });
}

function reportShortfall(ctx: CheckContext, ind: Indicator, why: string): void {
  const name = describe(ind);
  ctx.report(
    'missing-reason',
    ind.reason as CellRef,
    `指标「${name}」${why}，但未填写偏差原因`,
    `Indicator "${name}" falls short but has no explanation`,
  );
}

/** A target table only asks for each indicator's weight. */
function checkTargetWeights(ctx: CheckContext): void {
  for (const ind of ctx.region.indicators) {
    if (ind.weight && ind.name && ctx.isBlank(ind.weight)) {
      const name = describe(ind);
      ctx.report('blank', ind.weight, `指标“${name}”未填写指标分值权重`, `Indicator "${name}" has no weight`);
    }
  }
}

/** Blank scores where a weight exists, and blank actual values of named indicators. */
function checkBlanks(ctx: CheckContext, unit: ScoreUnit): boolean {
  let blankScore = false;
  for (const ind of unit.rows) {
    const name = describe(ind);
    if (ind.score && unit.weight !== null && ctx.read(ind.score).kind === 'blank') {
      blankScore = true;
      ctx.report(
        'blank',
        ind.score,
        `指标「${name}」有分值 ${fmt(unit.weight)} 但未填写得分`,
        `Indicator "${name}" has a weight but no score`,
      );
    }
    // a row is an indicator by its name, its target, or (a template placeholder filled in) its points or score
    const identified =
      !!ind.name ||
      !ctx.isBlank(ind.target) ||
      ctx.read(ind.weight).kind === 'number' ||
      ctx.read(ind.score).kind === 'number';
    if (ind.actual && identified && ctx.isBlank(ind.actual)) {
      ctx.report(
        'blank',
        ind.actual,
        `指标「${name}」未填写实际完成值`,
        `Indicator "${name}" has no actual value`,
      );
    }
  }
  return blankScore;
}

/** The first label whose unweighted indicators score below its points, named; null when none does. */
function groupShortfall(ctx: CheckContext, groups: WeightGroup[]): string | null {
  for (const group of groups) {
    const rows = new Set(group.indicatorRows);
    const members = ctx.region.indicators.filter((i) => rows.has(i.row));
    const units = scoreUnits(ctx, members);
    if (units.length === 0 || units.some((u) => u.weight !== null)) continue;
    const scores = units.map((u) => unitScore(ctx, u));
    if (scores.some((x) => x === null)) continue;
    const sum = (scores as number[]).reduce((a, b) => a + b, 0);
    if (sum < group.points - SHORTFALL_EPSILON) return group.label;
    const inner = groupShortfall(ctx, group.children);
    if (inner !== null) return inner;
  }
  return null;
}

/**
 * Per-indicator rules, by unit of weight: a 二级 label's points are earned by the scores of every row under
 * it together. Rows without a reason column of their own send their shortfall to the closing reason text.
 */
export function checkIndicators(ctx: CheckContext): void {
  const region = ctx.region;
  if (region.kind === 'target') {
    checkTargetWeights(ctx);
    return;
  }
  let shortfallName: string | null = null;
  for (const unit of scoreUnits(ctx, region.indicators)) {
    const weight = unit.weight;
    const blankScore = checkBlanks(ctx, unit);
    const score = blankScore ? null : unitScore(ctx, unit);
    const first = unit.rows[0];
    if (score !== null && weight !== null && score > weight + 1e-9) {
      const over = unit.scoreCells.find((c) => (ctx.num(c) ?? 0) > weight + 1e-9) ?? unit.scoreCells[0];
      const name = describe(first);
      ctx.report(
        'score-over-max',
        over,
        `指标「${name}」得分 ${fmt(score)} 超过分值 ${fmt(weight)}`,
        `Indicator "${name}" scores ${fmt(score)}, above its weight ${fmt(weight)}`,
      );
    }
    const scoredShort = score !== null && weight !== null && score < weight - SHORTFALL_EPSILON;
    const fullMarks = score !== null && weight !== null && !scoredShort;
    let reported = false;
    const fullScoreCells = new Set<string>();
    for (const ind of unit.rows) {
      if (targetMet(ctx, ind) !== false) continue;
      const scoreCell = ind.score ?? unit.scoreCells[0];
      if (fullMarks && scoreCell) {
        fullScoreCells.add(`${scoreCell.row},${scoreCell.col}`);
        const name = describe(ind);
        ctx.report(
          'unmet-full-score',
          scoreCell,
          `指标「${name}」未达到年度指标值，却给了满分 ${fmt(weight ?? 0)}`,
          `Indicator "${name}" missed its target but got the full ${fmt(weight ?? 0)} points`,
        );
      }
      if (!ind.reason) shortfallName = shortfallName ?? describe(ind);
      else if (reasonIsEmpty(ctx, ind.reason)) {
        reported = true;
        reportShortfall(ctx, ind, '未达到年度指标值');
      } else reported = true;
    }
    if (!blankScore) checkScoreRule(ctx, unit, fullScoreCells);
    if (!scoredShort || reported) continue;
    const withReason = unit.rows.filter((i) => i.reason);
    if (withReason.length === 0) shortfallName = shortfallName ?? describe(first);
    else if (withReason.every((i) => reasonIsEmpty(ctx, i.reason as CellRef)))
      reportShortfall(ctx, withReason[0], `得分 ${fmt(score ?? 0)} 低于分值 ${fmt(weight ?? 0)}`);
  }
  // a goal or 一级 label carrying points over indicators that carry none of their own: its indicators
  // together scoring below its points is a shortfall the closing reason must explain
  if (shortfallName === null && region.closingReason)
    shortfallName = groupShortfall(ctx, region.weightGroups);
  if (shortfallName !== null && region.closingReason && reasonIsEmpty(ctx, region.closingReason)) {
    ctx.report(
      'missing-reason',
      region.closingReason,
      `有指标未完成或未得满分（如「${shortfallName}」），但「偏差大或目标未完成原因分析」为空`,
      `Some indicators fall short (e.g. "${shortfallName}") but the deviation analysis is empty`,
    );
  }
}
