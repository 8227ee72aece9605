import { ruleScore } from '../ruleScore';
import { CheckContext, fmt, SCORE_TOLERANCE } from './context';
import { ScoreUnit } from './scoreUnits';
import { parsedActual, parsedTarget } from './targetInput';
import { describeIndicator, isCostIndicator } from '../indicatorNames';

/**
 * score-rule: an indicator scored above what its completion allows under the preset's scoring rule (DOMAIN
 * §9), or outside the band its qualitative actual states. One row with its own score and points; a score
 * already reported as unmet-full-score is left to that finding.
 */
export function checkScoreRule(ctx: CheckContext, unit: ScoreUnit, reportedCells: Set<string>): void {
  const rule = ctx.preset.scoringRule;
  if (!rule || unit.rows.length !== 1 || unit.weight === null || unit.scoreCells.length !== 1) return;
  const ind = unit.rows[0];
  const scoreCell = unit.scoreCells[0];
  if (reportedCells.has(`${scoreCell.row},${scoreCell.col}`)) return;
  const score = ctx.read(scoreCell);
  // above its points is score-over-max, whatever the rule says
  if (score.kind !== 'number' || score.value > unit.weight + 1e-9) return;
  const target = parsedTarget(ctx.grid, ind);
  const actual = parsedActual(ctx.grid, ind);
  if (!target || !actual) return;
  const allowed = ruleScore(target, actual, unit.weight, { cost: isCostIndicator(ind), rule });
  if (!allowed) return;
  const above = score.value > allowed.high + SCORE_TOLERANCE;
  const below = allowed.low < allowed.high && score.value < allowed.low - SCORE_TOLERANCE;
  if (!above && !below) return;
  const name = describeIndicator(ind);
  const arithmetic = allowed.arithmetic();
  ctx.report(
    'score-rule',
    scoreCell,
    `指标「${name}」得分 ${fmt(score.value)} 不符合评分规则：${arithmetic.zh}`,
    `Indicator "${name}" scores ${fmt(score.value)}, but the scoring rule allows ${arithmetic.en}`,
  );
}
