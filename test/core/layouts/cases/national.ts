import type { FixtureTable } from '../../../fixtures/format';
import { Expect } from '../../../support/builtForm';
import {
  buildNational,
  NATIONAL_STYLE,
  nationalClean,
  NationalData,
  NationalStyle,
} from '../../../support/nationalVariant';
import { shown } from '../../../support/variantDraft';
import { clone, same } from './shared';
import type { LayoutCases } from './types';

/** national (财政部 项目支出绩效自评表): clean layout variants and planted faults, moved from robustness.test.ts. */

export function national(
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

const nationalLayouts: FixtureTable[] = [
  national('clean', same),
  // the official template's placeholder rows left in (DOMAIN §8): untouched, `……`, and a row of `/`
  national('template-leftovers', (d) => {
    const leftover = (level2: string, name: string, fill: string | null = null) => ({
      level1: '产出指标',
      level2,
      name,
      target: fill,
      actual: fill,
      weight: fill,
      score: fill,
      reason: fill,
    });
    d.indicators.splice(2, 0, leftover('数量指标', '指标3：'), leftover('数量指标', '……'));
    d.indicators.splice(5, 0, leftover('质量指标', '指标2：'));
    d.indicators.splice(7, 0, leftover('时效指标', '/', '/'));
  }),
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
    'leftover-with-points',
    (d) => {
      d.indicators[0].weight = 10;
      d.indicators[0].score = 10;
      d.indicators.splice(1, 0, {
        level1: '产出指标',
        level2: '数量指标',
        name: '指标2：',
        target: null,
        actual: null,
        weight: 5,
        score: 5,
        reason: null,
      });
    },
    (at) => [['blank', at.indicators[1].actual]],
  ),
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
    'score-rule',
    (d) => {
      d.indicators[0].actual = '10场';
      d.indicators[0].score = 14;
      d.indicators[0].reason = '两场活动因场地原因取消。';
      d.totalScore = 95.5;
    },
    (at) => [['score-rule', at.indicators[0].score]],
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

export const nationalCases: LayoutCases = {
  layout: 'national',
  clean: nationalLayouts,
  faulty: nationalFaults,
};
