import { CellRef } from '../../../src/core/address';
import { CellEdit } from '../../../src/core/edits';
import { CellValue, SheetSnapshot } from '../../../src/core/grid';
import { Region } from '../../../src/core/model';
import { BuiltTemplate } from '../../../src/core/templates';

/**
 * Sample numbers a person would type into a blank template: a budget of 120 spent to 114.6 (95.5%), every
 * indicator met with full marks except one satisfaction indicator at 90% of a ≥95% target, one point short
 * and explained. The expected totals follow from these numbers and the template's default weights.
 */
export interface SampleFill {
  edits: CellEdit[];
  /** The 总分 / 自评得分 the formulas must produce, or null for a form without one. */
  expectedTotal: number | null;
  expectedGrade: string | null;
}

const BUDGET = 120;
const ACTUAL = 114.6;
const SHORT_REASON = '部分群众对办理时限不满意，下年度优化流程。';

export function sampleFill(built: BuiltTemplate, sheet: string): SampleFill {
  const { region } = built;
  const edits: CellEdit[] = [];
  const put = (ref: CellRef | undefined, value: CellValue) => {
    if (ref) edits.push({ sheet, row: ref.row, col: ref.col, value });
  };
  const funds = region.funds;
  let fundsScore = 0;
  if (funds) {
    put(funds.total.initialBudget, BUDGET);
    put(funds.total.budget, BUDGET);
    put(funds.total.actual, ACTUAL);
    const parts: [number, number][] =
      region.layout === 'national'
        ? [
            [100, 96.6],
            [20, 18],
            [0, 0],
          ]
        : [];
    funds.parts.forEach((p, i) => {
      const [budget, actual] = parts[i] ?? (/区级预算资金/.test(p.label) ? [BUDGET, ACTUAL] : [null, null]);
      if (budget === null) return;
      put(p.initialBudget, budget);
      put(p.budget, budget);
      put(p.actual, actual);
    });
    const points = funds.maxPoints ?? 10;
    fundsScore = Math.round(points * (ACTUAL / BUDGET) * 100) / 100;
  }
  const text = (ref: CellRef | undefined, value: string) => put(ref, value);
  const indicators = region.indicators;
  let indicatorScores = 0;
  indicators.forEach((ind, i) => {
    const short = i === indicators.length - 1;
    text(ind.nameCell, short ? '服务对象满意度' : `年度任务${i + 1}完成数量`);
    text(ind.target, short ? '≥95%' : '≥10个');
    text(ind.actual, short ? '90%' : '12个');
    const weight = ind.labelWeight?.points ?? weightOf(built, ind.weight);
    if (ind.score && weight !== null) {
      const score = short ? weight - 1 : weight;
      put(ind.score, score);
      indicatorScores += score;
    }
    if (short) text(ind.reason, SHORT_REASON);
    if (region.layout === 'target') {
      const row = ind.row;
      // 前年, 上年 sit left of 预计当年实现; 指标值确定依据 right of 指标分值权重.
      if (ind.target) {
        put({ row, col: ind.target.col - 2 }, short ? '93%' : '10个');
        put({ row, col: ind.target.col - 1 }, short ? '94%' : '11个');
      }
      if (ind.weight) put({ row, col: ind.weight.col + 1 }, '计划数据');
    }
  });
  let blockScores = 0;
  if (region.goal?.score) {
    put(region.goal.score.ref, 18);
    blockScores += 18;
  }
  if (region.indicatorBlock?.score) {
    put(region.indicatorBlock.score.ref, 58);
    blockScores += 58;
  }
  if (region.closingReason) put(region.closingReason, SHORT_REASON);
  fillGoalTexts(built, sheet, edits);
  const hasTotal = !!region.total && !region.total.inlineLabel;
  const expectedTotal = hasTotal ? round2(fundsScore + blockScores + indicatorScores) : null;
  const expectedGrade = region.grade && expectedTotal !== null ? gradeOf(expectedTotal) : null;
  return { edits, expectedTotal, expectedGrade };
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

function gradeOf(total: number): string {
  return total >= 90 ? '优' : total >= 80 ? '良' : total >= 60 ? '中' : '差';
}

function weightOf(built: BuiltTemplate, ref: CellRef | undefined): number | null {
  if (!ref) return null;
  const cell = built.spec.cells.find((c) => c.row === ref.row && c.col === ref.col);
  return typeof cell?.value === 'number' ? cell.value : null;
}

/** Writes the sentences of the goal rows (年度总体目标 / 项目绩效总目标 / 年度目标N) and the header fields. */
function fillGoalTexts(built: BuiltTemplate, sheet: string, edits: CellEdit[]): void {
  const labels: Record<string, string> = {
    项目名称: '社区综合治理专项经费',
    主管部门: '区委政法委',
    实施单位: '区委政法委',
    项目实施单位: '区委政法委',
    单位名称: '某街道办事处',
  };
  const taken = new Set(edits.map((e) => `${e.row},${e.col}`));
  for (const cell of built.spec.cells) {
    const label = typeof cell.value === 'string' ? cell.value : '';
    const value = labels[label];
    if (!value) continue;
    const merge = built.spec.merges.find((m) => m.top === cell.row && m.left === cell.col);
    const next = { row: cell.row, col: (merge ? merge.right : cell.col) + 1 };
    if (!taken.has(`${next.row},${next.col}`)) edits.push({ sheet, ...next, value });
  }
}

/** The sample region's own sheet name is empty; callers name the sheet. */
export function regionOnSheet(region: Region, sheet: string): Region {
  return { ...region, sheet };
}

/** Applies value and formula edits to a snapshot copy, as a host would. */
export function applyToSnapshot(snapshot: SheetSnapshot, edits: CellEdit[]): SheetSnapshot {
  const values = snapshot.values.map((r) => [...r]);
  const formulas = (snapshot.formulas ?? snapshot.values.map((r) => r.map(() => null))).map((r) => [...r]);
  const numberFormats = (snapshot.numberFormats ?? snapshot.values.map((r) => r.map(() => null))).map((r) => [
    ...r,
  ]);
  for (const e of edits) {
    if (e.value !== undefined) values[e.row][e.col] = e.value;
    if (e.formula !== undefined) formulas[e.row][e.col] = e.formula;
    else if (e.value !== undefined) formulas[e.row][e.col] = null;
    if (e.numberFormat !== undefined) numberFormats[e.row][e.col] = e.numberFormat;
  }
  return { ...snapshot, values, formulas, numberFormats };
}
