import type { FixtureCell } from '../fixtures/format';
import { BuiltForm } from './builtForm';
import { a1, shown, SpanStyle, spanLabel, VariantDraft } from './variantDraft';

/**
 * wuhan2020 project tables and department-wide (部门整体) tables of seed 001, as different people lay them out.
 * Seven columns A..G (or eight with 指标名称 over D:E): A block labels, B 一级 (weight in the label), C 二级
 * (weight in the label), D 指标名称, E 年初目标值, F 实际完成值, G 得分.
 */

export interface WuhanIndicator {
  name: FixtureCell;
  target: FixtureCell;
  actual: FixtureCell;
  score: FixtureCell;
}

/** A 二级 label with its weight over one or more indicator rows. */
export interface Level2Group {
  label: string;
  rows: WuhanIndicator[];
}

export interface Level1Group {
  label: string;
  groups: Level2Group[];
}

export interface FundsLine {
  budget: FixtureCell;
  actual: FixtureCell;
  rate: FixtureCell;
  score: FixtureCell;
}

export interface WuhanData {
  title: string;
  selfScore: FixtureCell;
  funds: FundsLine;
  goalScore: FixtureCell;
  level1: Level1Group[];
  reason: FixtureCell;
}

export interface ScoredTableStyle {
  title: 'merged' | 'plain' | 'none';
  /** `自评得分：` / `总分：` and the value in two cells, or in one cell. */
  totalInline: boolean;
  /** An empty cell between the total's label and its value. */
  totalGap?: boolean;
  /** The key of the total (`自评得分` for projects, `总分` for departments by default). */
  totalKey?: string;
  /** Eight columns, 指标名称 merged over two. */
  wide: boolean;
  halfWidth: boolean;
  fundsScoreHeader: string;
  /** The funds block label, when not `预算执行情况（万元）（20分）`. */
  fundsLabel?: string;
  /** The 一级 label over its rows. */
  level1: SpanStyle;
  /** A 二级 label over the rows of its group (groups of one row are unaffected). */
  level2: SpanStyle;
  /** A score written once for a multi-row 二级 group, merged over its rows. */
  groupScoreMerged: boolean;
  blockLabels: 'merged' | 'firstOnly';
  /** Which closing rows are printed. */
  closing: 'both' | 'reasonOnly' | 'none';
  after: FixtureCell[][];
  /** An empty row between each indicator header and its first indicator. */
  blankRowAfterHeader?: boolean;
  /** Headings of the target and actual columns, when not `年初目标值（A）` / `实际完成值（B）`. */
  valueHeaders?: [string, string];
  /** `单位：万元` in the last cell of the title row (the title merged over the others). */
  unitInTitle?: boolean;
}

export const WUHAN_STYLE: ScoredTableStyle = {
  title: 'merged',
  totalInline: false,
  wide: false,
  halfWidth: false,
  fundsScoreHeader: '得分（20分*执行率）',
  level1: 'merged',
  level2: 'merged',
  groupScoreMerged: false,
  blockLabels: 'merged',
  closing: 'both',
  after: [],
};

export function ind(
  name: string,
  target: FixtureCell,
  actual: FixtureCell,
  score: FixtureCell,
): WuhanIndicator {
  return { name, target, actual, score };
}

/** A clean wuhan2020 form: 20 + 18 + 30 + 28 = 96; 二级 groups of one to three rows. */
export function wuhanClean(): WuhanData {
  return {
    title: '2020年度城市管理支出项目自评表',
    selfScore: 96,
    funds: { budget: 150, actual: 150, rate: shown(1, '0.0%'), score: 20 },
    goalScore: 18,
    level1: [
      {
        label: '产出指标（30分）',
        groups: [
          {
            label: '数量指标（12分）',
            rows: [
              ind('道路清扫面积', '≥80万平方米', '82万平方米', 4),
              ind('垃圾清运量', '≥3000吨', '3100吨', 4),
              ind('宣传活动场次', '≥6场', '6场', 4),
            ],
          },
          { label: '质量指标（10分）', rows: [ind('清扫保洁达标率', '≥95%', '97%', 10)] },
          { label: '时效指标（4分）', rows: [ind('问题整改及时率', '100%', '100%', 4)] },
          { label: '成本指标（4分）', rows: [ind('不超过预算金额', '≤150万元', '150万元', 4)] },
        ],
      },
      {
        label: '效益指标（30分）',
        groups: [
          {
            label: '社会效益指标（14分）',
            rows: [
              ind('市容环境改善', '明显改善', '明显改善', 7),
              ind('群众投诉下降', '逐步下降', '下降', 7),
            ],
          },
          { label: '可持续影响指标（6分）', rows: [ind('长效管理机制', '建立', '已建立', 6)] },
          {
            label: '满意度指标（10分）',
            rows: [ind('居民满意度', '≥90%', '85%', 8)],
          },
        ],
      },
    ],
    reason: '居民满意度未达目标：背街小巷保洁频次不足，下年度增加保洁频次。',
  };
}

export interface WuhanAt {
  title: string | null;
  total: string;
  funds: Record<keyof FundsLine, string>;
  goalScore: string;
  level1: string[];
  /** 二级 label cells, in order over every 一级. */
  level2: string[];
  /** Indicator cells, in order. */
  indicators: Record<keyof WuhanIndicator, string>[];
  reason: string | null;
}

function labels(style: ScoredTableStyle) {
  const b = (s: string) => (style.halfWidth ? s.replace(/（/g, ' (').replace(/）/g, ')') : s);
  return {
    funds: b(style.fundsLabel ?? '预算执行情况（万元）（20分）'),
    fundsHeader: [b('预算数（A）'), b('执行数（B）'), b('执行率（B/A）'), b(style.fundsScoreHeader)],
    goal: b('项目绩效总目标（20分）'),
    indicators: b('项目年度绩效指标（60分）'),
    targetHeader: b(style.valueHeaders?.[0] ?? '年初目标值（A）'),
    actualHeader: b(style.valueHeaders?.[1] ?? '实际完成值（B）'),
  };
}

/** Lays out indicator groups from the next row; returns the addresses of labels and indicators. */
function indicatorRows(
  d: VariantDraft,
  level1: Level1Group[],
  style: ScoredTableStyle,
  at: Pick<WuhanAt, 'level1' | 'level2' | 'indicators'>,
): void {
  const nameSpan = style.wide ? 2 : 1;
  const target = 3 + nameSpan;
  for (const g1 of level1) {
    const top1 = d.lastRow + 1;
    for (const g2 of g1.groups) {
      const top2 = d.lastRow + 1;
      g2.rows.forEach((r, i) => {
        const row = d.addRow();
        d.set(row, 3, r.name);
        d.span(row, 3, target - 1);
        d.set(row, target, r.target);
        d.set(row, target + 1, r.actual);
        if (!style.groupScoreMerged || i === 0) d.set(row, target + 2, r.score);
        at.indicators.push({
          name: a1(row, 3),
          target: a1(row, target),
          actual: a1(row, target + 1),
          score: a1(row, target + 2),
        });
      });
      spanLabel(d, g2.label, 2, top2, d.lastRow, style.level2);
      if (style.groupScoreMerged) d.merge(top2, target + 2, d.lastRow, target + 2);
      at.level2.push(a1(top2, 2));
    }
    spanLabel(d, g1.label, 1, top1, d.lastRow, style.level1);
    at.level1.push(a1(top1, 1));
  }
}

function closingRows(d: VariantDraft, reason: FixtureCell, style: ScoredTableStyle): string | null {
  if (style.closing === 'none') return null;
  const last = d.width - 1;
  const r = d.addRow(['偏差大或目标未完成原因分析', null, reason]);
  d.span(r, 0, 1);
  d.span(r, 2, last);
  if (style.closing === 'both') {
    const m = d.addRow([
      '改进措施及结果应用方案',
      null,
      '加强日常监管，完善考核机制，考核结果与经费安排挂钩。',
    ]);
    d.span(m, 0, 1);
    d.span(m, 2, last);
  }
  return a1(r, 2);
}

function titleRow(d: VariantDraft, title: string, style: ScoredTableStyle): string | null {
  if (style.title === 'none') return null;
  const r = d.addRow([title]);
  if (style.unitInTitle) d.set(r, d.width - 1, '单位：万元');
  if (style.title === 'merged') d.span(r, 0, d.width - (style.unitInTitle ? 2 : 1));
  return a1(r, 0);
}

/** The `自评得分` / `总分` header line: label and value apart, or in one cell; returns the value's address. */
function totalLine(
  d: VariantDraft,
  key: string,
  value: FixtureCell,
  lead: FixtureCell[],
  style: ScoredTableStyle,
): string {
  const r = d.addRow(lead);
  const last = d.width - 1;
  if (style.totalInline) {
    d.set(r, last - 1, `${key}：${value === null ? '' : String(value)}`);
    d.span(r, last - 1, last);
    return a1(r, last - 1);
  }
  d.set(r, style.totalGap ? last - 2 : last - 1, `${key}：`);
  d.set(r, last, value);
  return a1(r, last);
}

export function buildWuhan(data: WuhanData, style: ScoredTableStyle = WUHAN_STYLE): BuiltForm<WuhanAt> {
  const w = style.wide ? 8 : 7;
  const last = w - 1;
  const L = labels(style);
  const d = new VariantDraft(w);
  const title = titleRow(d, data.title, style);
  const total = totalLine(
    d,
    style.totalKey ?? '自评得分',
    data.selfScore,
    ['单位名称：某区城市管理执法局', null, null, '填报日期：2021年2月25日'],
    style,
  );
  d.span(d.lastRow, 0, 2);
  const pn = d.addRow(['项目名称', null, '城市管理支出']);
  d.span(pn, 0, 1);
  d.span(pn, 2, last);
  const dept = d.addRow(['主管部门', null, '某区城市管理执法局', null, '项目实施单位', '环卫所']);
  d.span(dept, 0, 1);
  d.span(dept, 2, 3);
  d.span(dept, 5, last);

  const off = style.wide ? 1 : 0;
  const fh = d.addRow([L.funds]);
  L.fundsHeader.forEach((h, i) => d.set(fh, 2 + off + i, h));
  const fr = d.addRow([null, '年度财政资金总额']);
  const { budget, actual, rate, score } = data.funds;
  [budget, actual, rate, score].forEach((v, i) => d.set(fr, 2 + off + i, v));
  if (style.wide) d.span(fr, 1, 2);
  if (style.blockLabels === 'merged') d.merge(fh, 0, fr, 0);
  const col = (i: number) => a1(fr, 2 + off + i);

  const gh = d.addRow([L.goal, '年初设定目标', null, null, '全年实际完成情况', null, null]);
  d.set(gh, last, '得分');
  const gt = d.addRow([
    null,
    '提升城市环境卫生水平，巩固创建成果。',
    null,
    null,
    '城市环境卫生水平稳步提升。',
  ]);
  d.set(gt, last, data.goalScore);
  for (const r of [gh, gt]) {
    d.span(r, 1, 3);
    d.span(r, 4, last - 1);
  }
  if (style.blockLabels === 'merged') d.merge(gh, 0, gt, 0);

  const ih = d.addRow([L.indicators, '一级指标', '二级指标', '指标名称']);
  const t = style.wide ? 5 : 4;
  if (style.wide) d.span(ih, 3, 4);
  d.set(ih, t, L.targetHeader);
  d.set(ih, t + 1, L.actualHeader);
  d.set(ih, t + 2, '得分');
  if (style.blankRowAfterHeader) d.addRow();
  const at: WuhanAt = {
    title,
    total,
    funds: { budget: col(0), actual: col(1), rate: col(2), score: col(3) },
    goalScore: a1(gt, last),
    level1: [],
    level2: [],
    indicators: [],
    reason: null,
  };
  indicatorRows(d, data.level1, style, at);
  if (style.blockLabels === 'merged') d.merge(ih, 0, d.lastRow, 0);
  at.reason = closingRows(d, data.reason, style);
  const bottom = d.lastRow;
  for (const extra of style.after) d.addRow(extra);
  return new BuiltForm(d, { kind: 'project', layout: 'wuhan2020', top: 0, bottom }, at);
}

// ---------------------------------------------------------------------------------------------------------
// Department-wide tables

export interface DepartmentGoal {
  points: number;
  text: string;
  level1: Level1Group[];
}

export interface DepartmentData {
  title: string;
  total: FixtureCell;
  funds: FundsLine;
  goals: DepartmentGoal[];
  reason: FixtureCell;
}

export interface DepartmentAt extends WuhanAt {
  goals: string[];
}

/** A goal block worth `points`: one 产出 and one 效益 group, each holding two 二级 rows, every row full marks. */
export function departmentGoal(n: number, points: number): DepartmentGoal {
  const half = points / 2;
  const quarter = points / 4;
  const p = (x: number) => String(x);
  return {
    points,
    text: `年度目标${n}（${p(points)}分）：完成第${n}项重点工作任务。`,
    level1: [
      {
        label: `产出指标（${p(half)}分）`,
        groups: [
          { label: `数量指标（${p(quarter)}分）`, rows: [ind(`任务${n}完成数量`, '≥10个', '10个', quarter)] },
          {
            label: `质量指标（${p(quarter)}分）`,
            rows: [ind(`任务${n}验收合格率`, '100%', '100%', quarter)],
          },
        ],
      },
      {
        label: `效益指标（${p(half)}分）`,
        groups: [
          {
            label: `社会效益指标（${p(quarter)}分）`,
            rows: [ind(`任务${n}社会效益`, '逐步提升', '提升', quarter)],
          },
          {
            label: `满意度指标（${p(quarter)}分）`,
            rows: [ind(`任务${n}群众满意度`, '≥90%', '92%', quarter)],
          },
        ],
      },
    ],
  };
}

/** A clean department form with goals of the given points (they should add up to 80): 总分 = 20 + 80 = 100. */
export function departmentClean(goalPoints: number[] = [40, 24, 16]): DepartmentData {
  return {
    title: '2020年度某街道办事处整体绩效自评表',
    total: 100,
    funds: { budget: 2064.08, actual: 2064.08, rate: shown(1, '0.00%'), score: 20 },
    goals: goalPoints.map((p, i) => departmentGoal(i + 1, p)),
    reason: '各项目标均已完成。',
  };
}

export function buildDepartment(
  data: DepartmentData,
  style: ScoredTableStyle = WUHAN_STYLE,
): BuiltForm<DepartmentAt> {
  const w = 7;
  const last = w - 1;
  const L = labels(style);
  const d = new VariantDraft(w);
  const title = titleRow(d, data.title, style);
  const total = totalLine(d, style.totalKey ?? '总分', data.total, ['填报日期：2021年2月25日'], style);
  const unit = d.addRow(['单位名称', null, '某区某街道办事处']);
  d.span(unit, 0, 1);
  d.span(unit, 2, last);
  const totals = d.addRow(['基本支出总额', null, '520.3万元', null, '项目支出总额', '1543.78万元']);
  d.span(totals, 0, 1);
  d.span(totals, 2, 3);
  d.span(totals, 5, last);
  const fh = d.addRow([L.funds, null, ...L.fundsHeader]);
  const { budget, actual, rate, score } = data.funds;
  const fr = d.addRow([null, '部门整体支出总额', budget, actual, rate, score]);
  if (style.blockLabels === 'merged') d.merge(fh, 0, fr, 0);
  const at: DepartmentAt = {
    title,
    total,
    funds: { budget: a1(fr, 2), actual: a1(fr, 3), rate: a1(fr, 4), score: a1(fr, 5) },
    goalScore: '',
    level1: [],
    level2: [],
    indicators: [],
    reason: null,
    goals: [],
  };
  data.goals.forEach((goal, i) => {
    const g = d.addRow([goal.text]);
    d.span(g, 0, last);
    at.goals.push(a1(g, 0));
    const [targetHeader, actualHeader] = style.valueHeaders ?? ['年初目标值', '实际完成值'];
    const h = d.addRow([
      `年度绩效指标${i + 1}`,
      '一级指标',
      '二级指标',
      '指标名称',
      targetHeader,
      actualHeader,
      '得分',
    ]);
    if (style.blankRowAfterHeader) d.addRow();
    indicatorRows(d, goal.level1, style, at);
    if (style.blockLabels === 'merged') d.merge(h, 0, d.lastRow, 0);
  });
  at.reason = closingRows(d, data.reason, style);
  const bottom = d.lastRow;
  for (const extra of style.after) d.addRow(extra);
  return new BuiltForm(d, { kind: 'department', layout: 'department', top: 0, bottom }, at);
}
