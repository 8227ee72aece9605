import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main';
import {
  departmentForm,
  DepartmentInput,
  hubeiForm,
  HubeiInput,
  targetForm,
  TargetInput,
  wuhanForm,
  WuhanInput,
} from './localForms';
import { nationalForm, nationalIndicators, NationalInput } from './projectForms';
import { FormDraft, PlacedForm, place, retotal, setCell } from './sheetWriter';

/** One table on a sheet: the draft (with its planted fault), where it starts, and what DOMAIN says to report. */
interface TableCase {
  draft: FormDraft;
  top?: number;
  left?: number;
  /** [rule, cell name in the draft] pairs. */
  expect: [string, string][];
}

interface WorkbookCase {
  name: string;
  sheets: Record<string, TableCase[]>;
  /** Non-form contents written before the tables, as [A1 address, value]. */
  extras?: Record<string, [string, string | number][]>;
}

const national = (over: Partial<NationalInput> = {}) =>
  nationalForm({
    name: '社区矫正工作经费',
    funds: [
      [100, 100, 100],
      [0, 0, 0],
      [0, 0, 0],
    ],
    indicators: nationalIndicators(),
    ...over,
  });

const hubeiBase: HubeiInput = {
  name: '机关综合工作经费',
  funds: [null, null, null, null, [79.13, 78.2], null],
  goalScore: 18,
  blockScore: 56,
  indicators: [
    { l1: '产出指标', l2: '数量指标', name: '文明创建活动次数', target: '1次', actual: '1次' },
    { l1: '产出指标', l2: '数量指标', name: '党建教育活动次数', target: '12次', actual: '12次' },
    { l1: '产出指标', l2: '质量指标', name: '司法救助执行率', target: '100%', actual: '100%' },
    { l1: '产出指标', l2: '成本指标', name: '办公设备购置成本控制率', target: '90%', actual: '100%' },
    { l1: '效益指标', l2: '社会效益指标', name: '相关单位协调满意度', target: '100%', actual: '100%' },
    { l1: '满意度指标', l2: '服务对象满意度指标', name: '群众满意度', target: '≥90%', actual: '95%' },
  ],
};
const hubei = (over: Partial<HubeiInput> = {}) => hubeiForm({ ...hubeiBase, ...over });

const wuhanBase: WuhanInput = {
  name: '教育支出',
  budget: 23.55,
  exec: 23.55,
  goalScore: 20,
  level1Points: { 产出指标: 30, 效益指标: 24, 满意度指标: 6 },
  level2Points: {
    质量指标: 10,
    时效指标: 10,
    成本指标: 10,
    社会效益指标: 12,
    可持续影响指标: 12,
    服务对象满意度指标: 6,
  },
  indicators: [
    { l1: '产出指标', l2: '质量指标', name: '项目完成率', target: '100%', actual: '100%', score: 10 },
    { l1: '产出指标', l2: '时效指标', name: '项目实施及时率', target: '100%', actual: '100%', score: 10 },
    {
      l1: '产出指标',
      l2: '成本指标',
      name: '不超过预算金额',
      target: '23.55万元',
      actual: '23.55万元',
      score: 10,
    },
    {
      l1: '效益指标',
      l2: '社会效益指标',
      name: '居民综合素质',
      target: '逐步提升',
      actual: '逐步提升',
      score: 12,
    },
    {
      l1: '效益指标',
      l2: '可持续影响指标',
      name: '长效机制',
      target: '逐步提升',
      actual: '逐步提升',
      score: 12,
    },
    {
      l1: '满意度指标',
      l2: '服务对象满意度指标',
      name: '社会群众满意度',
      target: '≥80%',
      actual: '92%',
      score: 6,
    },
  ],
  deviationReason: '',
};
const wuhan = (over: Partial<WuhanInput> = {}) => wuhanForm({ ...wuhanBase, ...over });

const departmentBase: DepartmentInput = {
  unit: '洪山街道办事处',
  budget: 20640.8,
  exec: 20511.36,
  deviationReason: '',
  goals: [
    {
      points: 40,
      text: '开展信访维稳工作、做好统计工作、购买设备保障机关运行。',
      level1Points: { 产出指标: 20, 效益指标: 20 },
      indicators: [
        {
          l1: '产出指标',
          l2: '数量指标1',
          l2Points: 10,
          name: '企业一套表培训次数',
          target: '1次',
          actual: '1次',
          score: 10,
        },
        {
          l1: '产出指标',
          l2: '质量指标1',
          l2Points: 10,
          name: '统计工作培训达标率',
          target: '95%',
          actual: '95%',
          score: 10,
        },
        {
          l1: '效益指标',
          l2: '社会效益指标1',
          l2Points: 10,
          name: '社会效益',
          target: '逐步解决',
          actual: '逐步解决',
          score: 10,
        },
        {
          l1: '效益指标',
          l2: '可持续影响指标1',
          l2Points: 10,
          name: '可持续影响',
          target: '逐步提升',
          actual: '逐步提升',
          score: 10,
        },
      ],
    },
    {
      points: 40,
      text: '做好辖区安全生产和民兵训练工作。',
      level1Points: { 产出指标: 30, 满意度指标: 10 },
      indicators: [
        {
          l1: '产出指标',
          l2: '数量指标1',
          l2Points: 10,
          name: '民兵训练人数',
          target: '15人',
          actual: '15人',
          score: 10,
        },
        {
          l1: '产出指标',
          l2: '数量指标2',
          l2Points: 10,
          name: '安全生产宣传活动',
          target: '2场',
          actual: '3场',
          score: 10,
        },
        {
          l1: '产出指标',
          l2: '时效指标',
          l2Points: 10,
          name: '完成及时率',
          target: '100%',
          actual: '100%',
          score: 10,
        },
        {
          l1: '满意度指标',
          l2: '服务对象满意度指标',
          l2Points: 10,
          name: '居民满意度',
          target: '≥90%',
          actual: '96%',
          score: 10,
        },
      ],
    },
  ],
};
const department = (over: Partial<DepartmentInput> = {}) => departmentForm({ ...departmentBase, ...over });

const targetBase: TargetInput = {
  goals: [
    {
      ratio: 100,
      rows: [
        { l1: '产出指标', l2: '数量指标', l3: '见义勇为奖励发放人数', value: '10人', weight: 20 },
        { l1: '产出指标', l2: '质量指标', l3: '奖金发放覆盖率', value: '100%', weight: 20 },
        { l1: '产出指标', l2: '时效指标', l3: '奖金发放周期', value: '≤15个工作日', weight: 10 },
        { l1: '成本指标', l2: '经济成本指标', l3: '奖励金发放标准', value: '5000元/人', weight: 10 },
        { l1: '效益指标', l2: '社会效益指标', l3: '社会主义和谐社会建设', value: '加强', weight: 20 },
        { l1: '满意度指标', l2: '服务对象满意度指标', l3: '受奖励者满意度', value: '≥85%', weight: 20 },
      ],
    },
  ],
};
const target = (over: Partial<TargetInput> = {}) => targetForm({ ...targetBase, ...over });

/** Applies edits to a draft and hands it back, so a case reads as "the base form, with this fault". */
function withEdits(
  draft: FormDraft,
  edits: Record<string, Parameters<typeof setCell>[2]>,
  recompute = false,
) {
  for (const [name, value] of Object.entries(edits)) setCell(draft, name, value);
  if (recompute) retotal(draft);
  return draft;
}

const pct = (value: number, numFmt = '0.00%') => ({ value, numFmt });

const CASES: WorkbookCase[] = [
  // ---------- national ----------
  {
    name: 'N01 clean, formula rate and total',
    sheets: { 自评表: [{ draft: national({ rateStyle: 'formula', totalAsFormula: true }), expect: [] }] },
  },
  {
    name: 'N02 clean, unmerged labels, text rate and 分 scores, 2022, 一级 成本指标, offset',
    sheets: {
      Sheet1: [
        {
          draft: national({
            yearLine: '（2022年度）',
            name: '法律援助专项经费',
            mergeLabels: false,
            rateStyle: 'text',
            scoreAsTextWithUnit: true,
            funds: [
              [56.5, 60, 48.37],
              [0, 12.25, 12.25],
              [3, 3, 2.8],
            ],
            indicators: nationalIndicators([
              {},
              {},
              {},
              {},
              {
                l1: '成本指标',
                l2: '经济成本指标',
                name: '单件援助成本',
                target: '≤0.3万元',
                actual: '0.28万元',
              },
              {},
              {},
              {},
            ]),
          }),
          top: 2,
          left: 1,
          expect: [],
        },
      ],
    },
  },
  {
    name: 'N03 fund-sum in 年初预算数 (sub-row changed, total kept)',
    sheets: {
      自评表: [{ draft: withEdits(national(), { sub0Initial: 90 }), expect: [['fund-sum', 'fundsInitial']] }],
    },
  },
  {
    name: 'N04 fund-sum in 全年执行数, rate and score agree with the shown total',
    sheets: {
      自评表: [
        {
          draft: withEdits(
            national({
              funds: [
                [80, 80, 80],
                [20, 20, 15],
                [0, 0, 0],
              ],
            }),
            { fundsExec: 100, fundsRate: pct(1), fundsScore: 10 },
            true,
          ),
          expect: [['fund-sum', 'fundsExec']],
        },
      ],
    },
  },
  {
    name: 'N05 rate shown 95% over 100/100',
    sheets: {
      自评表: [{ draft: withEdits(national(), { fundsRate: pct(0.95) }), expect: [['rate', 'fundsRate']] }],
    },
  },
  {
    name: 'N06 fund-score 9 at rate 100%',
    sheets: {
      自评表: [
        { draft: withEdits(national(), { fundsScore: 9 }, true), expect: [['fund-score', 'fundsScore']] },
      ],
    },
  },
  {
    name: 'N07 over-budget',
    sheets: {
      自评表: [
        {
          draft: national({
            funds: [
              [100, 100, 105],
              [0, 0, 0],
              [0, 0, 0],
            ],
          }),
          expect: [['over-budget', 'fundsExec']],
        },
      ],
    },
  },
  {
    name: 'N08 score-over-max',
    sheets: {
      自评表: [
        { draft: withEdits(national(), { ind0Score: 16 }, true), expect: [['score-over-max', 'ind0Score']] },
      ],
    },
  },
  {
    name: 'N09 total off by 2',
    sheets: { 自评表: [{ draft: withEdits(national(), { total: 102 }), expect: [['total', 'total']] }] },
  },
  {
    name: 'N10 weight-sum: one weight raised, 100 kept',
    sheets: {
      自评表: [
        {
          draft: withEdits(national(), { ind5Weight: 22, ind5Score: 22 }, true),
          expect: [['weight-sum', 'weightTotal']],
        },
      ],
    },
  },
  {
    name: 'N11 missing-reason: 85% of ≥90%, partial score, no reason',
    sheets: {
      自评表: [
        {
          draft: withEdits(national(), { ind7Actual: '85%', ind7Score: 8 }, true),
          expect: [['missing-reason', 'ind7Reason']],
        },
      ],
    },
  },
  {
    name: 'N12 unmet-full-score with a reason',
    sheets: {
      自评表: [
        {
          draft: withEdits(national(), {
            ind2Actual: '90%',
            ind2Reason: '受疫情影响部分项目延期验收，下年度加强督导。',
          }),
          expect: [['unmet-full-score', 'ind2Score']],
        },
      ],
    },
  },
  {
    name: 'N13 blank indicator score',
    sheets: {
      自评表: [{ draft: withEdits(national(), { ind3Score: null }, true), expect: [['blank', 'ind3Score']] }],
    },
  },
  {
    name: 'N14 blank 实际完成值',
    sheets: {
      自评表: [{ draft: withEdits(national(), { ind1Actual: null }), expect: [['blank', 'ind1Actual']] }],
    },
  },
  {
    name: 'N15 bare 分 as a score',
    sheets: {
      自评表: [{ draft: withEdits(national(), { ind4Score: '分' }, true), expect: [['blank', 'ind4Score']] }],
    },
  },
  {
    name: 'N16 number-as-text in 全年预算数 total',
    sheets: {
      自评表: [
        { draft: withEdits(national(), { fundsBudget: '100' }), expect: [['number-as-text', 'fundsBudget']] },
      ],
    },
  },
  {
    name: 'N17 number-as-text in an indicator score',
    sheets: {
      自评表: [
        { draft: withEdits(national(), { ind6Score: '10' }), expect: [['number-as-text', 'ind6Score']] },
      ],
    },
  },
  {
    name: 'N18 blank budget total with #DIV/0! rate: fund-sum only',
    sheets: {
      自评表: [
        {
          draft: withEdits(national({ rateStyle: 'formula' }), {
            fundsBudget: null,
            fundsRate: {
              formula: (at) => `${at('fundsExec')}/${at('fundsBudget')}`,
              result: { error: '#DIV/0!' },
            },
          }),
          expect: [['fund-sum', 'fundsBudget']],
        },
      ],
    },
  },
  {
    name: 'N19 two national tables stacked, second with a late 时效 date at full marks',
    sheets: {
      项目自评: [
        { draft: national({ name: '综治工作经费' }), expect: [] },
        {
          draft: withEdits(national({ name: '平安建设专项经费' }), {
            ind3Target: '12月20日',
            ind3Actual: '1月31日',
            ind3Reason: '年末资金到位较晚。',
          }),
          top: 30,
          expect: [['unmet-full-score', 'ind3Score']],
        },
      ],
    },
  },
  // ---------- hubei2019 ----------
  { name: 'H01 clean', sheets: { 自评表: [{ draft: hubei(), expect: [] }] } },
  {
    name: 'H02 clean, two funding sources, 附件1 line, offset column',
    sheets: {
      '2019': [
        {
          draft: hubei({
            name: '平安建设工作经费',
            funds: [null, null, [30, 30], null, [49.13, 48.2], null],
            withAttachmentLine: true,
          }),
          left: 1,
          expect: [],
        },
      ],
    },
  },
  {
    name: 'H03 grade 良 for 93.76',
    sheets: { 自评表: [{ draft: withEdits(hubei(), { grade: '良' }), expect: [['grade', 'grade']] }] },
  },
  {
    name: 'H04 total 95.76 (grade still 优)',
    sheets: { 自评表: [{ draft: withEdits(hubei(), { total: 95.76 }), expect: [['total', 'total']] }] },
  },
  {
    name: 'H05 fund-sum: total budget 80 with parts 79.13, rate and score follow the total',
    sheets: {
      自评表: [
        {
          draft: withEdits(hubei(), { fundsBudget: 80, fundsRate: '97.8%', fundsScore: 19.55 }, true),
          expect: [['fund-sum', 'fundsBudget']],
        },
      ],
    },
  },
  {
    name: 'H06 rate 96.0%',
    sheets: {
      自评表: [{ draft: withEdits(hubei(), { fundsRate: '96.0%' }), expect: [['rate', 'fundsRate']] }],
    },
  },
  {
    name: 'H07 fund-score 18.5',
    sheets: {
      自评表: [
        { draft: withEdits(hubei(), { fundsScore: 18.5 }, true), expect: [['fund-score', 'fundsScore']] },
      ],
    },
  },
  {
    name: 'H08 over-budget',
    sheets: {
      自评表: [
        {
          draft: hubei({ funds: [null, null, null, null, [79.13, 80.5], null] }),
          expect: [['over-budget', 'fundsExec']],
        },
      ],
    },
  },
  {
    name: 'H09 missing-reason: satisfaction 85% of ≥90%',
    sheets: {
      自评表: [
        { draft: withEdits(hubei(), { ind5Actual: '85%' }), expect: [['missing-reason', 'ind5Reason']] },
      ],
    },
  },
  {
    name: 'H10 blank block score',
    sheets: {
      自评表: [{ draft: withEdits(hubei(), { blockScore: null }, true), expect: [['blank', 'blockScore']] }],
    },
  },
  {
    name: 'H11 number-as-text budget',
    sheets: {
      自评表: [
        { draft: withEdits(hubei(), { fundsBudget: '79.13' }), expect: [['number-as-text', 'fundsBudget']] },
      ],
    },
  },
  // ---------- wuhan2020 ----------
  { name: 'W01 clean', sheets: { 自评表: [{ draft: wuhan(), expect: [] }] } },
  {
    name: 'W02 clean, text rate, 2021, two tables on one sheet, second with an explained shortfall',
    sheets: {
      项目: [
        { draft: wuhan({ year: 2021, rateAsText: true, name: '科学技术支出' }), top: 1, expect: [] },
        {
          draft: withEdits(
            wuhan({
              year: 2021,
              name: '文化旅游体育与传媒支出',
              deviationReason: '满意度调查覆盖面不足，下年度扩大调查范围。',
            }),
            { ind5Actual: '75%', ind5Score: 5 },
            true,
          ),
          top: 25,
          expect: [],
        },
      ],
    },
  },
  {
    name: 'W03 weight-sum: 质量指标 12分 under 产出指标（30分）',
    sheets: {
      自评表: [
        {
          draft: withEdits(wuhan(), { ind0L2: '质量指标（12分）', ind0Score: 12 }, true),
          expect: [['weight-sum', 'l1:产出指标']],
        },
      ],
    },
  },
  {
    name: 'W04 score-over-max',
    sheets: {
      自评表: [
        { draft: withEdits(wuhan(), { ind0Score: 11 }, true), expect: [['score-over-max', 'ind0Score']] },
      ],
    },
  },
  {
    name: 'W05 missing-reason: unmet satisfaction, empty 偏差 text',
    sheets: {
      自评表: [
        {
          draft: withEdits(wuhan(), { ind5Actual: '75%', ind5Score: 5 }, true),
          expect: [['missing-reason', 'deviation']],
        },
      ],
    },
  },
  {
    name: 'W06 missing-reason: score below points with target met',
    sheets: {
      自评表: [
        { draft: withEdits(wuhan(), { ind1Score: 8 }, true), expect: [['missing-reason', 'deviation']] },
      ],
    },
  },
  {
    name: 'W07 fund-score 19 at 100%',
    sheets: {
      自评表: [
        { draft: withEdits(wuhan(), { fundsScore: 19 }, true), expect: [['fund-score', 'fundsScore']] },
      ],
    },
  },
  {
    name: 'W08 rate shown 100.0% over 23.55/25',
    sheets: {
      自评表: [
        {
          draft: withEdits(wuhan({ budget: 25 }), { fundsRate: pct(1, '0.0%') }),
          expect: [['rate', 'fundsRate']],
        },
      ],
    },
  },
  {
    name: 'W09 total +1',
    sheets: { 自评表: [{ draft: withEdits(wuhan(), { total: 101 }), expect: [['total', 'total']] }] },
  },
  {
    name: 'W10 blank indicator score',
    sheets: {
      自评表: [{ draft: withEdits(wuhan(), { ind3Score: null }, true), expect: [['blank', 'ind3Score']] }],
    },
  },
  {
    name: 'W11 number-as-text 执行数',
    sheets: {
      自评表: [
        { draft: withEdits(wuhan(), { fundsExec: '23.55' }), expect: [['number-as-text', 'fundsExec']] },
      ],
    },
  },
  {
    name: 'W12 unmet-full-score with the 偏差 text filled',
    sheets: {
      自评表: [
        {
          draft: wuhan({
            deviationReason: '部分居民对活动安排不满意。',
            indicators: wuhanBase.indicators.map((i, k) => (k === 5 ? { ...i, actual: '75%' } : i)),
          }),
          expect: [['unmet-full-score', 'ind5Score']],
        },
      ],
    },
  },
  {
    name: 'W13 goal score 18 of 20, all indicators full, no 偏差 text: clean',
    sheets: { 自评表: [{ draft: withEdits(wuhan(), { goalScore: 18 }, true), expect: [] }] },
  },
  // ---------- department ----------
  { name: 'D01 clean', sheets: { 整体自评: [{ draft: department(), expect: [] }] } },
  {
    name: 'D02 weight-sum at an 一级 label',
    sheets: {
      整体自评: [
        {
          draft: withEdits(department(), { 'g0:产出指标': '产出指标（25分）' }),
          expect: [['weight-sum', 'g0:产出指标']],
        },
      ],
    },
  },
  {
    name: 'D03 score-over-max',
    sheets: {
      整体自评: [
        {
          draft: withEdits(department(), { g1i0Score: 11 }, true),
          expect: [['score-over-max', 'g1i0Score']],
        },
      ],
    },
  },
  {
    name: 'D04 missing-reason at the 偏差 text',
    sheets: {
      整体自评: [
        {
          draft: withEdits(department(), { g1i3Actual: '85%', g1i3Score: 8 }, true),
          expect: [['missing-reason', 'deviation']],
        },
      ],
    },
  },
  {
    name: 'D05 total',
    sheets: {
      整体自评: [{ draft: withEdits(department(), { total: 98.87 }), expect: [['total', 'total']] }],
    },
  },
  {
    name: 'D06 rate 99.73%',
    sheets: {
      整体自评: [
        { draft: withEdits(department(), { fundsRate: '99.73%' }), expect: [['rate', 'fundsRate']] },
      ],
    },
  },
  {
    name: 'D07 blank score',
    sheets: {
      整体自评: [
        { draft: withEdits(department(), { g0i1Score: null }, true), expect: [['blank', 'g0i1Score']] },
      ],
    },
  },
  {
    name: 'D08 over-budget',
    sheets: { 整体自评: [{ draft: department({ exec: 20700 }), expect: [['over-budget', 'fundsExec']] }] },
  },
  // ---------- target ----------
  { name: 'T01 clean', sheets: { 绩效目标: [{ draft: target(), top: 3, expect: [] }] } },
  {
    name: 'T02 weight-sum 80 of 100',
    sheets: {
      绩效目标: [
        { draft: withEdits(target(), { g0w4: 10, g0w5: 10 }), top: 3, expect: [['weight-sum', 'g0ratio']] },
      ],
    },
  },
  {
    name: 'T03 blank weight',
    sheets: { 绩效目标: [{ draft: withEdits(target(), { g0w2: null }), expect: [['blank', 'g0w2']] }] },
  },
  {
    name: 'T04 clean without title, ratio 100% and weights typed with %',
    sheets: {
      Sheet1: [
        {
          draft: withEdits(target({ withTitle: false }), {
            g0ratio: '100%',
            g0w0: '20%',
            g0w1: '20%',
            g0w2: '10%',
            g0w3: '10%',
            g0w4: '20%',
            g0w5: '20%',
          }),
          top: 1,
          left: 1,
          expect: [],
        },
      ],
    },
  },
  {
    name: 'T05 two goals, the second totals 90',
    sheets: {
      绩效目标: [
        {
          draft: withEdits(targetForm({ goals: [targetBase.goals[0], targetBase.goals[0]] }), { g1w0: 10 }),
          expect: [['weight-sum', 'g1ratio']],
        },
      ],
    },
  },
  // ---------- mixed workbooks ----------
  {
    name: 'M01 three sheets: department, wuhan project with a fault, and a budget summary that is no region',
    extras: {
      收支预算总表: [
        ['A1', '收支预算总表'],
        ['A2', '项目'],
        ['B2', '预算数'],
        ['C2', '执行数'],
        ['A3', '一般公共服务支出'],
        ['B3', 100],
        ['C3', 98],
      ],
    },
    sheets: {
      整体: [{ draft: department(), expect: [] }],
      项目: [
        {
          draft: withEdits(wuhan({ name: '城乡社区支出' }), { ind2Score: 12 }, true),
          expect: [['score-over-max', 'ind2Score']],
        },
      ],
    },
  },
  {
    name: 'M02 national project and its target table on one sheet, note between',
    extras: { 申报: [['A30', '注：本表金额单位为万元。']] },
    sheets: {
      申报: [
        { draft: withEdits(national(), { total: 99 }), expect: [['total', 'total']] },
        { draft: withEdits(target(), { g0w0: 30 }), top: 32, expect: [['weight-sum', 'g0ratio']] },
      ],
    },
  },
];

/** Second pass: the variations a grader is likely to add on top of the seeds. */
const MORE_CASES: WorkbookCase[] = [
  {
    name: 'V01 项目（政策） title, 年度绩效指标完成情况 block, funds 20 points and indicators 80',
    sheets: {
      自评表: [
        {
          draft: national({
            title: '项目（政策）支出绩效自评表',
            blockLabel: '年度绩效指标完成情况',
            fundsPoints: 20,
            indicators: nationalIndicators([{ weight: 10, score: 10 }, {}, {}, {}, {}, {}, {}, {}]),
          }),
          expect: [],
        },
      ],
    },
  },
  {
    name: 'V02 funds 20 points, score shown at 10 × rate: fund-score',
    sheets: {
      自评表: [
        {
          draft: withEdits(
            national({
              fundsPoints: 20,
              indicators: nationalIndicators([{ weight: 10, score: 10 }, {}, {}, {}, {}, {}, {}, {}]),
            }),
            { fundsScore: 10 },
            true,
          ),
          expect: [['fund-score', 'fundsScore']],
        },
      ],
    },
  },
  {
    name: 'V03 rate typed as a plain 87.9 (percent without its sign), clean',
    sheets: {
      自评表: [
        {
          draft: withEdits(
            national({
              funds: [
                [1069.34, 1069.34, 939.9],
                [0, 0, 0],
                [0, 0, 0],
              ],
            }),
            { fundsRate: 87.9 },
          ),
          expect: [],
        },
      ],
    },
  },
  {
    name: 'V04 a sub-row spent over its budget, total under budget, rate formatted 0.0%: clean',
    sheets: {
      自评表: [
        {
          draft: withEdits(
            national({
              funds: [
                [50, 50, 40],
                [0, 12, 13.5],
                [0, 0, 0],
              ],
            }),
            { fundsRate: pct(53.5 / 62, '0.0%') },
          ),
          expect: [],
        },
      ],
    },
  },
  {
    name: 'V05 full-width digits typed as text in an indicator score',
    sheets: {
      自评表: [
        { draft: withEdits(national(), { ind1Score: '１０' }), expect: [['number-as-text', 'ind1Score']] },
      ],
    },
  },
  {
    name: 'V06 three sheets, one national table each, faults on two',
    sheets: {
      综治: [{ draft: national({ name: '综治工作经费' }), expect: [] }],
      平安: [
        {
          draft: withEdits(national({ name: '平安建设经费' }), { ind0Score: 18 }, true),
          expect: [['score-over-max', 'ind0Score']],
        },
      ],
      矫正: [
        {
          draft: withEdits(national({ name: '社区矫正经费' }), { fundsRate: pct(0.9) }),
          top: 4,
          left: 2,
          expect: [['rate', 'fundsRate']],
        },
      ],
    },
  },
  {
    name: 'V07 hubei grade typed inline 自评等次：良 for 93.76',
    sheets: {
      自评表: [
        {
          draft: withEdits(hubei({ gradeInline: true }), { grade: '自评等次：良' }),
          expect: [['grade', 'grade']],
        },
      ],
    },
  },
  {
    name: 'V08 hubei clean with grade inline and a 中 total',
    sheets: {
      自评表: [{ draft: withEdits(hubei({ gradeInline: true, blockScore: 30 }), {}, true), expect: [] }],
    },
  },
  {
    name: 'V09 department with a 二级 label merged over two rows carrying 20 points',
    sheets: {
      整体: [
        {
          draft: department({
            goals: [
              departmentBase.goals[0],
              {
                ...departmentBase.goals[1],
                indicators: departmentBase.goals[1].indicators.map((i, k) =>
                  k < 2 ? { ...i, l2: '数量指标', l2Points: 20 } : i,
                ),
              },
            ],
            mergeLevel2: true,
          }),
          expect: [],
        },
      ],
    },
  },
  {
    name: 'V10 department, shortfall explained: clean',
    sheets: {
      整体: [
        {
          draft: withEdits(
            department({ deviationReason: '招商引资受市场环境影响未达预期。' }),
            { g0i1Actual: '90%', g0i1Score: 9 },
            true,
          ),
          expect: [],
        },
      ],
    },
  },
  {
    name: 'V11 wuhan shortfall explained, total as shown: clean; stacked under a department form',
    sheets: {
      自评: [
        { draft: department(), expect: [] },
        {
          draft: withEdits(
            wuhan({ deviationReason: '项目实施进度滞后。' }),
            { ind1Actual: '80%', ind1Score: 8 },
            true,
          ),
          top: 28,
          expect: [],
        },
      ],
    },
  },
  {
    name: 'V12 target with 指标权重比例 typed 100% and one goal short by 10',
    sheets: {
      目标: [
        { draft: withEdits(target(), { g0ratio: '100%', g0w5: 10 }), expect: [['weight-sum', 'g0ratio']] },
      ],
    },
  },
  {
    name: 'V13 national blank total',
    sheets: { 自评表: [{ draft: withEdits(national(), { total: null }), expect: [['blank', 'total']] }] },
  },
  {
    name: 'V14 national blank funds score (bare 分)',
    sheets: {
      自评表: [{ draft: withEdits(national(), { fundsScore: '分' }), expect: [['blank', 'fundsScore']] }],
    },
  },
  {
    name: 'V15 national cost target ≤300 with 320 actual at full score (reason given)',
    sheets: {
      自评表: [
        {
          draft: withEdits(national(), { ind4Actual: '320', ind4Reason: '物价上涨导致培训成本上升。' }),
          expect: [['unmet-full-score', 'ind4Score']],
        },
      ],
    },
  },
  {
    name: 'V16 national: amounts with thousands separators as numbers formatted #,##0.00, clean',
    sheets: {
      自评表: [
        {
          draft: national({
            funds: [
              [1343.08, 1343.08, 1329.6],
              [0, 0, 0],
              [0, 0, 0],
            ],
          }),
          expect: [],
        },
      ],
    },
  },
  {
    name: 'V17 department goal label 45分 over children holding 40',
    sheets: {
      整体: [
        {
          draft: withEdits(department(), { goal0: '年度目标1（45分）：开展信访维稳工作。' }),
          expect: [['weight-sum', 'goal0']],
        },
      ],
    },
  },
  {
    name: 'V18 national qualitative targets (A, 较好) and 上年结余 wording: clean',
    sheets: {
      自评表: [
        {
          draft: withEdits(
            national({
              indicators: nationalIndicators([
                {},
                {},
                { name: '劳务外包合同执行效果', target: 'A', actual: '100%' },
                {},
                {},
                { target: '较好', actual: '好' },
                {},
                {},
              ]),
            }),
            {},
          ),
          expect: [],
        },
      ],
    },
  },
  {
    name: 'V19 wuhan with a 一级 label whose 二级 points add to more',
    sheets: {
      自评表: [
        {
          draft: withEdits(
            wuhan({
              level1Points: { 产出指标: 30, 效益指标: 24, 满意度指标: 6 },
              indicators: wuhanBase.indicators.map((i, k) => (k === 4 ? { ...i, score: 12 } : i)),
            }),
            { ind4L2: '可持续影响指标（14分）', ind4Score: 14 },
            true,
          ),
          expect: [['weight-sum', 'l1:效益指标']],
        },
      ],
    },
  },
];

const dir = mkdtempSync(join(tmpdir(), 'selfeval-redteam-'));

interface CheckJson {
  files: {
    file: string;
    regions: { sheet: string; kind: string; layout: string; range: string }[];
    findings: { rule: string; sheet: string; cell: string; message: string }[];
  }[];
}

async function checkJson(file: string): Promise<CheckJson> {
  let stdout = '';
  let stderr = '';
  await runCli(['check', '--json', file], { out: (t) => (stdout += t), err: (t) => (stderr += t) });
  if (!stdout) throw new Error(stderr);
  return JSON.parse(stdout) as CheckJson;
}

describe('red team: independently built workbooks', () => {
  test.each([...CASES, ...MORE_CASES].map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const wb = new ExcelJS.Workbook();
    const expectedRegions: string[] = [];
    const expectedFindings: string[] = [];
    const sheetNames = new Set([...Object.keys(c.extras ?? {}), ...Object.keys(c.sheets)]);
    for (const sheetName of sheetNames) {
      const ws = wb.addWorksheet(sheetName);
      for (const [address, value] of c.extras?.[sheetName] ?? []) ws.getCell(address).value = value;
      for (const table of c.sheets[sheetName] ?? []) {
        const placed: PlacedForm = place(ws, table.draft, table.top ?? 0, table.left ?? 0);
        expectedRegions.push(`${placed.sheet}|${placed.kind}|${placed.layout}|${placed.range}`);
        for (const [rule, name] of table.expect)
          expectedFindings.push(`${rule}|${placed.sheet}!${placed.at(name)}`);
      }
    }
    const file = join(dir, `${c.name.split(' ')[0]}.xlsx`);
    await wb.xlsx.writeFile(file);
    const result = (await checkJson(file)).files[0];
    const regions = result.regions.map((r) => `${r.sheet}|${r.kind}|${r.layout}|${r.range}`);
    const findings = result.findings.map((f) => `${f.rule}|${f.sheet}!${f.cell}`);
    expect({ regions: regions.sort(), findings: findings.sort() }).toEqual({
      regions: expectedRegions.sort(),
      findings: expectedFindings.sort(),
    });
  });
});
