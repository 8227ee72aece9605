import { CellRef } from '../address';
import { readNumber } from '../cellText';
import { valueCellText } from '../detect/valueCells';
import { ScoredBlock, ValueCell, WeightGroup } from '../model';
import { gradeFor } from '../presets';
import { CheckContext, fmt, MONEY_TOLERANCE, SCORE_TOLERANCE } from './context';
import { scoreUnits, unitScore } from './scoreUnits';

function readValueCell(ctx: CheckContext, vc: ValueCell | undefined): ReturnType<typeof readNumber> {
  if (!vc) return { kind: 'blank' };
  if (!vc.inlineLabel) return ctx.read(vc.ref);
  return readNumber(valueCellText(ctx.grid, vc));
}

function blockScore(ctx: CheckContext, block: ScoredBlock | undefined, zh: string, en: string): number {
  if (!block?.score) return 0;
  const p = readValueCell(ctx, block.score);
  if (p.kind === 'blank' && block.maxPoints !== null) {
    ctx.report('blank', block.score.ref, `${zh}得分未填写`, `The ${en} score is empty`);
  }
  if (p.kind !== 'number') return 0;
  if (block.maxPoints !== null && p.value > block.maxPoints + 1e-9) {
    ctx.report(
      'score-over-max',
      block.score.ref,
      `${zh}得分 ${fmt(p.value)} 超过其分值 ${fmt(block.maxPoints)}`,
      `The ${en} score ${fmt(p.value)} exceeds its ${fmt(block.maxPoints)} points`,
    );
  }
  return p.value;
}

/** True when a score the total adds up was reported blank. */
function componentBlank(ctx: CheckContext): boolean {
  const r = ctx.region;
  const parts = [r.funds?.total.score, r.goal?.score?.ref, r.indicatorBlock?.score?.ref];
  for (const ind of r.indicators) parts.push(ind.score);
  const blanks = new Set(ctx.findings.filter((f) => f.rule === 'blank').map((f) => `${f.row},${f.col}`));
  return parts.some((p) => !!p && blanks.has(`${p.row},${p.col}`));
}

/** total: the shown 总分 / 自评得分 equals the sum of the component scores as shown. */
function checkTotal(ctx: CheckContext): number | null {
  const region = ctx.region;
  const goal = blockScore(ctx, region.goal, '项目绩效总目标', 'overall goal');
  const block = blockScore(ctx, region.indicatorBlock, '绩效指标', 'indicator block');
  const funds = ctx.num(region.funds?.total.score) ?? 0;
  const indicators = scoreUnits(ctx, region.indicators).reduce((s, u) => s + (unitScore(ctx, u) ?? 0), 0);
  const sum = funds + goal + block + indicators;
  if (!region.total) return null;
  const shown = readValueCell(ctx, region.total);
  if (shown.kind === 'blank') {
    ctx.report('blank', region.total.ref, '总分未填写', 'The total score is empty');
    return null;
  }
  if (shown.kind !== 'number') return null;
  // A component left blank is the root cause: the total cannot be judged until it is filled in.
  const reportWrong = (vc: ValueCell, value: number) => {
    if (componentBlank(ctx) || Math.abs(value - sum) <= SCORE_TOLERANCE) return;
    ctx.report(
      'total',
      vc.ref,
      `总分应为各项得分之和 ${fmt(Math.round(sum * 100) / 100)}，表中为 ${fmt(value)}`,
      `The total should be the sum of the scores, ${fmt(Math.round(sum * 100) / 100)}; the form shows ${fmt(value)}`,
    );
  };
  reportWrong(region.total, shown.value);
  // the same total printed again in the head line (`自评得分：98` above a 总分 row): checked when filled
  const head = region.headTotal ? readValueCell(ctx, region.headTotal) : undefined;
  // (a head total copied from a wrong 总分 row is its echo)
  if (region.headTotal && head?.kind === 'number' && Math.abs(head.value - shown.value) > SCORE_TOLERANCE)
    reportWrong(region.headTotal, head.value);
  return shown.value;
}

function checkGrade(ctx: CheckContext, total: number | null): void {
  const vc = ctx.region.grade;
  if (!vc || total === null) return;
  const text = (
    vc.inlineLabel ? valueCellText(ctx.grid, vc) : String(ctx.grid.value(vc.ref.row, vc.ref.col) ?? '')
  ).trim();
  if (!text) return;
  const shown = text.startsWith('优')
    ? '优'
    : text.startsWith('良')
      ? '良'
      : /^(中|合格)/.test(text)
        ? '中'
        : /^(差|不合格)/.test(text)
          ? '差'
          : null;
  const expected = gradeFor(total, ctx.preset);
  if (shown === expected) return;
  ctx.report(
    'grade',
    vc.ref,
    `自评得分 ${fmt(total)} 对应的等次应为「${expected}」，表中为「${text}」`,
    `A total of ${fmt(total)} grades "${expected}", not "${text}"`,
  );
}

/** What stands under a label: its child labels' points, else its indicators' weights; null when nothing. */
function sumUnder(
  ctx: CheckContext,
  group: WeightGroup,
  childValue: (c: WeightGroup) => number,
): number | null {
  if (group.children.length > 0) return group.children.reduce((s, c) => s + childValue(c), 0);
  const rows = new Set(group.indicatorRows);
  const members = ctx.region.indicators.filter((i) => rows.has(i.row));
  const weights = scoreUnits(ctx, members)
    .map((u) => u.weight)
    .filter((w): w is number => w !== null);
  return weights.length > 0 ? weights.reduce((a, b) => a + b, 0) : null;
}

/** The points a group really holds: what stands under it, all the way down. */
function heldPoints(ctx: CheckContext, group: WeightGroup): number {
  return sumUnder(ctx, group, (c) => heldPoints(ctx, c)) ?? group.points;
}

/**
 * A label's points against what stands under it. A parent is reported only when it disagrees both with its
 * children's labels and with what they really hold: a wrong child label is the root cause, not its parent.
 */
function checkGroup(ctx: CheckContext, group: WeightGroup): void {
  const sum = sumUnder(ctx, group, (c) => c.points);
  const held = sumUnder(ctx, group, (c) => heldPoints(ctx, c));
  const differs = (x: number | null) => x !== null && Math.abs(x - group.points) > MONEY_TOLERANCE;
  if (sum !== null && differs(sum) && differs(held)) {
    ctx.report(
      'weight-sum',
      group.cell,
      `「${group.label}」标注 ${fmt(group.points)} 分，但其下各项分值合计为 ${fmt(sum)} 分`,
      `"${group.label}" declares ${fmt(group.points)} points but the weights under it add up to ${fmt(sum)}`,
    );
  }
  for (const child of group.children) checkGroup(ctx, child);
}

/** A weight in points: `100`, `100%` and 1 formatted `0%` are all 100 (指标权重比例 is a percentage). */
function percentPoints(ctx: CheckContext, ref: CellRef | undefined): number | null {
  const p = ctx.read(ref);
  if (p.kind !== 'number') return null;
  return p.percent ? Math.round(p.value * 100 * 1e9) / 1e9 : p.value;
}

function checkWeights(ctx: CheckContext): void {
  const region = ctx.region;
  if (region.totalWeight) {
    const declared = ctx.num(region.totalWeight);
    const funds = region.funds;
    // funds scored but worth points stated nowhere (no 分值 cell, no `（10分）`): what they are worth is what
    // the total leaves, so the total cannot be judged against them
    const fundsUnstated = !!funds?.total.score && !funds.total.weight && funds.maxPoints === null;
    const fundsWeight = ctx.num(funds?.total.weight) ?? funds?.maxPoints ?? 0;
    const weights = region.indicators.map((i) => ctx.num(i.weight)).filter((w): w is number => w !== null);
    const sum = fundsWeight + weights.reduce((a, b) => a + b, 0);
    if (
      !fundsUnstated &&
      declared !== null &&
      weights.length > 0 &&
      Math.abs(declared - sum) > MONEY_TOLERANCE
    ) {
      ctx.report(
        'weight-sum',
        region.totalWeight,
        `总分分值为 ${fmt(declared)}，但资金分值与各指标分值合计为 ${fmt(sum)}`,
        `The declared total weight is ${fmt(declared)} but the weights add up to ${fmt(sum)}`,
      );
    }
  }
  for (const group of region.weightGroups) checkGroup(ctx, group);
  for (const goal of region.targetGoals ?? []) {
    const ratio = percentPoints(ctx, goal.ratioCell);
    const weights = goal.indicators
      .map((i) => percentPoints(ctx, i.weight))
      .filter((w): w is number => w !== null);
    if (ratio === null || weights.length === 0 || !goal.ratioCell) continue;
    // a weight left blank is reported as blank; the sum waits until it is filled in
    if (goal.indicators.some((i) => i.weight && i.name && ctx.isBlank(i.weight))) continue;
    const sum = weights.reduce((a, b) => a + b, 0);
    if (Math.abs(sum - ratio) > MONEY_TOLERANCE) {
      ctx.report(
        'weight-sum',
        goal.ratioCell,
        `「${goal.name}」指标权重比例为 ${fmt(ratio)}，但各指标分值权重合计为 ${fmt(sum)}`,
        `"${goal.name}" declares a weight of ${fmt(ratio)} but its indicator weights add up to ${fmt(sum)}`,
      );
    }
  }
}

export function checkTotals(ctx: CheckContext): void {
  if (ctx.region.kind !== 'target') checkGrade(ctx, checkTotal(ctx));
  checkWeights(ctx);
}
