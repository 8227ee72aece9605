/** The standard first- and second-level indicators (DOMAIN.md §1) and the default weights of our templates. */

export const LEVEL1_CHOICES = ['产出指标', '效益指标', '满意度指标', '成本指标'];

export const LEVEL2_CHOICES = [
  '数量指标',
  '质量指标',
  '时效指标',
  '成本指标',
  '经济效益指标',
  '社会效益指标',
  '生态效益指标',
  '可持续影响指标',
  '服务对象满意度指标',
  '经济成本指标',
  '社会成本指标',
  '生态环境成本指标',
];

export interface StandardRow {
  level1: string;
  level2: string;
  /** Default points; the 一级 sums are the documented defaults, the split below them is ours. */
  weight: number;
}

const rows = (level1: string, pairs: [string, number][]): StandardRow[] =>
  pairs.map(([level2, weight]) => ({ level1, level2, weight }));

/** 财预〔2020〕10号: 产出 50, 效益 30, 满意度 10 (with 预算执行率 10 on the funds row). */
export const NATIONAL_ROWS: StandardRow[] = [
  ...rows('产出指标', [
    ['数量指标', 20],
    ['质量指标', 10],
    ['时效指标', 10],
    ['成本指标', 10],
  ]),
  ...rows('效益指标', [
    ['经济效益指标', 5],
    ['社会效益指标', 15],
    ['生态效益指标', 5],
    ['可持续影响指标', 5],
  ]),
  ...rows('满意度指标', [['服务对象满意度指标', 10]]),
];

/** The same rows without weights: hubei2019 scores the indicator block as a whole. */
export const HUBEI_ROWS: StandardRow[] = NATIONAL_ROWS.map((r) => ({ ...r, weight: 0 }));

/** wuhan2020 project form: 60 points of indicators, written into the labels. */
export const WUHAN_ROWS: StandardRow[] = [
  ...rows('产出指标', [
    ['数量指标', 10],
    ['质量指标', 10],
    ['时效指标', 5],
    ['成本指标', 5],
  ]),
  ...rows('效益指标', [
    ['经济效益指标', 5],
    ['社会效益指标', 5],
    ['生态效益指标', 5],
    ['可持续影响指标', 5],
  ]),
  ...rows('满意度指标', [['服务对象满意度指标', 10]]),
];

/** One 年度目标 of the department form: 40 points, written into the labels at both levels. */
export const DEPARTMENT_GOAL_ROWS: StandardRow[] = [
  ...rows('产出指标', [
    ['数量指标', 5],
    ['质量指标', 5],
    ['时效指标', 5],
    ['成本指标', 5],
  ]),
  ...rows('效益指标', [
    ['经济效益指标', 3],
    ['社会效益指标', 6],
    ['生态效益指标', 3],
    ['可持续影响指标', 3],
  ]),
  ...rows('满意度指标', [['服务对象满意度指标', 5]]),
];

/** 年度绩效目标表 since 2021: 成本指标 is a first level of its own; weights total 100. */
export const TARGET_ROWS: StandardRow[] = [
  ...rows('成本指标', [['经济成本指标', 10]]),
  ...rows('产出指标', [
    ['数量指标', 15],
    ['质量指标', 15],
    ['时效指标', 10],
  ]),
  ...rows('效益指标', [
    ['经济效益指标', 10],
    ['社会效益指标', 10],
    ['生态效益指标', 5],
    ['可持续影响指标', 5],
  ]),
  ...rows('满意度指标', [['服务对象满意度指标', 20]]),
];

/** Consecutive rows sharing a first level: [start index, end index, level1]. */
export function level1Runs(
  list: StandardRow[],
): { start: number; end: number; level1: string; weight: number }[] {
  const runs: { start: number; end: number; level1: string; weight: number }[] = [];
  list.forEach((r, i) => {
    const last = runs[runs.length - 1];
    if (last && last.level1 === r.level1) {
      last.end = i;
      last.weight += r.weight;
    } else runs.push({ start: i, end: i, level1: r.level1, weight: r.weight });
  });
  return runs;
}

/** `产出指标（20分）`: the label form of a weight (full-width brackets, as the forms print them). */
export function withPoints(label: string, points: number): string {
  return `${label}（${points}分）`;
}
