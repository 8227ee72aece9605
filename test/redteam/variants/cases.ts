/**
 * The variant workbooks (DOMAIN §8). Each sheet holds one clean table or one table with one planted fault;
 * the expected regions and findings are written by hand in variants.test.ts.
 */
import { WorkbookDef } from './build';
import {
  Col,
  edit,
  FUNDS_NATIONAL,
  IND_NATIONAL,
  nationalForm,
  nationalFunds,
  relabel,
  Row,
  stdIndicators,
  Val,
} from './forms';

const pct = (p: number): Val => ({ pct: p });
const DASH = '—';

// --- national columns with synonyms ------------------------------------------------------------------------

const T1_FUNDS = relabel(FUNDS_NATIONAL, {
  budget: '全年预算数（A）',
  actual: '全年执行数（B）',
  rate: '执行率（B/A）',
});
const T1_IND = relabel(IND_NATIONAL, {
  target: '年初目标值',
  actual: '完成值',
  points: '权重',
  score: '自评得分',
  reason: '未完成原因分析',
});
const T2_FUNDS: Col[] = [
  { role: 'budget', label: '预算数' },
  { role: 'actual', label: '预算执行数' },
  { role: 'points', label: '权重' },
  { role: 'rate', label: '预算执行率' },
  { role: 'score', label: '自评得分' },
];
const T2_IND = relabel(IND_NATIONAL, {
  target: '预期指标值',
  actual: '全年实际值',
  score: '指标得分',
  reason: '偏差原因',
});
const T3_FUNDS = relabel(FUNDS_NATIONAL, { budget: '全年预算数（万元）', actual: '全年执行' });
const T3_IND = relabel(IND_NATIONAL, {
  l1: '一 级 指 标',
  target: '年度\n指标值',
  actual: '实际完成情况',
  reason: '偏差原因分析\n及改进措施',
});
const T4_FUNDS = relabel(FUNDS_NATIONAL, {
  budget: '全年预算数(A)',
  actual: '全年执行数(B)',
  rate: '执行率(B/A)',
});
const T4_IND = relabel(IND_NATIONAL, { target: '指标值', points: '指标权重', reason: '未完成原因分析' });

const synonyms = (funds: Col[], ind: Col[], total?: Row, subs?: [Row, Row, Row], score = 99) =>
  nationalForm({
    funds: { label: '项目资金（万元）', cols: funds, rows: nationalFunds(total, subs) },
    indCols: ind,
    total: { label: '总分', points: 100, score },
  });

export const SYNONYMS: WorkbookDef = {
  file: 'synonyms.xlsx',
  sheets: [
    { name: 'T1-clean', items: [{ at: 'A1', form: synonyms(T1_FUNDS, T1_IND) }] },
    {
      name: 'T1-rate',
      items: [
        {
          at: 'A1',
          form: synonyms(T1_FUNDS, T1_IND, {
            init: 100,
            budget: 100,
            actual: 95,
            points: 10,
            rate: pct(0.9),
            score: 9.5,
          }),
        },
      ],
    },
    { name: 'T2-clean', items: [{ at: 'A1', form: synonyms(T2_FUNDS, T2_IND) }] },
    {
      name: 'T2-fundscore',
      items: [
        {
          at: 'A1',
          form: synonyms(
            T2_FUNDS,
            T2_IND,
            { budget: 100, actual: 95, points: 10, rate: pct(0.95), score: 10 },
            undefined,
            99.5,
          ),
        },
      ],
    },
    { name: 'T3-clean', items: [{ at: 'A1', form: synonyms(T3_FUNDS, T3_IND) }] },
    {
      name: 'T3-overbudget',
      items: [
        {
          at: 'A1',
          form: synonyms(
            T3_FUNDS,
            T3_IND,
            { init: 100, budget: 100, actual: 105, points: 10, rate: pct(1.05), score: 10 },
            [
              { init: 80, budget: 80, actual: 84 },
              { init: 20, budget: 20, actual: 21 },
              { init: 0, budget: 0, actual: 0 },
            ],
            99.5,
          ),
        },
      ],
    },
    { name: 'T4-clean', items: [{ at: 'A1', form: synonyms(T4_FUNDS, T4_IND) }] },
    {
      name: 'T4-fundsum',
      items: [
        {
          at: 'A1',
          form: synonyms(T4_FUNDS, T4_IND, undefined, [
            { init: 80, budget: 80, actual: 76 },
            { init: 20, budget: 20, actual: 18 },
            { init: 0, budget: 0, actual: 0 },
          ]),
        },
      ],
    },
  ],
};

// --- column order and extra columns ------------------------------------------------------------------------

const ORDER_IND: Col[] = [
  { role: 'l1', label: '一级指标' },
  { role: 'l2', label: '二级指标' },
  { role: 'name', label: '三级指标' },
  { role: 'explain', label: '指标解释' },
  { role: 'points', label: '分值' },
  { role: 'target', label: '年度指标值' },
  { role: 'actual', label: '实际完成值' },
  { role: 'rule', label: '评分标准' },
  { role: 'score', label: '得分' },
  { role: 'reason', label: '偏差原因分析及改进措施' },
];
const withExtras = (rows: Row[]): Row[] =>
  rows.map((r) => ({
    ...r,
    explain: `反映${String(r.name)}情况`,
    rule: '完成目标得满分，未完成按完成比例计分',
  }));

export const ORDER: WorkbookDef = {
  file: 'order.xlsx',
  sheets: [
    {
      name: 'order-clean',
      items: [{ at: 'A1', form: nationalForm({ indCols: ORDER_IND, indRows: withExtras(stdIndicators()) }) }],
    },
    {
      name: 'order-scorerule',
      items: [
        {
          at: 'A1',
          form: nationalForm({
            indCols: ORDER_IND,
            indRows: withExtras(
              edit(stdIndicators(), 0, {
                actual: '450人次',
                score: 19.5,
                reason: '部分培训班次因场地原因延期至次年。',
              }),
            ),
            total: { label: '总分', points: 100, score: 98.5 },
          }),
        },
      ],
    },
  ],
};

// --- two-row header: 年度指标值 over 指标性质 | 指标值 | 度量单位 ------------------------------------------------

const TWO_ROW_IND: Col[] = [
  { role: 'l1', label: '一级指标' },
  { role: 'l2', label: '二级指标' },
  { role: 'name', label: '三级指标' },
  {
    role: 'target',
    label: '年度指标值',
    sub: [
      { role: 'op', label: '指标性质' },
      { role: 'tval', label: '指标值' },
      { role: 'unit', label: '度量单位' },
    ],
  },
  { role: 'actual', label: '完成值' },
  { role: 'points', label: '权重' },
  { role: 'score', label: '得分' },
  { role: 'reason', label: '偏差原因分析及改进措施' },
];
const twoRowRows = (): Row[] => [
  { l1: '产出指标', l2: '数量指标', name: '培训人次', op: '≥', tval: 500, unit: '人次', actual: '520人次' },
  {
    l1: '产出指标',
    l2: '质量指标',
    name: '培训合格率',
    op: '≥',
    tval: 95,
    unit: '%',
    actual: '93%',
    reason: '部分学员未按期参加考核，下年度加强过程管理。',
  },
  { l1: '产出指标', l2: '时效指标', name: '培训完成时间', op: '定性', tval: '按期完成', actual: '按期完成' },
  { l1: '产出指标', l2: '成本指标', name: '人均培训成本', op: '≤', tval: 500, unit: '元', actual: '480元' },
  {
    l1: '效益指标',
    l2: '社会效益指标',
    name: '参训人员技能水平',
    op: '定性',
    tval: '逐步提高',
    actual: '明显提高',
  },
  { l1: '效益指标', l2: '可持续影响指标', name: '培训长效机制', op: '定性', tval: '健全', actual: '健全' },
  {
    l1: '满意度指标',
    l2: '服务对象满意度指标',
    name: '参训人员满意度',
    op: '≥',
    tval: 90,
    unit: '%',
    actual: '92%',
  },
];
const withScores = (rows: Row[]): Row[] => {
  const std = stdIndicators();
  return rows.map((r, i) => ({ points: std[i].points, score: std[i].score, ...r }));
};

export const TWO_ROW: WorkbookDef = {
  file: 'tworow.xlsx',
  sheets: [
    {
      name: 'tworow-clean',
      items: [{ at: 'A1', form: nationalForm({ indCols: TWO_ROW_IND, indRows: withScores(twoRowRows()) }) }],
    },
    {
      name: 'tworow-unmet',
      items: [
        {
          at: 'A1',
          form: nationalForm({
            indCols: TWO_ROW_IND,
            indRows: withScores(
              edit(twoRowRows(), 6, { actual: '85%', reason: '部分学员对课程时间安排不满意，下年度调整。' }),
            ),
          }),
        },
      ],
    },
  ],
};

// --- the county family: 年初预算数 | 调整后预算数 | 执行数, 合计, closing rows, signatures -------------------------

const COUNTY_FUNDS = relabel(FUNDS_NATIONAL, { budget: '调整后预算数', actual: '执行数' });
const countyForm = (rate: number, total: number) =>
  nationalForm({
    title: 'XX县2023年度部门预算项目支出绩效自评表',
    subtitle: '单位：万元',
    funds: {
      label: '项目资金',
      cols: COUNTY_FUNDS,
      rows: [
        {
          label: '年度资金总额',
          v: { init: 100, budget: 120, actual: 108, points: 10, rate: pct(rate), score: 9 },
        },
        {
          label: '其中：财政资金',
          v: { init: 80, budget: 100, actual: 90, points: DASH, rate: DASH, score: DASH },
        },
        { label: '财政专户管理资金', v: { init: DASH, budget: DASH, actual: DASH } },
        { label: '单位资金', v: { init: 20, budget: 20, actual: 18, points: DASH, rate: DASH, score: DASH } },
        { label: '其他资金', v: { init: DASH, budget: DASH, actual: DASH } },
      ],
    },
    total: { label: '合计', points: 100, score: total },
    closing: [
      ['评价结论', '项目总体完成年度绩效目标，自评等级为优。'],
      ['存在问题', '个别培训班次考核组织不及时。'],
      ['改进措施', '加强培训过程管理，按期组织考核。'],
    ],
    after: ['项目负责人：张三      财务负责人：李四      填表人：王五      联系电话：0000-1234567'],
  });

export const COUNTY: WorkbookDef = {
  file: 'county.xlsx',
  sheets: [
    { name: 'county-clean', items: [{ at: 'A1', form: countyForm(0.9, 98.5) }] },
    { name: 'county-rate', items: [{ at: 'A1', form: countyForm(1.08, 98.5) }] },
    { name: 'county-total', items: [{ at: 'A1', form: countyForm(0.9, 99.5) }] },
  ],
};

// --- weights in 一级 labels on a national form -------------------------------------------------------------

export const LABELS: WorkbookDef = {
  file: 'labels.xlsx',
  sheets: [
    {
      name: 'labels-clean',
      items: [
        {
          at: 'A1',
          form: nationalForm({
            indRows: stdIndicators({ l1: ['产出指标(50分)', '效益指标（30分）', '满意度指标(10分)'] }),
          }),
        },
      ],
    },
    {
      name: 'labels-weight',
      items: [
        {
          at: 'A1',
          form: nationalForm({
            indRows: stdIndicators({ l1: ['产出指标(40分)', '效益指标（30分）', '满意度指标(10分)'] }),
          }),
        },
      ],
    },
  ],
};

// --- titles ----------------------------------------------------------------------------------------------

const NO_TITLE = { title: undefined, subtitle: undefined };
const BARE_ROWS = edit(stdIndicators(), 0, { points: 30, score: 30 });

export const TITLES: WorkbookDef = {
  file: 'titles.xlsx',
  sheets: [
    {
      name: 'title-2020',
      items: [
        { at: 'A1', form: nationalForm({ title: '2020年度项目支出绩效自评表', subtitle: '（2020年度）' }) },
      ],
    },
    {
      name: 'title-goal-weight',
      items: [
        {
          at: 'A1',
          form: nationalForm({
            title: '绩效目标自评表',
            indRows: edit(stdIndicators(), 0, { points: 19, score: 19 }),
            total: { label: '总分', points: 100, score: 98 },
          }),
        },
      ],
    },
    { name: 'notitle-clean', items: [{ at: 'A1', form: nationalForm(NO_TITLE) }] },
    {
      name: 'notitle-reason',
      items: [
        {
          at: 'A1',
          form: nationalForm({ ...NO_TITLE, indRows: edit(stdIndicators(), 1, { reason: null }) }),
        },
      ],
    },
    {
      name: 'bare-indicators',
      items: [
        {
          at: 'A1',
          form: nationalForm({
            ...NO_TITLE,
            nameRow: undefined,
            ownerRow: false,
            funds: undefined,
            goal: false,
            indLabel: null,
            indRows: BARE_ROWS,
            total: { label: '总分', points: 100, score: 99.5 },
          }),
        },
      ],
    },
  ],
};

// --- department-wide forms with national columns ---------------------------------------------------------------

const deptForm = (title: string, projectActual: number, ind = IND_NATIONAL) =>
  nationalForm({
    title,
    nameRow: ['部门（单位）名称', 'XX县人力资源和社会保障局'],
    ownerRow: false,
    funds: {
      label: '部门资金（万元）',
      cols: FUNDS_NATIONAL,
      rows: [
        {
          label: '年度资金总额',
          v: { init: 500, budget: 500, actual: 475, points: 10, rate: pct(0.95), score: 9.5 },
        },
        {
          label: '其中：基本支出',
          v: { init: 300, budget: 300, actual: 290, points: DASH, rate: DASH, score: DASH },
        },
        {
          label: '项目支出',
          v: { init: 200, budget: 200, actual: projectActual, points: DASH, rate: DASH, score: DASH },
        },
      ],
    },
    indCols: ind,
  });

export const DEPARTMENT: WorkbookDef = {
  file: 'department.xlsx',
  sheets: [
    { name: 'dept-clean', items: [{ at: 'A1', form: deptForm('部门整体支出绩效自评表', 185) }] },
    {
      name: 'dept-fundsum',
      items: [
        {
          at: 'A1',
          form: deptForm(
            '部门（单位）整体支出绩效自评表',
            180,
            relabel(IND_NATIONAL, {
              target: '年度目标值',
              actual: '全年完成值',
              score: '自评分',
              reason: '未完成原因及拟采取的改进措施',
            }),
          ),
        },
      ],
    },
  ],
};

// --- template leftovers --------------------------------------------------------------------------------------

function withPlaceholders(rows: Row[]): Row[] {
  return rows.flatMap((r, i) => {
    const g = { l1: r.l1, l2: r.l2 };
    const first = i === 0 ? { ...r, name: `指标1：${String(r.name)}` } : r;
    const second =
      r.l2 === '可持续影响指标'
        ? { ...g, name: '/', target: '/', actual: '/', points: '/', score: '/', reason: '/' }
        : { ...g, name: '指标2：' };
    return [first, second, { ...g, name: '……' }];
  });
}

export const LEFTOVERS: WorkbookDef = {
  file: 'leftovers.xlsx',
  sheets: [
    {
      name: 'left-clean',
      items: [{ at: 'A1', form: nationalForm({ indRows: withPlaceholders(stdIndicators()) }) }],
    },
    {
      name: 'left-filled',
      items: [
        {
          at: 'A1',
          form: nationalForm({
            indRows: edit(withPlaceholders(edit(stdIndicators(), 0, { points: 15, score: 15 })), 1, {
              points: 5,
              score: 5,
            }),
          }),
        },
      ],
    },
  ],
};

// --- no funds block; no score columns ----------------------------------------------------------------------

const noFunds = (rows: Row[], score: number) =>
  nationalForm({
    funds: undefined,
    goal: false,
    indRows: rows,
    total: { label: '总分', points: 100, score },
  });
const NO_SCORE_IND = IND_NATIONAL.filter((c) => c.role !== 'points' && c.role !== 'score');
const noScore = (rows: Row[]) =>
  nationalForm({
    title: '2023年度项目绩效目标完成情况自评表',
    subtitle: undefined,
    ownerRow: false,
    funds: undefined,
    goal: false,
    indLabel: null,
    indCols: NO_SCORE_IND,
    indRows: rows,
    total: undefined,
  });

export const NO_FUNDS: WorkbookDef = {
  file: 'nofunds.xlsx',
  sheets: [
    { name: 'nofunds-clean', items: [{ at: 'A1', form: noFunds(BARE_ROWS, 99.5) }] },
    {
      name: 'nofunds-overmax',
      items: [{ at: 'A1', form: noFunds(edit(BARE_ROWS, 5, { score: 12 }), 101.5) }],
    },
    { name: 'noscore-clean', items: [{ at: 'A1', form: noScore(stdIndicators()) }] },
    {
      name: 'noscore-reason',
      items: [{ at: 'A1', form: noScore(edit(stdIndicators(), 1, { reason: null })) }],
    },
  ],
};

// --- decoys -------------------------------------------------------------------------------------------------

const budgetSummary = (projectRate: number): Val[][] => [
  ['2023年度部门预算执行情况表'],
  ['单位：万元'],
  ['项目', '预算数', '执行数', '执行率'],
  ['基本支出', 300, 290, pct(0.9667)],
  ['项目支出', 200, 180, pct(projectRate)],
  ['合计', 500, 480, pct(0.96)],
];

export const DECOYS: WorkbookDef = {
  file: 'decoys.xlsx',
  sheets: [
    // 项目支出 shows 95% where 180/200 = 90%: not a region, so no finding either
    { name: 'budget-summary', items: [{ at: 'A1', rows: budgetSummary(0.95) }] },
    {
      name: 'indicator-list',
      items: [
        {
          at: 'A1',
          rows: [
            ['项目绩效指标体系'],
            ['一级指标', '二级指标', '三级指标', '指标解释', '数据来源'],
            ['产出指标', '数量指标', '培训人次', '反映培训覆盖人次', '培训台账'],
            ['产出指标', '质量指标', '培训合格率', '反映培训质量', '考核记录'],
            ['效益指标', '社会效益指标', '参训人员技能水平', '反映培训效果', '问卷调查'],
            ['满意度指标', '服务对象满意度指标', '参训人员满意度', '反映满意程度', '问卷调查'],
          ],
        },
      ],
    },
    {
      name: 'summary-then-form',
      items: [
        { at: 'A1', rows: budgetSummary(0.9) },
        { at: 'A9', form: nationalForm() },
      ],
    },
  ],
};

// --- layouts on the sheet: stacked, shifted, side by side -----------------------------------------------------

const named = (name: string, over: Parameters<typeof nationalForm>[0] = {}) =>
  nationalForm({ nameRow: ['项目名称', name], ...over });

export const LAYOUT: WorkbookDef = {
  file: 'layout.xlsx',
  sheets: [
    {
      name: 'stacked',
      items: [
        { at: 'A1', form: named('职业技能培训补助') },
        { at: 'A21', rows: [['注：1.执行率=全年执行数/全年预算数；2.得分保留两位小数。']] },
        {
          at: 'A23',
          form: named('就业见习补贴', {
            funds: {
              label: '项目资金（万元）',
              cols: FUNDS_NATIONAL,
              rows: nationalFunds({
                init: 100,
                budget: 100,
                actual: 95,
                points: 10,
                rate: pct(0.95),
                score: 10,
              }),
            },
            total: { label: '总分', points: 100, score: 99.5 },
          }),
        },
        { at: 'A43', rows: [['注：各项指标完成情况以年末统计数据为准。']] },
        {
          at: 'A45',
          form: named('创业担保贷款贴息', { indRows: edit(stdIndicators(), 1, { reason: null }) }),
        },
      ],
    },
    { name: 'shifted-clean', items: [{ at: 'D5', form: nationalForm() }] },
    {
      name: 'shifted-rate',
      items: [
        {
          at: 'D5',
          form: nationalForm({
            funds: {
              label: '项目资金（万元）',
              cols: FUNDS_NATIONAL,
              rows: nationalFunds({
                init: 100,
                budget: 100,
                actual: 95,
                points: 10,
                rate: pct(0.9),
                score: 9.5,
              }),
            },
          }),
        },
      ],
    },
    {
      name: 'side-by-side',
      items: [
        { at: 'A1', form: named('职业技能培训补助') },
        { at: 'K1', form: named('就业见习补贴', { total: { label: '总分', points: 100, score: 98 } }) },
      ],
    },
  ],
};

export const WORKBOOKS: WorkbookDef[] = [
  SYNONYMS,
  ORDER,
  TWO_ROW,
  COUNTY,
  LABELS,
  TITLES,
  DEPARTMENT,
  LEFTOVERS,
  NO_FUNDS,
  DECOYS,
  LAYOUT,
];
