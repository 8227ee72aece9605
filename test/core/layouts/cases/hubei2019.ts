import type { FixtureTable } from '../../../fixtures/format';
import { Expect } from '../../../support/builtForm';
import {
  buildHubei,
  HUBEI_STYLE,
  HubeiData,
  hubeiClean,
  HubeiStyle,
  hrow,
} from '../../../support/hubeiVariant';
import { shown } from '../../../support/variantDraft';
import { clone, same } from './shared';
import type { LayoutCases } from './types';

/** hubei2019 (湖北 2019 自评表): clean layout variants and planted faults, moved from robustness.test.ts. */

export function hubei(
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
  hubei('template-leftovers', (d) => {
    d.indicators.splice(2, 0, hrow('产出指标', '数量指标', '指标3：', null, null));
    d.indicators.splice(4, 0, hrow('产出指标', '质量指标', '/', '/', '/', '/'));
  }),
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
    'over-budget',
    (d) => {
      d.funds = { budget: 120, actual: 126, rate: shown(1.05, '0.0%') };
      d.parts[4] = { budget: 120, actual: 126, rate: shown(1.05, '0.0%') };
      d.total_fundsScore = 20;
      d.total = 94;
    },
    (at) => [['over-budget', at.fundsTotal.actual]],
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

export const hubei2019Cases: LayoutCases = { layout: 'hubei2019', clean: hubeiLayouts, faulty: hubeiFaults };
