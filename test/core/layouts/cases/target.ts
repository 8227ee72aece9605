import type { FixtureTable } from '../../../fixtures/format';
import { Expect } from '../../../support/builtForm';
import {
  buildTarget,
  TARGET_STYLE,
  targetGoal,
  TargetGoalData,
  TargetStyle,
} from '../../../support/targetVariant';
import { shown } from '../../../support/variantDraft';
import type { LayoutCases } from './types';

/** target (绩效目标申报表): clean layout variants and planted faults, moved from robustness.test.ts. */

export function target(
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

export const targetCases: LayoutCases = { layout: 'target', clean: targetLayouts, faulty: targetFaults };
