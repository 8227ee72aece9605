import { CellInput, FormDraft, round2 } from './sheetWriter';

/** One indicator row as the person filled it. */
export interface IndicatorInput {
  l1: string;
  l2: string;
  name: string;
  target: CellInput;
  actual: CellInput;
  weight: number;
  score: CellInput;
  reason?: string;
}

export interface NationalInput {
  title?: string;
  yearLine?: string;
  name: string;
  /** [年初预算数, 全年预算数, 全年执行数] of 当年财政拨款, 上年结转资金, 其他资金. */
  funds: [number, number, number][];
  fundsPoints?: number;
  indicators: IndicatorInput[];
  /** Merge 一级/二级 labels down (as most forms do) or repeat them on every row. */
  mergeLabels?: boolean;
  /** Rate written as a formula with its cached value, as text, or as a percent-formatted number. */
  rateStyle?: 'formula' | 'text' | 'number';
  scoreAsTextWithUnit?: boolean;
  totalAsFormula?: boolean;
  blockLabel?: string;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** Numeric value of a shown score, as the grader's person would add it up. */
export function shownNumber(input: CellInput): number {
  if (typeof input === 'number') return input;
  if (typeof input === 'string') return Number(input.replace(/[分\s]/g, '')) || 0;
  if (input && 'value' in input) return input.value;
  if (input && 'result' in input && typeof input.result === 'number') return input.result;
  return 0;
}

/**
 * 项目支出绩效自评表 in the national (财预〔2020〕10号) layout, nine columns:
 * A block label | B row label / 一级 | C … | I 偏差原因. Funds: D 全年预算数, E 全年执行数, F 分值, G 执行率, H 得分.
 * Derived cells (totals, rate, funds score, 总分) are computed from the inputs; tests then plant one fault.
 */
export function nationalForm(input: NationalInput): FormDraft {
  const W = 9;
  const rows: CellInput[][] = [];
  const merges: FormDraft['merges'] = [];
  const names: FormDraft['names'] = {};
  const row = (...cells: CellInput[]) => {
    const r = [...cells];
    while (r.length < W) r.push(null);
    rows.push(r);
    return rows.length - 1;
  };
  const points = input.fundsPoints ?? 10;
  let r = row(input.title ?? '项目支出绩效自评表');
  merges.push([r, 0, r, W - 1]);
  r = row(input.yearLine ?? '（2021年度）');
  merges.push([r, 0, r, W - 1]);
  r = row('项目名称', input.name);
  merges.push([r, 1, r, W - 1]);
  r = row('主管部门', '某某区财政局', null, null, '实施单位', '某某区财政局');
  merges.push([r, 1, r, 3], [r, 5, r, W - 1]);
  const head = row(
    '项目资金（万元）',
    null,
    '年初预算数',
    '全年预算数',
    '全年执行数',
    '分值',
    '执行率',
    '得分',
  );
  merges.push([head, 0, head + 4, 0]);
  const totals = [0, 1, 2].map((k) => round2(sum(input.funds.map((f) => f[k]))));
  const rate = totals[2] / totals[1];
  const fundScore = round2(points * Math.min(rate, 1));
  const totalRow = row(null, '年度资金总额', totals[0], totals[1], totals[2], points, null, fundScore);
  const rateCell: CellInput =
    input.rateStyle === 'formula'
      ? { formula: (at) => `${at('fundsExec')}/${at('fundsBudget')}`, result: rate }
      : input.rateStyle === 'text'
        ? `${(rate * 100).toFixed(2)}%`
        : { value: rate, numFmt: '0.00%' };
  rows[totalRow][6] = rateCell;
  if (input.scoreAsTextWithUnit) rows[totalRow][7] = `${fundScore.toFixed(2)}分`;
  Object.assign(names, {
    fundsInitial: [totalRow, 2],
    fundsBudget: [totalRow, 3],
    fundsExec: [totalRow, 4],
    fundsPoints: [totalRow, 5],
    fundsRate: [totalRow, 6],
    fundsScore: [totalRow, 7],
  });
  const subLabels = ['其中：当年财政拨款', '上年结转资金', '其他资金'];
  input.funds.forEach((f, k) => {
    const sr = row(null, subLabels[k], f[0], f[1], f[2], '—', '—', '—');
    names[`sub${k}Initial`] = [sr, 2];
    names[`sub${k}Budget`] = [sr, 3];
    names[`sub${k}Exec`] = [sr, 4];
  });
  for (let k = 0; k < 5; k++) merges.push([head + k, 7, head + k, 8]);
  const goal = row('年度总体目标', '预期目标', null, null, null, '实际完成情况');
  merges.push([goal, 0, goal + 1, 0], [goal, 1, goal, 4], [goal, 5, goal, W - 1]);
  const goalText = row(
    null,
    '按计划完成' + input.name + '各项工作任务。',
    null,
    null,
    null,
    '已按计划完成全年工作任务。',
  );
  merges.push([goalText, 1, goalText, 4], [goalText, 5, goalText, W - 1]);
  const ih = row(
    input.blockLabel ?? '绩效指标',
    '一级指标',
    '二级指标',
    '三级指标',
    '年度指标值',
    '实际完成值',
    '分值',
    '得分',
    '偏差原因分析及改进措施',
  );
  const first = rows.length;
  input.indicators.forEach((ind, k) => {
    const ir = row(
      null,
      ind.l1,
      ind.l2,
      ind.name,
      ind.target,
      ind.actual,
      ind.weight,
      ind.score,
      ind.reason ?? null,
    );
    names[`ind${k}Target`] = [ir, 4];
    names[`ind${k}Actual`] = [ir, 5];
    names[`ind${k}Weight`] = [ir, 6];
    names[`ind${k}Score`] = [ir, 7];
    names[`ind${k}Reason`] = [ir, 8];
  });
  const last = rows.length - 1;
  merges.push([ih, 0, last, 0]);
  if (input.mergeLabels !== false) mergeRuns(rows, merges, first, last, 1, 2);
  const totalScore = round2(
    shownNumber(rows[totalRow][7]) + sum(input.indicators.map((i) => shownNumber(i.score))),
  );
  const close = row(
    '总分',
    null,
    null,
    null,
    null,
    null,
    points + sum(input.indicators.map((i) => i.weight)),
  );
  rows[close][7] = input.totalAsFormula
    ? {
        formula: (at) =>
          `ROUND(${at('fundsScore')}+SUM(${at('ind0Score')}:${at(`ind${last - first}Score`)}),2)`,
        result: totalScore,
      }
    : totalScore;
  merges.push([close, 0, close, 5]);
  names.weightTotal = [close, 6];
  names.total = [close, 7];
  return { rows, merges, names, regionRows: [0, close], width: W, kind: 'project', layout: 'national' };
}

/** Merges runs of equal labels down each given column, as a person merges 一级/二级 cells. */
export function mergeRuns(
  rows: CellInput[][],
  merges: FormDraft['merges'],
  first: number,
  last: number,
  ...cols: number[]
): void {
  for (const c of cols) {
    let start = first;
    for (let r = first + 1; r <= last + 1; r++) {
      const same =
        r <= last && rows[r][c] === rows[start][c] && (c === cols[0] || sameParents(rows, r, start, cols, c));
      if (same) continue;
      if (r - 1 > start) {
        merges.push([start, c, r - 1, c]);
        for (let k = start + 1; k < r; k++) rows[k][c] = null;
      }
      start = r;
    }
  }
}

function sameParents(rows: CellInput[][], r: number, start: number, cols: number[], c: number): boolean {
  // a 二级 run never crosses a 一级 boundary; the 一级 column has been merged already, so a non-null cell starts one
  for (const p of cols) {
    if (p === c) break;
    for (let k = start + 1; k <= r; k++) if (rows[k][p] !== null) return false;
  }
  return true;
}

/** Default national indicators: 产出 50, 效益 30, 满意度 10 (weights 90 with funds 10). */
export function nationalIndicators(overrides: Partial<IndicatorInput>[] = []): IndicatorInput[] {
  const base: IndicatorInput[] = [
    {
      l1: '产出指标',
      l2: '数量指标',
      name: '开展培训次数（次）',
      target: '≥4次',
      actual: '4次',
      weight: 15,
      score: 15,
    },
    {
      l1: '产出指标',
      l2: '数量指标',
      name: '覆盖社区数量（个）',
      target: '=12',
      actual: '12个',
      weight: 10,
      score: 10,
    },
    {
      l1: '产出指标',
      l2: '质量指标',
      name: '验收合格率',
      target: '≥95%',
      actual: '98%',
      weight: 10,
      score: 10,
    },
    {
      l1: '产出指标',
      l2: '时效指标',
      name: '资金拨付及时率',
      target: '100%',
      actual: '100%',
      weight: 10,
      score: 10,
    },
    {
      l1: '产出指标',
      l2: '成本指标',
      name: '人均培训成本（元）',
      target: '≤300',
      actual: '280',
      weight: 5,
      score: 5,
    },
    {
      l1: '效益指标',
      l2: '社会效益指标',
      name: '群众安全感',
      target: '逐步提高',
      actual: '有所提高',
      weight: 20,
      score: 20,
    },
    {
      l1: '效益指标',
      l2: '可持续影响指标',
      name: '长效机制建立',
      target: '建立',
      actual: '已建立',
      weight: 10,
      score: 10,
    },
    {
      l1: '满意度指标',
      l2: '服务对象满意度指标',
      name: '群众满意度',
      target: '≥90%',
      actual: '93%',
      weight: 10,
      score: 10,
    },
  ];
  return base.map((b, k) => ({ ...b, ...(overrides[k] ?? {}) }));
}
