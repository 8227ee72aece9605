import { CellRef, refToA1 } from '../address';
import { isBlankCell } from '../cellText';
import { Grid } from '../grid';
import { fundsPointsOf, profileOf } from '../layouts';
import { Region, ValueCell } from '../model';
import { Preset } from '../presets';
import { binary, call, Expr, num, range, ref, text } from './expr';
import { ruleScoreTargets } from './ruleScores';
import { FormulaRole } from './types';

/** One cell a region computes, with the formula that computes it. */
export interface FormulaTarget {
  role: FormulaRole;
  ref: CellRef;
  expr: Expr;
  /** How far a typed constant may be from the formula's value and still count as the same (DOMAIN §3). */
  tolerance: number;
}

export interface TargetSkip {
  role: FormulaRole;
  ref: CellRef;
  messageZh: string;
  messageEn: string;
}

export interface RegionTargets {
  targets: FormulaTarget[];
  skipped: TargetSkip[];
}

export const TOLERANCE: Record<FormulaRole, number> = {
  rate: 0.001,
  'fund-score': 0.05,
  'indicator-score': 0.05,
  'total-weight': 0.005,
  total: 0.05,
  grade: 0,
};

const ROLE_NAME_ZH: Record<FormulaRole, string> = {
  rate: '执行率',
  'fund-score': '资金得分',
  'indicator-score': '建议得分',
  'total-weight': '总分分值',
  total: '总分',
  grade: '自评等次',
};

const ROLE_NAME_EN: Record<FormulaRole, string> = {
  rate: 'execution rate',
  'fund-score': 'funds score',
  'indicator-score': 'suggested score',
  'total-weight': 'total weight',
  total: 'total score',
  grade: 'grade',
};

export function roleNameZh(role: FormulaRole): string {
  return ROLE_NAME_ZH[role];
}

export function roleNameEn(role: FormulaRole): string {
  return ROLE_NAME_EN[role];
}

/** Formulas address a merged area by its top-left cell. */
function anchor(grid: Grid, cell: CellRef): CellRef {
  const a = grid.areaOf(cell.row, cell.col);
  return { row: a.top, col: a.left };
}

const key = (c: CellRef) => `${c.row},${c.col}`;

/** Nothing a SUM would add: empty, a blank mark (`\u3000`, `—`, a bare `分`) and no formula. */
function holdsNothing(grid: Grid, row: number, col: number): boolean {
  if (grid.formula(row, col)) return false;
  const v = grid.raw(row, col);
  return v === null || isBlankCell(v);
}

/**
 * Score or weight cells as `SUM` terms over contiguous runs of one column (`SUM(H13:H21)`, or
 * `SUM(G9:G17)+SUM(G20:G28)` across goal blocks). Merged cells count as contiguous, and so do rows between
 * two cells that hold nothing (an unused 经济效益指标 row), so a score typed there later is counted too.
 */
function sumOfRuns(grid: Grid, cells: CellRef[]): Expr[] {
  const sorted = [...cells].sort((a, b) => a.col - b.col || a.row - b.row);
  const terms: Expr[] = [];
  let start: CellRef | null = null;
  let bottom = -1;
  let col = -1;
  const close = () => {
    if (start) terms.push(call('SUM', range({ top: start.row, left: start.col, bottom, right: start.col })));
  };
  const gapHoldsNothing = (from: number, to: number) => {
    for (let r = from; r <= to; r++) if (!holdsNothing(grid, r, col)) return false;
    return true;
  };
  for (const c of sorted) {
    const area = grid.areaOf(c.row, c.col);
    if (start && c.col === col && c.row > bottom && gapHoldsNothing(bottom + 1, c.row - 1)) {
      bottom = area.bottom;
      continue;
    }
    close();
    start = c;
    col = c.col;
    bottom = area.bottom;
  }
  close();
  return terms;
}

/**
 * Adds terms with `+`. Single cells enter through N() so that a funds score left empty by its own formula
 * ("" when there is no budget) or a stray text counts as 0, exactly as SUM treats the cells of a run —
 * a blank template then shows 0, not #VALUE!.
 */
function plus(singles: CellRef[], runs: Expr[]): Expr | null {
  const terms = [...singles.map((c) => call('N', ref(c))), ...runs];
  if (terms.length === 0) return null;
  return terms.reduce((a, b) => binary('+', a, b));
}

/** The value cell, or why it cannot hold a formula. */
function ownCell(vc: ValueCell | undefined, role: FormulaRole, skipped: TargetSkip[]): CellRef | undefined {
  if (!vc) return undefined;
  if (vc.inlineLabel) {
    skipped.push({
      role,
      ref: vc.ref,
      messageZh: `${ROLE_NAME_ZH[role]}与标签“${vc.inlineLabel}”同在一个单元格，未写入公式：请把数值移到单独的单元格。`,
      messageEn: `The ${ROLE_NAME_EN[role]} shares its cell with the label “${vc.inlineLabel}”; no formula written: move the value into a cell of its own.`,
    });
    return undefined;
  }
  return vc.ref;
}

/**
 * 优/良/中/差 by the preset's bands, and nothing while the total is empty or 0: a blank form's total sums to
 * 0, and a 差 printed on a form nobody has filled in reads as a verdict.
 */
function gradeExpr(total: CellRef, preset: Preset): Expr {
  const b = preset.gradeBands;
  const t = ref(total);
  return call(
    'IF',
    binary('=', call('N', t), num(0)),
    text(''),
    call(
      'IF',
      binary('>=', t, num(b.excellent)),
      text('优'),
      call(
        'IF',
        binary('>=', t, num(b.good)),
        text('良'),
        call('IF', binary('>=', t, num(b.pass)), text('中'), text('差')),
      ),
    ),
  );
}

/**
 * The cells of a region that we compute, in dependency order (a cell's inputs come before it), with the
 * formula of each (DOMAIN.md §4). Only Excel 2010 / WPS / LibreOffice functions: IF, N, ROUND, MIN, SUM.
 */
export function formulaTargets(
  grid: Grid,
  region: Region,
  preset: Preset,
  options: { ruleScores?: boolean } = {},
): RegionTargets {
  const targets: FormulaTarget[] = [];
  const skipped: TargetSkip[] = [];
  const add = (role: FormulaRole, cell: CellRef, expr: Expr) =>
    targets.push({ role, ref: anchor(grid, cell), expr, tolerance: TOLERANCE[role] });

  const fundsTotal = region.funds?.total;
  const budget = fundsTotal?.budget && anchor(grid, fundsTotal.budget);
  const actual = fundsTotal?.actual && anchor(grid, fundsTotal.actual);
  const onTotalRow = (cell: CellRef | undefined, role: FormulaRole): CellRef | undefined => {
    if (!cell || !fundsTotal) return undefined;
    const area = grid.areaOf(cell.row, cell.col);
    if (area.top <= fundsTotal.row && area.bottom >= fundsTotal.row) return anchor(grid, cell);
    // Funds formulas belong on the 年度资金总额 row: never write them into a sub-row's cell.
    skipped.push({
      role,
      ref: cell,
      messageZh: `${ROLE_NAME_ZH[role]}单元格 ${refToA1(cell)} 不在资金总额行，未写入公式。`,
      messageEn: `The ${ROLE_NAME_EN[role]} cell ${refToA1(cell)} is not on the funds total row; no formula written.`,
    });
    return undefined;
  };
  const rateCell = onTotalRow(fundsTotal?.rate, 'rate');
  const weightCell = fundsTotal?.weight && anchor(grid, fundsTotal.weight);
  const fundsScore = onTotalRow(fundsTotal?.score, 'fund-score');
  const noBudget = (b: CellRef) => binary('=', call('N', ref(b)), num(0));

  if (budget && actual && rateCell) {
    add('rate', rateCell, call('IF', noBudget(budget), text(''), binary('/', ref(actual), ref(budget))));
  }

  const points = fundsPointsOf(region, preset, grid);
  if (budget && actual && fundsScore && points === null) {
    skipped.push({
      role: 'fund-score',
      ref: fundsScore,
      messageZh: '表中未写明资金分值（也无法由各指标分值推出），未写入资金得分公式。',
      messageEn:
        'The form states no funds points (nor do its weights leave them); no funds score formula written.',
    });
  } else if (budget && actual && fundsScore && points !== null) {
    if (profileOf(region.layout).funds.score === 'points-times-rate-cell' && rateCell) {
      // 分值 × min(执行率, 1), reading the rate cell beside it (and the 分值 cell when there is one).
      const weight = weightCell ? ref(weightCell) : num(points);
      const rate = ref(rateCell);
      const capped = preset.capRate ? call('MIN', rate, num(1)) : rate;
      const score = call('ROUND', binary('*', weight, capped), num(2));
      add('fund-score', fundsScore, call('IF', binary('=', rate, text('')), text(''), score));
    } else {
      const ratio = binary('/', ref(actual), ref(budget));
      const capped = preset.capRate ? call('MIN', ratio, num(1)) : ratio;
      const score = call('ROUND', binary('*', num(points), capped), num(2));
      add('fund-score', fundsScore, call('IF', noBudget(budget), text(''), score));
    }
  }

  // 建议得分 before the totals that add the scores up
  if (options.ruleScores)
    for (const t of ruleScoreTargets(grid, region, preset)) add('indicator-score', t.ref, t.expr);

  if (region.totalWeight) {
    const weights = region.indicators.filter((i) => i.weight).map((i) => anchor(grid, i.weight as CellRef));
    // funds scored without a 分值 cell: their points as stated or as the weights leave them
    const fundsPoints = !weightCell && fundsScore && points !== null ? [num(points)] : [];
    const sum = plus(weightCell ? [weightCell] : [], [...fundsPoints, ...sumOfRuns(grid, weights)]);
    if (weights.length > 0 && sum) add('total-weight', region.totalWeight, sum);
  }

  const totalCell = ownCell(region.total, 'total', skipped);
  if (totalCell) {
    const singles: CellRef[] = [];
    const blockScores: (ValueCell | undefined)[] = [region.goal?.score, region.indicatorBlock?.score];
    let componentInline = false;
    if (fundsScore) singles.push(fundsScore);
    for (const vc of blockScores) {
      if (!vc) continue;
      if (vc.inlineLabel) componentInline = true;
      else singles.push(anchor(grid, vc.ref));
    }
    const seen = new Set(singles.map(key));
    const scores = region.indicators
      .filter((i) => i.score)
      .map((i) => anchor(grid, i.score as CellRef))
      .filter((c) => !seen.has(key(c)));
    const sum = plus(singles, sumOfRuns(grid, scores));
    if (componentInline) {
      skipped.push({
        role: 'total',
        ref: totalCell,
        messageZh: '总分的组成得分与标签同在一个单元格，无法用公式引用，未写入。',
        messageEn:
          'A component score shares its cell with its label and cannot be referenced; no formula written.',
      });
    } else if (sum) {
      add('total', totalCell, call('ROUND', sum, num(2)));
    }
  }

  if (region.grade) {
    const gradeCell = ownCell(region.grade, 'grade', skipped);
    const total = targets.find((t) => t.role === 'total');
    if (gradeCell && total) add('grade', gradeCell, gradeExpr(total.ref, preset));
    else if (gradeCell && region.total && !region.total.inlineLabel)
      add('grade', gradeCell, gradeExpr(anchor(grid, region.total.ref), preset));
    else if (gradeCell) {
      skipped.push({
        role: 'grade',
        ref: gradeCell,
        messageZh: '自评等次依据的总分不在单独的单元格中，未写入公式。',
        messageEn: 'The total the grade depends on is not in a cell of its own; no formula written.',
      });
    }
  }

  return { targets, skipped };
}
