import { CellRef } from '../address';
import { meets, parseTarget } from '../cellText';
import { Indicator } from '../model';
import { CheckContext, fmt, SHORTFALL_EPSILON } from './context';

/** Reasons written as "none" are no reason at all. */
function reasonIsEmpty(ctx: CheckContext, ref: CellRef): boolean {
  if (ctx.isBlank(ref)) return true;
  const t = String(ctx.grid.value(ref.row, ref.col) ?? '').replace(/[\s\u3000]/g, '');
  return /^(无|暂无|没有|—+|-+|\/)$/.test(t);
}

function weightOf(ctx: CheckContext, ind: Indicator): number | null {
  if (ind.labelWeight) return ind.labelWeight.points;
  return ctx.num(ind.weight);
}

/** true/false when the actual value clearly meets or misses the target, null when it cannot tell. */
function targetMet(ctx: CheckContext, ind: Indicator): boolean | null {
  if (!ind.target || !ind.actual) return null;
  const g = ctx.grid;
  const t = parseTarget(
    g.value(ind.target.row, ind.target.col),
    g.numberFormat(ind.target.row, ind.target.col),
  );
  const a = parseTarget(
    g.value(ind.actual.row, ind.actual.col),
    g.numberFormat(ind.actual.row, ind.actual.col),
  );
  const cost = /成本/.test(ind.level1) || /成本/.test(ind.level2);
  return meets(t, a, { cost });
}

function describe(ind: Indicator): string {
  return ind.name || ind.level2 || ind.level1 || `第 ${ind.row + 1} 行`;
}

/** Per-indicator rules; returns whether any indicator falls short (for the closing-reason rule). */
export function checkIndicators(ctx: CheckContext): void {
  const region = ctx.region;
  let anyShortfall = false;
  let shortfallName = '';
  for (const ind of region.indicators) {
    const weight = weightOf(ctx, ind);
    const scoreParsed = ctx.read(ind.score);
    const score = scoreParsed.kind === 'number' ? scoreParsed.value : null;
    const name = describe(ind);

    if (region.kind === 'target') {
      if (ind.weight && ind.name && ctx.isBlank(ind.weight)) {
        ctx.report(
          'blank',
          ind.weight,
          `指标“${name}”未填写指标分值权重`,
          `Indicator "${name}" has no weight`,
        );
      }
      continue;
    }

    if (ind.score && weight !== null && scoreParsed.kind === 'blank') {
      ctx.report(
        'blank',
        ind.score,
        `指标“${name}”有分值 ${fmt(weight)} 但未填写得分`,
        `Indicator "${name}" has a weight but no score`,
      );
    }
    if (ind.actual && (ind.name || !ctx.isBlank(ind.target)) && ctx.isBlank(ind.actual)) {
      ctx.report(
        'blank',
        ind.actual,
        `指标“${name}”未填写实际完成值`,
        `Indicator "${name}" has no actual value`,
      );
    }
    if (ind.score && score !== null && weight !== null && score > weight + 1e-9) {
      ctx.report(
        'score-over-max',
        ind.score,
        `指标“${name}”得分 ${fmt(score)} 超过分值 ${fmt(weight)}`,
        `Indicator "${name}" scores ${fmt(score)}, above its weight ${fmt(weight)}`,
      );
    }

    const met = targetMet(ctx, ind);
    const scoredShort = score !== null && weight !== null && score < weight - SHORTFALL_EPSILON;
    const shortfall = met === false || scoredShort;
    if (
      met === false &&
      ind.score &&
      score !== null &&
      weight !== null &&
      score >= weight - SHORTFALL_EPSILON
    ) {
      ctx.report(
        'unmet-full-score',
        ind.score,
        `指标“${name}”未达到年度指标值，却给了满分 ${fmt(weight)}`,
        `Indicator "${name}" missed its target but got the full ${fmt(weight)} points`,
      );
    }
    if (!shortfall) continue;
    if (ind.reason) {
      if (reasonIsEmpty(ctx, ind.reason)) {
        const why =
          met === false ? '未达到年度指标值' : `得分 ${fmt(score ?? 0)} 低于分值 ${fmt(weight ?? 0)}`;
        ctx.report(
          'missing-reason',
          ind.reason,
          `指标“${name}”${why}，但未填写偏差原因`,
          `Indicator "${name}" falls short but has no explanation`,
        );
      }
    } else if (!anyShortfall) {
      anyShortfall = true;
      shortfallName = name;
    }
  }
  if (anyShortfall && region.closingReason && reasonIsEmpty(ctx, region.closingReason)) {
    ctx.report(
      'missing-reason',
      region.closingReason,
      `有指标未完成或未得满分（如“${shortfallName}”），但“偏差大或目标未完成原因分析”为空`,
      `Some indicators fall short (e.g. "${shortfallName}") but the deviation analysis is empty`,
    );
  }
}
