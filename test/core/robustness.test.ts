import { rangeToA1 } from '../../src/core/address';
import { analyzeSheet } from '../../src/core/analyze';
import type { FixtureSheet, FixtureTable } from '../fixtures/format';
import { Expect } from '../support/builtForm';
import { budgetExecutionSummary, footer, notes } from '../support/decoyVariant';
import { expectedOfSheet, snapshotOfSheet } from '../support/fixtureSnapshot';
import { buildHubei, HUBEI_STYLE, HubeiData, hubeiClean, HubeiStyle } from '../support/hubeiVariant';
import {
  buildNational,
  NATIONAL_STYLE,
  nationalClean,
  NationalData,
  NationalStyle,
  nationalTotalScore,
} from '../support/nationalVariant';
import { buildTarget, TARGET_STYLE, targetGoal, TargetGoalData, TargetStyle } from '../support/targetVariant';
import { shown } from '../support/variantDraft';
import {
  buildDepartment,
  buildWuhan,
  departmentClean,
  DepartmentData,
  ScoredTableStyle,
  WUHAN_STYLE,
  wuhanClean,
  WuhanData,
} from '../support/wuhanVariant';

/**
 * Forms as other people build them in Excel or WPS: every layout of DOMAIN.md §1 with labels merged or not,
 * titles present or not, label wording and bracket variants, numbers as text, formulas, stacked tables,
 * decoys beside and below; planted faults per rule with the exact cell; clean variants with no finding.
 */

function analyse(sheet: FixtureSheet) {
  const result = analyzeSheet(snapshotOfSheet(sheet));
  return {
    regions: result.regions.map((r) => `${r.kind}/${r.layout} ${rangeToA1(r.range)}`),
    findings: result.findings.map((f) => `${f.rule}@${f.cell}`).sort(),
  };
}

function alone(table: FixtureTable, row = 0, col = 0): FixtureSheet {
  return { name: 'Sheet1', tables: [{ table, row, col }] };
}

/** Tables one under another with `gap` empty rows between, from column `col`. */
function stacked(tables: FixtureTable[], gap: number, col = 0): FixtureSheet {
  let row = 0;
  const placed = tables.map((table) => {
    const p = { table, row, col };
    row += table.rows.length + gap;
    return p;
  });
  return { name: 'Sheet1', tables: placed };
}

function checkEach(tables: FixtureTable[]): void {
  describe.each(tables.map((t) => [t.id, t] as const))('%s', (_id, table) => {
    it('at A1', () => expect(analyse(alone(table))).toEqual(expectedOfSheet(alone(table))));
    it('at C5', () => expect(analyse(alone(table, 4, 2))).toEqual(expectedOfSheet(alone(table, 4, 2))));
  });
}

const clone = <T>(x: T): T => structuredClone(x);

// ---------------------------------------------------------------------------------------------------------
// national

function national(
  id: string,
  change: (d: NationalData) => void,
  style: Partial<NationalStyle> = {},
  expect: (at: ReturnType<typeof buildNational>['at']) => Expect[] = () => [],
) {
  const data = clone(nationalClean());
  change(data);
  const form = buildNational(data, { ...NATIONAL_STYLE, ...style });
  return form.table(`national-${id}`, expect(form.at));
}

const same = () => undefined;

const nationalLayouts: FixtureTable[] = [
  national('clean', same),
  national('levels-repeated', same, { levels: 'repeated' }),
  national('levels-first-only', same, { levels: 'firstOnly' }),
  national('block-labels-first-only', same, { blockLabels: 'firstOnly' }),
  national('no-title', same, { title: null }),
  national('no-title-no-year', same, { title: null, yearLine: null }),
  national('title-plain-cell', same, {
    title: { text: '项目支出绩效自评表', merged: false, unitInRow: false },
  }),
  national('title-policy', same, {
    title: { text: '项目（政策）支出绩效自评表', merged: true, unitInRow: false },
  }),
  national('title-with-unit', same, { title: { text: '项目支出绩效自评表', merged: true, unitInRow: true } }),
  national('title-in-middle-cell', same, {
    title: { text: '项目支出绩效自评表', merged: false, unitInRow: false, col: 4 },
  }),
  national('title-with-year', same, {
    title: { text: '项目支出绩效自评表（2021年度）', merged: true, unitInRow: false },
    yearLine: null,
  }),
  national('title-with-year-plain-cell-and-unit', same, {
    title: { text: '项目支出绩效自评表(2021年度)', merged: false, unitInRow: true, col: 3 },
    yearLine: null,
    unitRow: false,
  }),
  national('unit-row', same, { unitRow: true }),
  national('no-year', same, { yearLine: null }),
  national('year-line-with-unit', same, { yearLine: '（2020年度）                     单位：万元' }),
  national('year-half-width', same, { yearLine: '(2021年度)' }),
  national('funds-label-wrapped', same, { fundsLabel: '项目资金\n(万元)' }),
  national('funds-label-bare', same, { fundsLabel: '项目资金' }),
  national('indicator-label-long', same, {
    indicatorLabel: '年度绩效指标完成情况',
    indicatorLabelOnHeader: false,
  }),
  national('name-header-指标名称', same, { nameHeader: '指标名称' }),
  national('name-header-指标内容', same, { nameHeader: '指标内容' }),
  national('reason-header-short', same, { reasonHeader: '偏差原因分析' }),
  national('blank-row-after-header', same, { blankRowAfterHeader: true }),
  national('total-label-a-only', same, { totalLabel: 'A' }),
  national('notes-below', same, {
    after: [['注：1.单位自评指标是指预算批复时确定的绩效指标。'], ['2.预算执行率权重统一设置为10%。']],
  }),
  national('part-label-half-colon', (d) => (d.parts[0].label = '其中:当年财政拨款')),
  national(
    'part-labels-other-words',
    (d) => {
      d.parts[0].label = '其中：财政拨款';
      d.parts[1].label = '上年结余';
      d.parts[2].label = '自筹资金';
    },
    { blockLabels: 'firstOnly' },
  ),
  national('part-label-indented', (d) => (d.parts[0].label = '  当年财政拨款')),
  national('numbers-with-units', (d) => {
    d.total.budget = '86.40万元';
    d.total.actual = '82.08万元';
    d.total.score = '9.50分';
    d.indicators[0].weight = '15分';
  }),
  national('rate-as-text', (d) => (d.total.rate = '95.00%')),
  national('rate-as-plain-number', (d) => (d.total.rate = 95)),
  national('rate-one-decimal', (d) => (d.total.rate = shown(0.95, '0.0%'))),
  national('formulas', (d) => {
    d.total.initial = { f: 'SUM(C7:C9)', v: 80 };
    d.total.budget = { f: 'SUM(D7:D9)', v: 86.4 };
    d.total.actual = { f: 'SUM(E7:E9)', v: 82.08 };
    d.total.rate = { f: 'IF(N(D6)=0,"",E6/D6)', v: 0.95, fmt: '0.00%' };
    d.total.score = { f: 'IF(G6="","",ROUND(F6*MIN(G6,1),2))', v: 9.5 };
    d.totalWeight = { f: 'F6+SUM(G13:G20)', v: 100 };
    d.totalScore = { f: 'ROUND(H6+SUM(H13:H20),2)', v: 96.5 };
  }),
  national('div0-in-part-rates', (d) => {
    d.parts[2].cells.rate = { f: 'E9/D9', v: '#DIV/0!' };
    d.parts[0].cells.rate = { f: 'E7/D7', v: 73.5 / 76.4, fmt: '0.00%' };
  }),
  national('reason-none-written-full-marks', (d) => (d.indicators[1].reason = '无')),
];

function nFault(
  id: string,
  change: (d: NationalData) => void,
  expect: (at: ReturnType<typeof buildNational>['at']) => Expect[],
  style: Partial<NationalStyle> = {},
) {
  return national(`fault-${id}`, change, style, expect);
}

const nationalFaults: FixtureTable[] = [
  nFault(
    'fund-sum',
    (d) => (d.parts[0].cells.budget = 70.4),
    (at) => [['fund-sum', at.fundsTotal.budget]],
  ),
  nFault(
    'fund-sum-other-part-words',
    (d) => {
      d.parts[1].label = '上年结余';
      d.parts[2].label = '单位自筹';
      d.parts[2].cells.actual = 2;
    },
    (at) => [['fund-sum', at.fundsTotal.actual]],
    { blockLabels: 'firstOnly' },
  ),
  nFault(
    'fund-sum-actual',
    (d) => (d.parts[1].cells.actual = 9.58),
    (at) => [['fund-sum', at.fundsTotal.actual]],
    { levels: 'repeated' },
  ),
  nFault(
    'rate',
    (d) => (d.total.rate = shown(0.9, '0.00%')),
    (at) => [['rate', at.fundsTotal.rate]],
  ),
  nFault(
    'rate-and-score-echo',
    (d) => {
      d.total.rate = shown(0.9, '0.00%');
      d.total.score = 9;
      d.totalScore = 96;
    },
    (at) => [['rate', at.fundsTotal.rate]],
  ),
  nFault(
    'fund-score',
    (d) => {
      d.total.score = 8;
      d.totalScore = 95;
    },
    (at) => [['fund-score', at.fundsTotal.score]],
  ),
  nFault(
    'over-budget',
    (d) => {
      d.total.actual = 90;
      d.parts[0].cells.actual = 81.42;
      d.total.rate = shown(90 / 86.4, '0.00%');
      d.total.score = 10;
      d.totalScore = 97;
    },
    (at) => [['over-budget', at.fundsTotal.actual]],
  ),
  nFault(
    'score-over-max',
    (d) => {
      d.indicators[2].score = 12;
      d.totalScore = 98.5;
    },
    (at) => [['score-over-max', at.indicators[2].score]],
  ),
  nFault(
    'total',
    (d) => (d.totalScore = 95),
    (at) => [['total', at.totalScore]],
  ),
  nFault(
    'total-formula',
    (d) => (d.totalScore = { f: 'H6+SUM(H13:H19)', v: 86.5 }),
    (at) => [['total', at.totalScore]],
  ),
  nFault(
    'weight-sum-declared',
    (d) => (d.totalWeight = 90),
    (at) => [['weight-sum', at.totalWeight]],
  ),
  nFault(
    'weight-sum-column',
    (d) => {
      d.indicators[1].weight = 5;
      d.indicators[1].score = 5;
      d.totalScore = 91.5;
    },
    (at) => [['weight-sum', at.totalWeight]],
  ),
  nFault(
    'missing-reason',
    (d) => {
      d.indicators[2].actual = '90%';
      d.indicators[2].score = 8;
      d.totalScore = 94.5;
    },
    (at) => [['missing-reason', at.indicators[2].reason]],
  ),
  nFault(
    'missing-reason-score-short',
    (d) => {
      d.indicators[6].score = 13;
      d.totalScore = 94.5;
    },
    (at) => [['missing-reason', at.indicators[6].reason]],
    { levels: 'firstOnly' },
  ),
  nFault(
    'unmet-full-score',
    (d) => {
      d.indicators[0].actual = '10场';
      d.indicators[0].reason = '因疫情取消两场活动。';
    },
    (at) => [['unmet-full-score', at.indicators[0].score]],
  ),
  nFault(
    'unmet-deadline-full-score',
    (d) => (d.indicators[3].actual = '1月15日'),
    (at) => [
      ['unmet-full-score', at.indicators[3].score],
      ['missing-reason', at.indicators[3].reason],
    ],
  ),
  nFault(
    'blank-score',
    (d) => (d.indicators[4].score = '分'),
    (at) => [['blank', at.indicators[4].score]],
  ),
  nFault(
    'blank-actual',
    (d) => (d.indicators[2].actual = '---'),
    (at) => [['blank', at.indicators[2].actual]],
  ),
  nFault(
    'blank-total',
    (d) => (d.totalScore = null),
    (at) => [['blank', at.totalScore]],
  ),
  nFault(
    'blank-funds-score',
    (d) => {
      d.total.score = null;
      d.totalScore = 87;
    },
    (at) => [['blank', at.fundsTotal.score]],
  ),
  nFault(
    'number-as-text-budget',
    (d) => (d.total.budget = '86.4'),
    (at) => [['number-as-text', at.fundsTotal.budget]],
  ),
  nFault(
    'number-as-text-score',
    (d) => (d.indicators[5].score = ' 12'),
    (at) => [['number-as-text', at.indicators[5].score]],
  ),
  nFault(
    'div0-rate-and-score-over-positive-budget',
    (d) => {
      d.total.rate = { f: 'E6/C10', v: '#DIV/0!' };
      d.total.score = { f: 'ROUND(F6*MIN(G6,1),2)', v: '#DIV/0!' };
      d.totalScore = 87;
    },
    (at) => [['rate', at.fundsTotal.rate]],
  ),
  nFault(
    'rate-plain-number-and-score-echo',
    (d) => {
      d.total.rate = 90;
      d.total.score = 9;
      d.totalScore = 96;
    },
    (at) => [['rate', at.fundsTotal.rate]],
  ),
  nFault(
    'div0-rate-over-zero-budget-with-parts',
    (d) => {
      d.total.budget = 0;
      d.total.rate = { f: 'E6/D6', v: '#DIV/0!' };
      d.total.score = { f: 'ROUND(F6*MIN(G6,1),2)', v: '#DIV/0!' };
      d.totalScore = { f: 'ROUND(H6+SUM(H13:H20),2)', v: '#DIV/0!' };
    },
    (at) => [['fund-sum', at.fundsTotal.budget]],
  ),
  nFault(
    'text-funds-score-is-replaced-not-read',
    (d) => (d.total.score = '9.5'),
    () => [],
  ),
  nFault(
    'number-as-text-weight',
    (d) => (d.indicators[3].weight = '5'),
    (at) => [['number-as-text', at.indicators[3].weight]],
  ),
  nFault(
    'div0-rate-over-positive-budget',
    (d) => (d.total.rate = { f: 'E6/C10', v: '#DIV/0!' }),
    (at) => [['rate', at.fundsTotal.rate]],
  ),
];

describe('national layouts (clean)', () => checkEach(nationalLayouts));
describe('national planted faults', () => checkEach(nationalFaults));

it('national clean data adds up', () => expect(nationalTotalScore(nationalClean())).toBe(96.5));

// ---------------------------------------------------------------------------------------------------------
// hubei2019

function hubei(
  id: string,
  change: (d: HubeiData) => void,
  style: Partial<HubeiStyle> = {},
  expect: (at: ReturnType<typeof buildHubei>['at']) => Expect[] = () => [],
) {
  const data = clone(hubeiClean());
  change(data);
  const form = buildHubei(data, { ...HUBEI_STYLE, ...style });
  return form.table(`hubei-${id}`, expect(form.at));
}

const hubeiLayouts: FixtureTable[] = [
  hubei('clean', same),
  hubei('header-shared-cell', same, { header: 'shared' }),
  hubei('header-label-value-pairs', same, { header: 'pairs' }),
  hubei('levels-repeated', same, { levels: 'repeated' }),
  hubei('levels-first-only', same, { levels: 'firstOnly' }),
  hubei('block-labels-first-only', same, { blockLabels: 'firstOnly' }),
  hubei('no-attachment-line', same, { attachmentLine: false }),
  hubei('no-title', same, { title: null, attachmentLine: false }),
  hubei('no-title-no-year', same, { title: null, yearLine: null, attachmentLine: false }),
  hubei('attachment-line-no-title', same, { title: null, yearLine: null }),
  hubei('attachment-line-year-no-title', same, { title: null }),
  hubei('title-plain-cell', same, { title: { text: '项目支出绩效自评表', merged: false } }),
  hubei('funds-score-unmerged', same, { fundsScoreMerged: false }),
  hubei('indicator-score-unmerged', same, { indicatorScoreMerged: false }),
  hubei('no-note-row', same, { noteRow: false }),
  hubei('blank-row-after-header', same, { blankRowAfterHeader: true }),
  hubei('plain-funds-headings', same, { plainFundsHeaders: true }),
  hubei('grade-good', (d) => {
    d.indicatorScore = 48;
    d.total = 85.6;
    d.grade = '良';
  }),
  hubei('grade-word', (d) => (d.grade = '优秀')),
  hubei('text-numbers-with-units', (d) => {
    d.funds.budget = '120.00万元';
    d.total = '93.6分';
  }),
];

function hFault(
  id: string,
  change: (d: HubeiData) => void,
  expect: (at: ReturnType<typeof buildHubei>['at']) => Expect[],
  style: Partial<HubeiStyle> = {},
) {
  return hubei(`fault-${id}`, change, style, expect);
}

const hubeiFaults: FixtureTable[] = [
  hFault(
    'blank-total-shared',
    (d) => (d.total = null),
    (at) => [['blank', at.total]],
    { header: 'shared' },
  ),
  hFault(
    'blank-total-pairs',
    (d) => (d.total = null),
    (at) => [['blank', at.total]],
    { header: 'pairs' },
  ),
  hFault(
    'blank-goal-score',
    (d) => (d.goalScore = null),
    (at) => [['blank', at.goalScore]],
  ),
  hFault(
    'score-over-max-block',
    (d) => {
      d.indicatorScore = 62;
      d.total = 99.6;
    },
    (at) => [['score-over-max', at.indicatorScore]],
    { levels: 'repeated' },
  ),
  hFault(
    'fund-sum',
    (d) => (d.parts[4].budget = 110),
    (at) => [['fund-sum', at.fundsTotal.budget]],
  ),
  hFault(
    'fund-sum-two-parts',
    (d) => {
      d.parts[1] = { budget: 20, actual: 20, rate: shown(1, '0.0%') };
    },
    (at) => [
      ['fund-sum', at.fundsTotal.budget],
      ['fund-sum', at.fundsTotal.actual],
    ],
    { header: 'shared' },
  ),
  hFault(
    'rate',
    (d) => (d.funds.rate = shown(0.95, '0.0%')),
    (at) => [['rate', at.fundsTotal.rate]],
  ),
  hFault(
    'fund-score',
    (d) => {
      d.total_fundsScore = 18;
      d.total = 92;
    },
    (at) => [['fund-score', at.fundsTotal.score]],
  ),
  hFault(
    'total',
    (d) => (d.total = 95),
    (at) => [['total', at.total]],
  ),
  hFault(
    'total-shared',
    (d) => (d.total = 91),
    (at) => [['total', at.total]],
    { header: 'shared' },
  ),
  hFault(
    'grade',
    (d) => {
      d.indicatorScore = 48;
      d.total = 85.6;
    },
    (at) => [['grade', at.grade]],
  ),
  hFault(
    'grade-shared',
    (d) => {
      d.indicatorScore = 48;
      d.total = 85.6;
    },
    (at) => [['grade', at.grade]],
    { header: 'shared' },
  ),
  hFault(
    'grade-pairs',
    (d) => {
      d.grade = '良';
    },
    (at) => [['grade', at.grade]],
    { header: 'pairs' },
  ),
  hFault(
    'missing-reason',
    (d) => (d.indicators[2].actual = '90%'),
    (at) => [['missing-reason', at.indicators[2].reason]],
  ),
  hFault(
    'score-over-max-goal',
    (d) => {
      d.goalScore = 22;
      d.total = 97.6;
    },
    (at) => [['score-over-max', at.goalScore]],
  ),
  hFault(
    'blank-total',
    (d) => (d.total = null),
    (at) => [['blank', at.total]],
  ),
  hFault(
    'blank-actual',
    (d) => (d.indicators[4].actual = '/'),
    (at) => [['blank', at.indicators[4].actual]],
  ),
  hFault(
    'number-as-text',
    (d) => (d.funds.actual = '117.6'),
    (at) => [['number-as-text', at.fundsTotal.actual]],
  ),
];

describe('hubei2019 layouts (clean)', () => checkEach(hubeiLayouts));
describe('hubei2019 planted faults', () => checkEach(hubeiFaults));

// ---------------------------------------------------------------------------------------------------------
// wuhan2020

function wuhan(
  id: string,
  change: (d: WuhanData) => void,
  style: Partial<ScoredTableStyle> = {},
  expect: (at: ReturnType<typeof buildWuhan>['at']) => Expect[] = () => [],
) {
  const data = clone(wuhanClean());
  change(data);
  const form = buildWuhan(data, { ...WUHAN_STYLE, ...style });
  return form.table(`wuhan-${id}`, expect(form.at));
}

const wuhanLayouts: FixtureTable[] = [
  wuhan('clean', same),
  wuhan('wide', same, { wide: true }),
  wuhan('half-width', same, { halfWidth: true }),
  wuhan('score-header-bare', same, { fundsScoreHeader: '得分' }),
  wuhan(
    'funds-points-nowhere',
    (d) => {
      d.funds = { ...d.funds, actual: 141, rate: shown(0.94, '0.0%'), score: 18.8 };
      d.selfScore = 94.8;
    },
    {
      fundsScoreHeader: '得分',
      fundsLabel: '预算执行情况（万元）',
    },
  ),
  wuhan('total-inline', same, { totalInline: true }),
  wuhan('total-after-a-gap', same, { totalGap: true }),
  wuhan('total-key-总分', same, { totalKey: '总分' }),
  wuhan('no-title', same, { title: 'none' }),
  wuhan(
    'level2-repeated-each-its-own-indicator',
    (d) => {
      d.level1[0].groups[0].label = '数量指标（4分）';
    },
    { level2: 'repeated' },
  ),
  wuhan('level1-without-points', (d) => {
    d.level1[0].label = '产出指标';
    d.level1[1].label = '效益指标';
  }),
  wuhan('blank-row-after-header', same, { blankRowAfterHeader: true }),
  wuhan('unit-in-title-row', same, { unitInTitle: true }),
  wuhan('value-headings-目标值-实际值', same, { valueHeaders: ['目标值', '实际值'] }),
  wuhan('value-headings-预期指标值-全年实际完成值', same, { valueHeaders: ['预期指标值', '全年实际完成值'] }),
  wuhan('title-plain', same, { title: 'plain' }),
  wuhan('level1-repeated', same, { level1: 'repeated' }),
  wuhan('level1-first-only', same, { level1: 'firstOnly' }),
  wuhan('level2-repeated', same, { level2: 'repeated' }),
  wuhan('level2-first-only', same, { level2: 'firstOnly' }),
  wuhan(
    'group-score-merged',
    (d) => {
      d.level1[0].groups[0].rows[0].score = 12;
      d.level1[1].groups[0].rows[0].score = 14;
    },
    { groupScoreMerged: true },
  ),
  wuhan('block-labels-first-only', same, { blockLabels: 'firstOnly' }),
  wuhan('no-improvement-row', same, { closing: 'reasonOnly' }),
  wuhan('no-closing-rows', same, { closing: 'none' }),
  wuhan('notes-below', same, { after: [['注：得分按完成比例计算。']] }),
  wuhan('formulas', (d) => {
    d.funds.rate = { f: 'IF(N(C6)=0,"",D6/C6)', v: 1, fmt: '0.00%' };
    d.funds.score = { f: 'IF(N(C6)=0,"",ROUND(20*MIN(D6/C6,1),2))', v: 20 };
    d.selfScore = { f: 'ROUND(F6+G8+SUM(G10:G19),2)', v: 96 };
  }),
  wuhan('div0-rate-over-empty-budget', (d) => {
    d.funds = {
      budget: null,
      actual: null,
      rate: { f: 'D6/C6', v: '#DIV/0!' },
      score: { f: 'ROUND(20*MIN(E6,1),2)', v: '#DIV/0!' },
    };
    d.selfScore = 76;
  }),
  wuhan('text-score-with-unit', (d) => {
    d.selfScore = '96分';
    d.funds.score = '20.00分';
  }),
  wuhan('group-scores-short-explained', (d) => {
    d.level1[0].groups[0].rows[1].score = 2;
    d.selfScore = 94;
  }),
];

function wFault(
  id: string,
  change: (d: WuhanData) => void,
  expect: (at: ReturnType<typeof buildWuhan>['at']) => Expect[],
  style: Partial<ScoredTableStyle> = {},
) {
  return wuhan(`fault-${id}`, change, style, expect);
}

const unmetFullScore = (d: WuhanData) => {
  d.level1[1].groups[2].rows[0].score = 10;
  d.selfScore = 98;
};

const wuhanFaults: FixtureTable[] = [
  wFault(
    'blank-funds-score',
    (d) => {
      d.funds.score = '分';
      d.selfScore = 76;
    },
    (at) => [['blank', at.funds.score]],
  ),
  wFault(
    'blank-goal-score',
    (d) => {
      d.goalScore = null;
    },
    (at) => [['blank', at.goalScore]],
    { wide: true },
  ),
  wFault(
    'unmet-full-score-目标值-实际值',
    unmetFullScore,
    (at) => [['unmet-full-score', at.indicators[9].score]],
    {
      valueHeaders: ['目标值', '实际值'],
    },
  ),
  wFault(
    'unmet-full-score-预期指标值-全年实际完成值',
    unmetFullScore,
    (at) => [['unmet-full-score', at.indicators[9].score]],
    { valueHeaders: ['预期指标值', '全年实际完成值'], blankRowAfterHeader: true },
  ),
  wFault(
    'unmet-full-score-计划值-完成情况',
    unmetFullScore,
    (at) => [['unmet-full-score', at.indicators[9].score]],
    {
      valueHeaders: ['年度计划值', '实际完成情况'],
    },
  ),
  wFault(
    'rate',
    (d) => (d.funds.rate = shown(0.9, '0.0%')),
    (at) => [['rate', at.funds.rate]],
  ),
  wFault(
    'fund-score',
    (d) => {
      d.funds.score = 18;
      d.selfScore = 94;
    },
    (at) => [['fund-score', at.funds.score]],
    { fundsScoreHeader: '得分' },
  ),
  wFault(
    'over-budget',
    (d) => {
      d.funds.actual = 160;
      d.funds.rate = shown(160 / 150, '0.00%');
    },
    (at) => [['over-budget', at.funds.actual]],
  ),
  wFault(
    'total',
    (d) => (d.selfScore = 95),
    (at) => [['total', at.total]],
  ),
  wFault(
    'total-inline',
    (d) => (d.selfScore = 90),
    (at) => [['total', at.total]],
    { totalInline: true },
  ),
  wFault(
    'total-after-a-gap',
    (d) => (d.selfScore = 90),
    (at) => [['total', at.total]],
    { totalGap: true },
  ),
  wFault(
    'blank-total-after-a-gap',
    (d) => (d.selfScore = null),
    (at) => [['blank', at.total]],
    { totalGap: true },
  ),
  wFault(
    'total-key-总分',
    (d) => (d.selfScore = 90),
    (at) => [['total', at.total]],
    { totalKey: '总分' },
  ),
  wFault(
    'weight-sum-level1',
    (d) => {
      d.level1[0].groups[1] = {
        label: '质量指标（8分）',
        rows: [{ ...d.level1[0].groups[1].rows[0], score: 8 }],
      };
      d.selfScore = 94;
    },
    (at) => [['weight-sum', at.level1[0]]],
  ),
  wFault(
    'weight-sum-level2',
    (d) => {
      d.level1[0].groups[0].label = '数量指标（10分）';
      d.level1[0].groups[0].rows[2].score = 2;
      d.selfScore = 94;
    },
    (at) => [['weight-sum', at.level1[0]]],
    { wide: true },
  ),
  wFault(
    'score-over-max',
    (d) => {
      d.level1[0].groups[2].rows[0].score = 5;
      d.selfScore = 97;
    },
    (at) => [['score-over-max', at.indicators[4].score]],
  ),
  wFault(
    'score-over-max-group',
    (d) => {
      d.level1[0].groups[0].rows[2].score = 6;
      d.selfScore = 98;
    },
    (at) => [['score-over-max', at.indicators[0].score]],
  ),
  wFault(
    'missing-reason',
    (d) => (d.reason = null),
    (at) => [['missing-reason', at.reason as string]],
  ),
  wFault(
    'missing-reason-group-short',
    (d) => {
      d.level1[0].groups[0].rows[1].score = 3;
      d.level1[1].groups[2].rows[0] = { name: '居民满意度', target: '≥90%', actual: '92%', score: 10 };
      d.selfScore = 97;
      d.reason = '—';
    },
    (at) => [['missing-reason', at.reason as string]],
    { level2: 'repeated' },
  ),
  wFault(
    'unmet-full-score',
    (d) => {
      d.level1[1].groups[2].rows[0].score = 10;
      d.selfScore = 98;
    },
    (at) => [['unmet-full-score', at.indicators[9].score]],
  ),
  wFault(
    'blank-actual',
    (d) => (d.level1[0].groups[1].rows[0].actual = '---'),
    (at) => [['blank', at.indicators[3].actual]],
  ),
  wFault(
    'blank-score',
    (d) => (d.level1[0].groups[1].rows[0].score = null),
    (at) => [['blank', at.indicators[3].score]],
  ),
  wFault(
    'blank-total',
    (d) => (d.selfScore = null),
    (at) => [['blank', at.total]],
  ),
  wFault(
    'number-as-text',
    (d) => (d.funds.budget = '150'),
    (at) => [['number-as-text', at.funds.budget]],
  ),
];

describe('wuhan2020 layouts (clean)', () => checkEach(wuhanLayouts));
describe('wuhan2020 planted faults', () => checkEach(wuhanFaults));

// ---------------------------------------------------------------------------------------------------------
// department

function department(
  id: string,
  change: (d: DepartmentData) => void,
  style: Partial<ScoredTableStyle> = {},
  expect: (at: ReturnType<typeof buildDepartment>['at']) => Expect[] = () => [],
  goals?: number[],
) {
  const data = clone(departmentClean(goals));
  change(data);
  const form = buildDepartment(data, { ...WUHAN_STYLE, ...style });
  return form.table(`department-${id}`, expect(form.at));
}

/** Goal 1's 数量指标 worth 10 points over two rows (5 + 5), merged or repeated by the style. */
function twoRowGroup(d: DepartmentData): void {
  const group = d.goals[0].level1[0].groups[0];
  group.rows = [
    { name: '任务1完成数量', target: '≥10个', actual: '10个', score: 5 },
    { name: '任务1覆盖社区数', target: '26个', actual: '26个', score: 5 },
  ];
}

const departmentLayouts: FixtureTable[] = [
  department('level2-group-merged', twoRowGroup),
  department('level2-group-repeated', twoRowGroup, { level2: 'repeated' }),
  department('level2-group-first-only', twoRowGroup, { level2: 'firstOnly', level1: 'firstOnly' }),
  department('clean', same),
  department('two-goals', same, {}, undefined, [48, 32]),
  department('seven-goals', same, {}, undefined, [16, 12, 12, 12, 12, 8, 8]),
  department('no-title', same, { title: 'none' }),
  department('funds-points-nowhere', same, { fundsScoreHeader: '得分', fundsLabel: '预算执行情况' }),
  department('title-plain', same, { title: 'plain' }),
  department('blank-row-after-each-header', same, { blankRowAfterHeader: true }),
  department('value-headings-指标值', same, { valueHeaders: ['指标值', '实际完成值'] }),
  department('total-key-自评得分', same, { totalKey: '自评得分' }),
  department('total-after-a-gap', same, { totalGap: true }),
  department('total-inline', same, { totalInline: true }),
  department('half-width', same, { halfWidth: true }),
  department('level1-repeated', same, { level1: 'repeated' }),
  department('level1-first-only', same, { level1: 'firstOnly' }),
  department('block-labels-first-only', same, { blockLabels: 'firstOnly' }),
  department('no-improvement-row', same, { closing: 'reasonOnly' }),
];

function dFault(
  id: string,
  change: (d: DepartmentData) => void,
  expect: (at: ReturnType<typeof buildDepartment>['at']) => Expect[],
  style: Partial<ScoredTableStyle> = {},
) {
  return department(`fault-${id}`, change, style, expect);
}

const departmentFaults: FixtureTable[] = [
  dFault(
    'fund-score',
    (d) => {
      d.funds.score = 19;
      d.total = 99;
    },
    (at) => [['fund-score', at.funds.score]],
  ),
  dFault(
    'weight-sum-level1',
    (d) => (d.goals[1].level1[1].label = '效益指标（10分）'),
    (at) => [['weight-sum', at.level1[3]]],
  ),
  dFault(
    'group-short-no-reason',
    (d) => {
      twoRowGroup(d);
      d.goals[0].level1[0].groups[0].rows[1].score = 3;
      d.total = 98;
      d.reason = '';
    },
    (at) => [['missing-reason', at.reason as string]],
    { level2: 'repeated' },
  ),
  dFault(
    'number-as-text-score',
    (d) => (d.goals[0].level1[0].groups[0].rows[0].score = '10'),
    (at) => [['number-as-text', at.indicators[0].score]],
  ),
  dFault(
    'total-key-自评得分',
    (d) => (d.total = 99),
    (at) => [['total', at.total]],
    { totalKey: '自评得分' },
  ),
  dFault(
    'total-after-a-gap',
    (d) => (d.total = 99),
    (at) => [['total', at.total]],
    { totalGap: true },
  ),
  dFault(
    'total',
    (d) => (d.total = 99),
    (at) => [['total', at.total]],
  ),
  dFault(
    'rate',
    (d) => (d.funds.rate = shown(0.98, '0.00%')),
    (at) => [['rate', at.funds.rate]],
  ),
  dFault(
    'over-budget',
    (d) => {
      d.funds.actual = 2100;
      d.funds.rate = shown(2100 / 2064.08, '0.00%');
    },
    (at) => [['over-budget', at.funds.actual]],
  ),
  dFault(
    'weight-sum-goal',
    (d) => (d.goals[0].text = d.goals[0].text.replace('（40分）', '（42分）')),
    (at) => [['weight-sum', at.goals[0]]],
  ),
  dFault(
    'score-over-max',
    (d) => {
      d.goals[1].level1[0].groups[0].rows[0].score = 7;
      d.total = 101;
    },
    (at) => [['score-over-max', at.indicators[4].score]],
  ),
  dFault(
    'unmet-full-score',
    (d) => (d.goals[2].level1[1].groups[1].rows[0].actual = '85%'),
    (at) => [['unmet-full-score', at.indicators[11].score]],
  ),
  dFault(
    'missing-reason',
    (d) => {
      d.goals[0].level1[0].groups[0].rows[0].score = 8;
      d.total = 98;
      d.reason = null;
    },
    (at) => [['missing-reason', at.reason as string]],
  ),
  dFault(
    'blank-total',
    (d) => (d.total = '分'),
    (at) => [['blank', at.total]],
    { totalInline: true },
  ),
  dFault(
    'blank-actual',
    (d) => (d.goals[1].level1[0].groups[1].rows[0].actual = '—'),
    (at) => [['blank', at.indicators[5].actual]],
  ),
];

describe('department layouts (clean)', () => checkEach(departmentLayouts));
describe('department planted faults', () => checkEach(departmentFaults));

// ---------------------------------------------------------------------------------------------------------
// target

function target(
  id: string,
  goals: TargetGoalData[],
  style: Partial<TargetStyle> = {},
  expect: (at: ReturnType<typeof buildTarget>['at']) => Expect[] = () => [],
) {
  const form = buildTarget(goals, { ...TARGET_STYLE, ...style });
  return form.table(`target-${id}`, expect(form.at));
}

const twoGoals = (): TargetGoalData[] => [
  { ...targetGoal('年度绩效目标1', 0.6), ratio: 60 },
  { ...targetGoal('年度绩效目标2', 0.4), ratio: 40 },
];

const targetLayouts: FixtureTable[] = [
  target('clean', [targetGoal()]),
  target('no-title', [targetGoal()], { title: false }),
  target('long-term-above', [targetGoal()], { longTermAbove: true }),
  target('long-term-above-no-title', [targetGoal()], { longTermAbove: true, title: false }),
  target('goal-name-repeated', [targetGoal()], { goalName: 'repeated' }),
  target('goal-name-first-only', [targetGoal()], { goalName: 'firstOnly' }),
  target('levels-repeated', [targetGoal()], { levels: 'repeated' }),
  target('one-header-row', [targetGoal()], { twoHeaderRows: false }),
  target('ratio-header-bare', [targetGoal()], { ratioHeader: '指标权重比例' }),
  target('two-goals', twoGoals()),
  target('two-goals-repeated', twoGoals(), { goalName: 'repeated' }),
  target('two-goals-first-only', twoGoals(), { goalName: 'firstOnly', levels: 'firstOnly' }),
];

const percentRatio = (ratio: TargetGoalData['ratio'], asPercent: boolean): TargetGoalData[] => {
  const g = targetGoal();
  g.ratio = ratio;
  if (asPercent) g.rows.forEach((r) => (r.weight = `${String(r.weight)}%`));
  return [g];
};

targetLayouts.push(
  target('ratio-as-percent-text', percentRatio('100%', false)),
  target('ratio-as-percent-number', percentRatio(shown(1, '0%'), false)),
  target('weights-as-percent-text', percentRatio('100%', true)),
);

const short = (): TargetGoalData => {
  const g = targetGoal();
  g.rows[3].weight = 10;
  return g;
};

const textWeights = (): TargetGoalData => {
  const g = targetGoal();
  g.rows[0].weight = '20';
  return g;
};

const targetFaults: FixtureTable[] = [
  target('text-weight-is-not-read-by-a-formula', [textWeights()]),
  target('fault-weight-sum', [short()], {}, (at) => [['weight-sum', at.goals[0].ratio]]),
  target('fault-weight-sum-repeated', [short()], { goalName: 'repeated' }, (at) => [
    ['weight-sum', at.goals[0].ratio],
  ]),
  target(
    'fault-weight-sum-second-goal',
    (() => {
      const g = twoGoals();
      g[1].rows[0].weight = 18;
      return g;
    })(),
    { goalName: 'firstOnly' },
    (at) => [['weight-sum', at.goals[1].ratio]],
  ),
  target(
    'fault-blank-weight',
    (() => {
      const g = targetGoal();
      g.rows[2].weight = null;
      return [g];
    })(),
    { longTermAbove: true },
    (at) => [['blank', at.goals[0].weights[2]]],
  ),
];

describe('target layouts (clean)', () => checkEach(targetLayouts));
describe('target planted faults', () => checkEach(targetFaults));

// ---------------------------------------------------------------------------------------------------------
// sheets: stacked tables, notes, decoys, long-term tables, empty sheets

const base = {
  national: () => national('clean', same),
  nationalNoTitle: () => national('no-title', same, { title: null, yearLine: null }),
  nationalNoTotal: () => national('no-total-row', same, { totalLabel: 'none' }),
  hubei: () => hubei('clean', same),
  wuhan: () => wuhan('clean', same),
  wuhanNoClosing: () => wuhan('no-closing-rows', same, { closing: 'none' }),
  wuhanNoTitle: () => wuhan('no-title', same, { title: 'none' }),
  department: () => department('clean', same),
  target: () => target('long-term-above', [targetGoal()], { longTermAbove: true }),
};

function sheetCase(name: string, sheet: FixtureSheet): [string, FixtureSheet] {
  return [name, sheet];
}

function beside(main: FixtureTable, decoy: FixtureTable, decoyRow: number): FixtureSheet {
  const width = Math.max(...main.rows.map((r) => r.length));
  return {
    name: 'Sheet1',
    tables: [
      { table: main, row: 0, col: 0 },
      { table: decoy, row: decoyRow, col: width + 2 },
    ],
  };
}

function leftOf(decoy: FixtureTable, main: FixtureTable, decoyRow: number): FixtureSheet {
  const width = Math.max(...decoy.rows.map((r) => r.length));
  return {
    name: 'Sheet1',
    tables: [
      { table: decoy, row: decoyRow, col: 0 },
      { table: main, row: 0, col: width + 2 },
    ],
  };
}

const sheets: [string, FixtureSheet][] = [
  sheetCase('national, budget decoy on the left', leftOf(budgetExecutionSummary(), base.national(), 3)),
  sheetCase('wuhan, budget decoy on the left at the top', leftOf(budgetExecutionSummary(), base.wuhan(), 0)),
  sheetCase('two national forms side by side', beside(base.national(), base.national(), 0)),
  sheetCase('wuhan beside hubei, offset', beside(base.wuhan(), base.hubei(), 3)),
  sheetCase('two target tables side by side', beside(base.target(), base.target(), 2)),
  sheetCase('two national tables, no blank row between', stacked([base.national(), base.national()], 0)),
  sheetCase(
    'two national tables without titles, no blank row',
    stacked([base.nationalNoTitle(), base.nationalNoTitle()], 0, 2),
  ),
  sheetCase('national without 总分 row, then notes', stacked([base.nationalNoTotal(), notes(9)], 1)),
  sheetCase(
    'national without 总分 row, then notes right below',
    stacked([base.nationalNoTotal(), notes(9)], 0),
  ),
  sheetCase('national without 总分 row, then a signature footer right below', {
    name: 'Sheet1',
    tables: [
      { table: base.nationalNoTotal(), row: 0, col: 0 },
      { table: footer(9), row: base.nationalNoTotal().rows.length, col: 0 },
    ],
  }),
  sheetCase(
    'wuhan without closing rows, then a signature footer right below',
    stacked([base.wuhanNoClosing(), footer(7)], 0),
  ),
  sheetCase('wuhan, then a signature footer right below', stacked([base.wuhan(), footer(7)], 0)),
  sheetCase(
    'national without 总分 row, then another national',
    stacked([base.nationalNoTotal(), base.national()], 1),
  ),
  sheetCase('two hubei tables, no blank row', stacked([base.hubei(), base.hubei()], 0)),
  sheetCase(
    'department then wuhan tables, no blank row',
    stacked([base.department(), base.wuhan(), base.wuhan()], 0),
  ),
  sheetCase(
    'wuhan without closing rows, then another wuhan',
    stacked([base.wuhanNoClosing(), base.wuhan()], 0),
  ),
  sheetCase(
    'wuhan without closing rows, then one without title',
    stacked([base.wuhanNoClosing(), base.wuhanNoTitle()], 1),
  ),
  sheetCase('wuhan without closing rows, then notes', stacked([base.wuhanNoClosing(), notes(7)], 1)),
  sheetCase('wuhan, then notes right below', stacked([base.wuhan(), notes(7)], 0)),
  sheetCase('national, budget decoy below', stacked([base.national(), budgetExecutionSummary()], 1)),
  sheetCase('national, budget decoy beside at the top', beside(base.national(), budgetExecutionSummary(), 0)),
  sheetCase(
    'national, budget decoy beside at the funds header',
    beside(base.national(), budgetExecutionSummary(), 2),
  ),
  sheetCase('hubei, budget decoy beside', beside(base.hubei(), budgetExecutionSummary(), 5)),
  sheetCase('wuhan, budget decoy beside', beside(base.wuhan(), budgetExecutionSummary(), 3)),
  sheetCase('wuhan, notes beside', beside(base.wuhan(), notes(4), 10)),
  sheetCase('target tables of two 申报表 pages', stacked([base.target(), base.target()], 1)),
  sheetCase('target tables of two pages, no blank row', stacked([base.target(), base.target()], 0)),
  sheetCase('target, then a signature footer right below', stacked([base.target(), footer(10)], 0)),
  sheetCase('target, then notes right below', stacked([base.target(), notes(10)], 0)),
  sheetCase('target, budget decoy beside', beside(base.target(), budgetExecutionSummary(), 8)),
  sheetCase('only a budget summary', alone(budgetExecutionSummary())),
  sheetCase('only notes', alone(notes(6))),
  sheetCase('empty sheet', { name: 'Sheet1', tables: [] }),
];

describe.each(sheets)('sheet: %s', (_name, sheet) => {
  it('finds exactly the forms and their findings', () =>
    expect(analyse(sheet)).toEqual(expectedOfSheet(sheet)));
});

describe('a huge sheet', () => {
  it('detects 300 stacked tables quickly and finds nothing on clean ones', () => {
    const kinds = [base.national(), base.wuhan(), base.hubei(), base.department(), base.target()];
    const tables = Array.from({ length: 300 }, (_, i) => kinds[i % kinds.length]);
    const snapshot = snapshotOfSheet(stacked(tables, 1));
    const started = Date.now();
    const result = analyzeSheet(snapshot);
    const elapsed = Date.now() - started;
    expect(result.regions).toHaveLength(300);
    expect(result.findings).toEqual([]);
    expect(elapsed).toBeLessThan(3000);
  });
});
