import type { FixtureTable } from '../../../fixtures/format';
import { Expect } from '../../../support/builtForm';
import { shown } from '../../../support/variantDraft';
import {
  buildWuhan,
  ScoredTableStyle,
  WUHAN_STYLE,
  wuhanClean,
  WuhanData,
  ind,
} from '../../../support/wuhanVariant';
import { clone, same } from './shared';
import type { LayoutCases } from './types';

/** wuhan2020 (武汉 2020 自评表): clean layout variants and planted faults, moved from robustness.test.ts. */

export function wuhan(
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
  wuhan('template-leftovers', (d) => {
    d.level1[0].groups[0].rows.push(ind('指标4：', null, null, null), ind('……', null, null, null));
    d.level1[1].groups[1].rows.push(ind('/', '/', '/', '/'));
  }),
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
    'score-rule',
    (d) => {
      d.level1[0].groups[1].rows[0].actual = '90%';
      d.level1[0].groups[1].rows[0].score = 9.8;
      d.selfScore = 95.8;
    },
    (at) => [['score-rule', at.indicators[3].score]],
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

export const wuhan2020Cases: LayoutCases = { layout: 'wuhan2020', clean: wuhanLayouts, faulty: wuhanFaults };
