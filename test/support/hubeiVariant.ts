import type { FixtureCell } from '../fixtures/format';
import { BuiltForm } from './builtForm';
import { runsOf } from './nationalVariant';
import { a1, shown, SpanStyle, spanLabel, VariantDraft } from './variantDraft';

/**
 * hubei2019 project tables (seed 000 style) as different people lay them out. Columns A..H:
 * A block labels; funds B:C row label, D 全年预算数（A）, E 全年执行数（B）, F:G 预算执行率, H 自评分 (merged down);
 * goal B:D 年初设定目标, E:G 全年实际完成情况, H 自评分; indicators B 一级, C 二级, D 指标内容, E 年度目标值,
 * F 全年完成值, G 未完成原因和改进措施, H one 自评分 for the block.
 */

export interface HubeiFunds {
  budget: FixtureCell;
  actual: FixtureCell;
  rate: FixtureCell;
}

export interface HubeiRow {
  level1: string;
  level2: string;
  name: FixtureCell;
  target: FixtureCell;
  actual: FixtureCell;
  reason: FixtureCell;
}

export interface HubeiData {
  grade: FixtureCell;
  total: FixtureCell;
  total_fundsScore: FixtureCell;
  funds: HubeiFunds;
  /** 其中：中央补助, 省补助, 市补助, 国债资金, 区级预算资金, 其他资金 in that order. */
  parts: HubeiFunds[];
  goalScore: FixtureCell;
  indicators: HubeiRow[];
  indicatorScore: FixtureCell;
}

export interface HubeiStyle {
  attachmentLine: boolean;
  title: { text: string; merged: boolean } | null;
  yearLine: string | null;
  /** `自评时间 / 自评等次 / 自评得分` as separate label and value cells, or all in one shared cell. */
  header: 'separate' | 'shared' | 'pairs';
  blockLabels: 'merged' | 'firstOnly';
  levels: SpanStyle;
  /** The funds 自评分 merged down the funds rows, or in the total row only. */
  fundsScoreMerged: boolean;
  /** The indicator block's 自评分 merged over every indicator row, or on the first row only. */
  indicatorScoreMerged: boolean;
  noteRow: boolean;
  blankRowAfterHeader?: boolean;
  /** Funds headings without the `（A）（B）` marks and with the rate heading `执行率`. */
  plainFundsHeaders?: boolean;
}

export const HUBEI_STYLE: HubeiStyle = {
  attachmentLine: true,
  title: { text: '项目支出绩效自评表', merged: true },
  yearLine: '（2019年度）',
  header: 'separate',
  blockLabels: 'merged',
  levels: 'merged',
  fundsScoreMerged: true,
  indicatorScoreMerged: true,
  noteRow: true,
};

export const HUBEI_PART_LABELS = [
  '其中：中央补助',
  '省补助',
  '市补助',
  '国债资金',
  '区级预算资金',
  '其他资金',
];

const none: HubeiFunds = { budget: null, actual: null, rate: null };

/** A clean hubei2019 form: 117.6 / 120 = 98 %, 19.6 + 18 + 56 = 93.6, 优. */
export function hubeiClean(): HubeiData {
  const OUT = '产出指标';
  return {
    grade: '优',
    total: 93.6,
    total_fundsScore: 19.6,
    funds: { budget: 120, actual: 117.6, rate: shown(0.98, '0.0%') },
    parts: [none, none, none, none, { budget: 120, actual: 117.6, rate: shown(0.98, '0.0%') }, none],
    goalScore: 18,
    indicators: [
      hrow(OUT, '数量指标', '业务培训场次', '4次', '4次'),
      hrow(OUT, '数量指标', '参训人数', '200人', '215人'),
      hrow(OUT, '质量指标', '培训合格率', '95%', '98%'),
      hrow(OUT, '时效指标', '完成时间', '12月31日前', '12月10日'),
      hrow('效益指标', '社会效益指标', '群众知晓率', '90%', '92%'),
      hrow('满意度指标', '服务对象满意度指标', '参训人员满意度', '90%', '95%'),
    ],
    indicatorScore: 56,
  };
}

export function hrow(
  level1: string,
  level2: string,
  name: FixtureCell,
  target: FixtureCell,
  actual: FixtureCell,
  reason: FixtureCell = null,
): HubeiRow {
  return { level1, level2, name, target, actual, reason };
}

export interface HubeiAt {
  grade: string;
  total: string;
  fundsTotal: { budget: string; actual: string; rate: string; score: string };
  parts: { budget: string; actual: string; rate: string }[];
  goalScore: string;
  indicators: { target: string; actual: string; reason: string }[];
  indicatorScore: string;
}

const W = 8;

export function buildHubei(data: HubeiData, style: HubeiStyle = HUBEI_STYLE): BuiltForm<HubeiAt> {
  const d = new VariantDraft(W);
  if (style.attachmentLine) d.addRow(['附件1']);
  let top = d.lastRow + 1;
  if (style.title) {
    const r = d.addRow([style.title.text]);
    if (style.title.merged) d.span(r, 0, W - 1);
  }
  if (style.yearLine) d.span(d.addRow([style.yearLine]), 0, W - 1);
  const h = d.addRow();
  let grade: string;
  let total: string;
  const text = (v: FixtureCell) => (v === null ? '' : String(v));
  if (style.header === 'shared') {
    d.set(h, 0, `自评时间：2020年5月 自评等次： ${text(data.grade)} 自评得分： ${text(data.total)}`);
    d.span(h, 0, W - 1);
    grade = a1(h, 0);
    total = a1(h, 0);
  } else if (style.header === 'pairs') {
    d.set(h, 0, '自评时间：2020年5月');
    d.set(h, 3, `自评等次：${text(data.grade)}`);
    d.set(h, 5, `自评得分：${text(data.total)}`);
    d.span(h, 0, 2);
    d.span(h, 3, 4);
    d.span(h, 5, 7);
    grade = a1(h, 3);
    total = a1(h, 5);
  } else {
    d.set(h, 0, '自评时间：2020年5月');
    d.set(h, 3, '自评等次：');
    d.set(h, 4, data.grade);
    d.set(h, 5, '自评得分：');
    d.set(h, 6, data.total);
    d.span(h, 0, 2);
    d.span(h, 6, 7);
    grade = a1(h, 4);
    total = a1(h, 6);
  }
  if (!style.title && !style.yearLine) top = h;
  d.span(d.addRow(['项目名称', '综治业务培训经费']), 1, W - 1);
  d.span(d.addRow(['合并明细项目', '综治业务培训、综治宣传']), 1, W - 1);
  const dept = d.addRow(['主管部门', '某区委政法委员会', null, null, '实施单位', '某区委政法委员会']);
  d.span(dept, 1, 3);
  d.span(dept, 5, 7);

  const fundsHeadings = style.plainFundsHeaders
    ? ['全年预算数', '全年执行数', '执行率']
    : ['全年预算数（A）', '全年执行数（B）', '预算执行率（B/A)'];
  const fh = d.addRow(['项目资金\n（20分）', null, null, ...fundsHeadings, null, '自评分']);
  d.span(fh, 1, 2);
  d.span(fh, 5, 6);
  const fundsRow = (label: string, f: HubeiFunds, score: FixtureCell) => {
    const r = d.addRow([null, label, null, f.budget, f.actual, f.rate, null, score]);
    d.span(r, 1, 2);
    d.span(r, 5, 6);
    return r;
  };
  const tr = fundsRow('年度资金总额：', data.funds, data.total_fundsScore);
  const partRows = data.parts.map((p, i) => fundsRow(HUBEI_PART_LABELS[i], p, null));
  const fundsLast = d.lastRow;
  if (style.fundsScoreMerged) d.merge(tr, 7, fundsLast, 7);
  if (style.blockLabels === 'merged') d.merge(fh, 0, fundsLast, 0);

  const gh = d.addRow([
    '项目绩效总目标（20分）',
    '年初设定目标',
    null,
    null,
    '全年实际完成情况',
    null,
    null,
    '自评分',
  ]);
  d.span(gh, 1, 3);
  d.span(gh, 4, 6);
  const gt = d.addRow([
    null,
    '组织综治业务培训，提高基层综治干部业务能力。',
    null,
    null,
    '全年组织培训4场，参训215人。',
    null,
    null,
    data.goalScore,
  ]);
  d.span(gt, 1, 3);
  d.span(gt, 4, 6);
  if (style.blockLabels === 'merged') d.merge(gh, 0, gt, 0);

  const ih = d.addRow([
    '绩效指标（60分）',
    '一级\n指标',
    '二级指标',
    '指标内容',
    '年度目标值',
    '全年完成\n值',
    '未完成原因和改进措施',
    '自评分',
  ]);
  if (style.blankRowAfterHeader) d.addRow();
  const first = d.lastRow + 1;
  const indicators = data.indicators.map((ind, i) => {
    const r = d.addRow([
      null,
      null,
      null,
      ind.name,
      ind.target,
      ind.actual,
      ind.reason,
      i === 0 ? data.indicatorScore : null,
    ]);
    return { target: a1(r, 4), actual: a1(r, 5), reason: a1(r, 6) };
  });
  const last = d.lastRow;
  for (const [s, e] of runsOf(data.indicators.map((i) => i.level1)))
    spanLabel(d, data.indicators[s].level1, 1, first + s, first + e, style.levels);
  for (const [s, e] of runsOf(data.indicators.map((i) => `${i.level1}/${i.level2}`)))
    spanLabel(d, data.indicators[s].level2, 2, first + s, first + e, style.levels);
  if (style.indicatorScoreMerged) d.merge(first, 7, last, 7);
  if (style.blockLabels === 'merged') d.merge(ih, 0, last, 0);
  let bottom = last;
  if (style.noteRow) {
    bottom = d.addRow([
      '说明',
      '请在此处简要说明中央巡视、各级审计和财政监督中发现的问题及其所涉及的金额，如没有请填无。',
    ]);
    d.span(bottom, 1, W - 1);
  }
  return new BuiltForm(
    d,
    { kind: 'project', layout: 'hubei2019', top, bottom },
    {
      grade,
      total,
      fundsTotal: { budget: a1(tr, 3), actual: a1(tr, 4), rate: a1(tr, 5), score: a1(tr, 7) },
      parts: partRows.map((r) => ({ budget: a1(r, 3), actual: a1(r, 4), rate: a1(r, 5) })),
      goalScore: a1(gt, 7),
      indicators,
      indicatorScore: a1(first, 7),
    },
  );
}
