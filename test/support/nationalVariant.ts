import type { FixtureCell } from '../fixtures/format';
import { BuiltForm } from './builtForm';
import { a1, round2, shown, SpanStyle, spanLabel, VariantDraft } from './variantDraft';

/**
 * National (财预〔2020〕10号) project tables as different people lay them out. Columns A..I:
 * A block labels; funds B row label, C 年初预算数, D 全年预算数, E 全年执行数, F 分值, G 执行率, H:I 得分;
 * indicators B 一级, C 二级, D 三级, E 年度指标值, F 实际完成值, G 分值, H 得分, I 偏差原因.
 */

export interface FundsCells {
  initial: FixtureCell;
  budget: FixtureCell;
  actual: FixtureCell;
  weight: FixtureCell;
  rate: FixtureCell;
  score: FixtureCell;
}

export interface NationalRow {
  level1: string;
  level2: string;
  name: FixtureCell;
  target: FixtureCell;
  actual: FixtureCell;
  weight: FixtureCell;
  score: FixtureCell;
  reason: FixtureCell;
}

export interface NationalData {
  projectName: string;
  total: FundsCells;
  parts: { label: string; cells: FundsCells }[];
  indicators: NationalRow[];
  totalWeight: FixtureCell;
  totalScore: FixtureCell;
}

export interface NationalStyle {
  /** null: no title row at all. An unmerged title is typed in column `col` (default A). */
  title: { text: string; merged: boolean; unitInRow: boolean; col?: number } | null;
  /** A `单位：万元` row of its own under the title, right-aligned. */
  unitRow?: boolean;
  yearLine: string | null;
  fundsLabel: string;
  /** The funds, goal and indicator block labels merged down their block, or written on their first row only. */
  blockLabels: 'merged' | 'firstOnly';
  levels: SpanStyle;
  indicatorLabel: string;
  /** The indicator block label on the header row (seed 003) or on the first indicator row (seed 002). */
  indicatorLabelOnHeader: boolean;
  nameHeader: string;
  reasonHeader: string;
  blankRowAfterHeader: boolean;
  /** `总分` merged over A..F, in A alone, or no 总分 row at all. */
  totalLabel: 'AtoF' | 'A' | 'none';
  /** Rows printed under the table (notes); not part of the region. */
  after: FixtureCell[][];
}

export const NATIONAL_STYLE: NationalStyle = {
  title: { text: '项目支出绩效自评表', merged: true, unitInRow: false },
  yearLine: '（2021年度）',
  fundsLabel: '项目资金（万元）',
  blockLabels: 'merged',
  levels: 'merged',
  indicatorLabel: '绩效指标',
  indicatorLabelOnHeader: true,
  nameHeader: '三级指标',
  reasonHeader: '偏差原因分析及改进措施',
  blankRowAfterHeader: false,
  totalLabel: 'AtoF',
  after: [],
};

const DASH = '—';
const dashes = (initial: number, budget: number, actual: number): FundsCells => ({
  initial,
  budget,
  actual,
  weight: DASH,
  rate: DASH,
  score: DASH,
});

/** A clean national form: 82.08 / 86.4 = 95 %, funds 9.5, indicators 87 of 90, 总分 96.5. */
export function nationalClean(): NationalData {
  const OUT = '产出指标';
  const EFF = '效益指标';
  return {
    projectName: '禁毒宣传教育工作经费',
    total: {
      initial: 80,
      budget: 86.4,
      actual: 82.08,
      weight: 10,
      rate: shown(0.95, '0.00%'),
      score: 9.5,
    },
    parts: [
      { label: '其中：当年财政拨款', cells: dashes(70, 76.4, 73.5) },
      { label: '上年结转资金', cells: dashes(10, 10, 8.58) },
      { label: '其他资金', cells: dashes(0, 0, 0) },
    ],
    indicators: [
      row(OUT, '数量指标', '禁毒宣传活动场次', '≥12场', '14场', 15, 15),
      row(OUT, '数量指标', '宣传资料发放份数', '≥5000份', '5200份', 10, 10),
      row(OUT, '质量指标', '宣传覆盖率', '≥95%', '96%', 10, 10),
      row(OUT, '时效指标', '活动完成时间', '12月31日前', '12月20日', 5, 5),
      row(OUT, '成本指标', '宣传活动成本', '≤86.4万元', '82.08万元', 10, 10),
      row(
        EFF,
        '社会效益指标',
        '群众禁毒知识知晓率',
        '≥90%',
        '85%',
        15,
        12,
        '部分偏远社区宣传覆盖不足，下年度增加流动宣传点。',
      ),
      row(EFF, '可持续影响指标', '禁毒工作长效机制', '逐步完善', '已完善', 15, 15),
      row('满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '93%', 10, 10),
    ],
    totalWeight: 100,
    totalScore: 96.5,
  };
}

function row(
  level1: string,
  level2: string,
  name: string,
  target: FixtureCell,
  actual: FixtureCell,
  weight: FixtureCell,
  score: FixtureCell,
  reason: FixtureCell = null,
): NationalRow {
  return { level1, level2, name, target, actual, weight, score, reason };
}

export type FundsAt = Record<keyof FundsCells, string>;
export type IndicatorAt = Record<'name' | 'target' | 'actual' | 'weight' | 'score' | 'reason', string>;

export interface NationalAt {
  title: string | null;
  fundsTotal: FundsAt;
  parts: FundsAt[];
  indicators: IndicatorAt[];
  totalWeight: string;
  totalScore: string;
}

/** Runs of consecutive equal keys as [first, last] index pairs. */
export function runsOf(keys: string[]): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (let i = 1; i <= keys.length; i++) {
    if (i === keys.length || keys[i] !== keys[start]) {
      out.push([start, i - 1]);
      start = i;
    }
  }
  return out;
}

const W = 9;

export function buildNational(
  data: NationalData,
  style: NationalStyle = NATIONAL_STYLE,
): BuiltForm<NationalAt> {
  const d = new VariantDraft(W);
  const top = 0;
  let title: string | null = null;
  if (style.title) {
    const r = d.addRow();
    const col = style.title.merged ? 0 : (style.title.col ?? 0);
    d.set(r, col, style.title.text);
    title = a1(r, col);
    if (style.title.unitInRow) d.set(r, W - 1, '单位：万元');
    if (style.title.merged) d.span(r, 0, style.title.unitInRow ? W - 2 : W - 1);
  }
  if (style.yearLine) d.span(d.addRow([style.yearLine]), 0, W - 1);
  if (style.unitRow) d.set(d.addRow(), W - 1, '单位：万元');
  const nameRow = d.addRow(['项目名称', data.projectName]);
  d.span(nameRow, 1, W - 1);
  const deptRow = d.addRow([
    '主管部门',
    '某区委政法委员会',
    null,
    null,
    null,
    '实施单位',
    '某区委政法委员会',
  ]);
  d.span(deptRow, 1, 4);
  d.span(deptRow, 6, 8);

  const fundsHeader = d.addRow([
    style.fundsLabel,
    null,
    '年初预算数',
    '全年预算数',
    '全年执行数',
    '分值',
    '执行率',
    '得分',
  ]);
  d.span(fundsHeader, 7, 8);
  const fundsRow = (label: string, c: FundsCells): FundsAt => {
    const r = d.addRow([null, label, c.initial, c.budget, c.actual, c.weight, c.rate, c.score]);
    d.span(r, 7, 8);
    return {
      initial: a1(r, 2),
      budget: a1(r, 3),
      actual: a1(r, 4),
      weight: a1(r, 5),
      rate: a1(r, 6),
      score: a1(r, 7),
    };
  };
  const fundsTotal = fundsRow('年度资金总额', data.total);
  const parts = data.parts.map((p) => fundsRow(p.label, p.cells));
  if (style.blockLabels === 'merged') d.merge(fundsHeader, 0, d.lastRow, 0);

  const goalHeader = d.addRow(['年度总体目标', '预期目标', null, null, null, '实际完成情况']);
  d.span(goalHeader, 1, 4);
  d.span(goalHeader, 5, 8);
  const goalText = d.addRow([
    null,
    '深入开展禁毒宣传教育，提高群众识毒防毒拒毒意识。',
    null,
    null,
    null,
    '全年开展宣传活动14场，群众禁毒意识明显提高。',
  ]);
  d.span(goalText, 1, 4);
  d.span(goalText, 5, 8);
  if (style.blockLabels === 'merged') d.merge(goalHeader, 0, goalText, 0);

  const header = d.addRow([
    style.indicatorLabelOnHeader ? style.indicatorLabel : null,
    '一级指标',
    '二级指标',
    style.nameHeader,
    '年度指标值',
    '实际完成值',
    '分值',
    '得分',
    style.reasonHeader,
  ]);
  if (style.blankRowAfterHeader) d.addRow();
  const first = d.lastRow + 1;
  const indicators: IndicatorAt[] = data.indicators.map((ind) => {
    const r = d.addRow([
      null,
      null,
      null,
      ind.name,
      ind.target,
      ind.actual,
      ind.weight,
      ind.score,
      ind.reason,
    ]);
    return {
      name: a1(r, 3),
      target: a1(r, 4),
      actual: a1(r, 5),
      weight: a1(r, 6),
      score: a1(r, 7),
      reason: a1(r, 8),
    };
  });
  const last = d.lastRow;
  for (const [s, e] of runsOf(data.indicators.map((i) => i.level1)))
    spanLabel(d, data.indicators[s].level1, 1, first + s, first + e, style.levels);
  for (const [s, e] of runsOf(data.indicators.map((i) => `${i.level1}/${i.level2}`)))
    spanLabel(d, data.indicators[s].level2, 2, first + s, first + e, style.levels);
  const blockTop = style.indicatorLabelOnHeader ? header : first;
  if (!style.indicatorLabelOnHeader) d.set(first, 0, style.indicatorLabel);
  if (style.blockLabels === 'merged') d.merge(blockTop, 0, last, 0);

  let totalRow = last;
  if (style.totalLabel !== 'none') {
    totalRow = d.addRow(['总分', null, null, null, null, null, data.totalWeight, data.totalScore]);
    if (style.totalLabel === 'AtoF') d.span(totalRow, 0, 5);
  }
  for (const extra of style.after) {
    const r = d.addRow(extra);
    if (extra.length === 1) d.span(r, 0, W - 1);
  }
  return new BuiltForm(
    d,
    { kind: 'project', layout: 'national', top, bottom: totalRow },
    { title, fundsTotal, parts, indicators, totalWeight: a1(totalRow, 6), totalScore: a1(totalRow, 7) },
  );
}

/** Recomputes the 总分 得分 of national data from its funds score and indicator scores (numbers only). */
export function nationalTotalScore(data: NationalData): number {
  const num = (c: FixtureCell): number => (typeof c === 'number' ? c : 0);
  return round2(num(data.total.score) + data.indicators.reduce((s, i) => s + num(i.score), 0));
}
