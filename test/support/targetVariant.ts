import type { FixtureCell } from '../fixtures/format';
import { BuiltForm } from './builtForm';
import { runsOf } from './nationalVariant';
import { a1, SpanStyle, spanLabel, VariantDraft } from './variantDraft';

/**
 * Annual target tables (年度绩效目标表, seed 004 style) as different people lay them out. Columns A..J:
 * A 目标名称, B 指标权重比例, C 一级, D 二级, E 三级, F 前年, G 上年, H 预计当年实现, I 指标分值权重, J 依据.
 */

export interface TargetRow {
  level1: string;
  level2: string;
  name: FixtureCell;
  expected: FixtureCell;
  weight: FixtureCell;
}

export interface TargetGoalData {
  name: string;
  ratio: FixtureCell;
  rows: TargetRow[];
}

export interface TargetStyle {
  title: boolean;
  /** A 长期绩效目标表 (no weights) printed directly above. */
  longTermAbove: boolean;
  /** 目标名称 and 指标权重比例 over a goal's rows. */
  goalName: SpanStyle;
  levels: SpanStyle;
  /** Two header rows (指标值 over 前年/上年/预计当年实现/指标分值权重), or every heading on one row. */
  twoHeaderRows: boolean;
  ratioHeader: string;
  weightHeader: string;
}

export const TARGET_STYLE: TargetStyle = {
  title: true,
  longTermAbove: false,
  goalName: 'merged',
  levels: 'merged',
  twoHeaderRows: true,
  ratioHeader: '指标权重比例(%)',
  weightHeader: '指标分值权重',
};

export function trow(
  level1: string,
  level2: string,
  name: string,
  expected: FixtureCell,
  weight: FixtureCell,
): TargetRow {
  return { level1, level2, name, expected, weight };
}

/** One clean goal of 100: weights 20 + 20 + 10 + 30 + 20. */
export function targetGoal(name = '年度绩效目标1', scale = 1): TargetGoalData {
  const w = (x: number) => x * scale;
  return {
    name,
    ratio: w(100),
    rows: [
      trow('产出指标', '数量指标', '培训场次', '≥4场', w(20)),
      trow('产出指标', '质量指标', '培训合格率', '≥95%', w(20)),
      trow('产出指标', '时效指标', '完成及时率', '100%', w(10)),
      trow('效益指标', '社会效益指标', '干部业务能力', '有效提升', w(30)),
      trow('满意度指标', '服务对象满意度指标', '参训人员满意度', '≥90%', w(20)),
    ],
  };
}

export interface TargetAt {
  goals: { name: string; ratio: string; weights: string[] }[];
}

const W = 10;

function longTermTable(d: VariantDraft): void {
  d.span(d.addRow(['长期绩效目标表']), 0, W - 1);
  const h = d.addRow([
    '目标名称',
    '一级指标',
    '二级指标',
    '三级指标',
    '指标值',
    null,
    null,
    null,
    null,
    '指标值确定依据',
  ]);
  d.span(h, 4, 8);
  const rows: [string | null, string | null, string, string, string][] = [
    ['长期绩效目标1', '产出指标', '数量指标', '培训场次', '≥4场/年'],
    [null, null, '质量指标', '培训合格率', '≥95%'],
    [null, '效益指标', '社会效益指标', '干部业务能力', '持续提升'],
  ];
  for (const [g, l1, l2, l3, v] of rows) {
    const r = d.addRow([g, l1, l2, l3, v, null, null, null, null, '计划数据']);
    d.span(r, 4, 8);
  }
}

export function buildTarget(goals: TargetGoalData[], style: TargetStyle = TARGET_STYLE): BuiltForm<TargetAt> {
  const d = new VariantDraft(W);
  if (style.longTermAbove) longTermTable(d);
  const top = d.lastRow + 1;
  if (style.title) d.span(d.addRow(['年度绩效目标表']), 0, W - 1);
  if (style.twoHeaderRows) {
    const h = d.addRow([
      '目标名称',
      style.ratioHeader,
      '一级指标',
      '二级指标',
      '三级指标',
      '指标值',
      null,
      null,
      null,
      '指标值确定依据',
    ]);
    d.addRow([null, null, null, null, null, '前年', '上年', '预计当年实现', style.weightHeader]);
    for (const c of [0, 1, 2, 3, 4, 9]) d.merge(h, c, h + 1, c);
    d.span(h, 5, 8);
  } else {
    d.addRow([
      '目标名称',
      style.ratioHeader,
      '一级指标',
      '二级指标',
      '三级指标',
      '前年',
      '上年',
      '预计当年实现',
      style.weightHeader,
      '指标值确定依据',
    ]);
  }
  const at: TargetAt = { goals: [] };
  for (const goal of goals) {
    const first = d.lastRow + 1;
    const weights = goal.rows.map((r) => {
      const row = d.addRow([
        null,
        null,
        null,
        null,
        r.name,
        '无',
        r.expected,
        r.expected,
        r.weight,
        '计划数据',
      ]);
      return a1(row, 8);
    });
    const last = d.lastRow;
    spanLabel(d, goal.name, 0, first, last, style.goalName);
    spanLabel(d, goal.ratio, 1, first, last, style.goalName);
    for (const [s, e] of runsOf(goal.rows.map((r) => r.level1)))
      spanLabel(d, goal.rows[s].level1, 2, first + s, first + e, style.levels);
    for (const [s, e] of runsOf(goal.rows.map((r) => `${r.level1}/${r.level2}`)))
      spanLabel(d, goal.rows[s].level2, 3, first + s, first + e, style.levels);
    at.goals.push({ name: a1(first, 0), ratio: a1(first, 1), weights });
  }
  return new BuiltForm(d, { kind: 'target', layout: 'target', top, bottom: d.lastRow }, at);
}
