import type { FixtureTable } from '../../../fixtures/format';
import { Expect } from '../../../support/builtForm';
import { shown } from '../../../support/variantDraft';
import {
  buildDepartment,
  departmentClean,
  DepartmentData,
  ScoredTableStyle,
  WUHAN_STYLE,
  ind,
} from '../../../support/wuhanVariant';
import { clone, same } from './shared';
import type { LayoutCases } from './types';

/** department (部门整体支出绩效自评表): clean layout variants and planted faults, moved from robustness.test.ts. */

export function department(
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
  department('template-leftovers', (d) => {
    d.goals[0].level1[0].groups[0].rows.push(ind('指标2：', null, null, null));
    d.goals[1].level1[1].groups[1].rows.push(ind('……', null, null, null));
  }),
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
    'score-rule',
    (d) => {
      d.goals[0].level1[0].groups[0].rows[0].actual = '8个';
      d.goals[0].level1[0].groups[0].rows[0].score = 9;
      d.total = 99;
    },
    (at) => [['score-rule', at.indicators[0].score]],
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

export const departmentCases: LayoutCases = {
  layout: 'department',
  clean: departmentLayouts,
  faulty: departmentFaults,
};
