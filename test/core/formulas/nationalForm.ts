import { CellValue, Grid, snapshotFromRows } from '../../../src/core/grid';
import { Indicator, Region } from '../../../src/core/model';

/** What a test may change on the seed-002 style national form (0-based rows: funds row 5, indicators 12–20). */
export interface NationalInput {
  budget?: CellValue;
  actual?: CellValue;
  fundsWeight?: CellValue;
  rate?: CellValue;
  fundsScore?: CellValue;
  weights?: CellValue[];
  scores?: CellValue[];
  totalWeight?: CellValue;
  total?: CellValue;
  formulas?: Record<string, string>;
}

export const INDICATOR_ROWS = [12, 13, 14, 15, 16, 17, 18, 19, 20];
const LEVELS: [string, string][] = [
  ['产出指标', '数量指标'],
  ['产出指标', '质量指标'],
  ['产出指标', '时效指标'],
  ['产出指标', '成本指标'],
  ['效益指标', '经济效益指标'],
  ['效益指标', '社会效益指标'],
  ['效益指标', '生态效益指标'],
  ['效益指标', '可持续影响指标'],
  ['满意度指标', '服务对象满意度指标'],
];

/** Seed 002 综治工作经费, rebuilt by hand with its region as detection would report it. */
export function nationalForm(input: NationalInput = {}): { grid: Grid; region: Region } {
  const weights = input.weights ?? [10, 15, 10, 15, 5, 10, 5, 10, 10];
  const scores = input.scores ?? weights;
  const rows: CellValue[][] = [
    ['项目支出绩效自评表'],
    ['(2021年度)'],
    ['项目名称', null, '综治工作经费'],
    ['主管部门', null, '政法委', null, null, '实施单位', null, '政法委'],
    ['项目资金（万元）', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    [
      null,
      '年度资金总额',
      100,
      input.budget === undefined ? 100 : input.budget,
      input.actual === undefined ? 100 : input.actual,
      input.fundsWeight === undefined ? 10 : input.fundsWeight,
      input.rate === undefined ? '100.00%' : input.rate,
      input.fundsScore === undefined ? '10.00分' : input.fundsScore,
    ],
    [null, '其中：当年财政拨款', 100, 100, '100　', '—', '—', '—'],
    [null, '上年结转资金', 0, 0, 0, '—', '—', '—'],
    [null, '其他资金', 0, 0, 0, '—', '—', '—'],
    ['年度总体目标', '预期目标', null, null, null, '实际完成情况'],
    [null, '保障社会和谐稳定', null, null, null, '保障了社会和谐稳定'],
    [
      '绩效指标',
      '一级指标',
      '二级指标',
      '三级指标',
      '年度指标值',
      '实际完成值',
      '分值',
      '得分',
      '偏差原因分析及改进措施',
    ],
    ...LEVELS.map(([l1, l2], i) => [null, l1, l2, `指标${i + 1}`, '>=1', '1', weights[i], scores[i], null]),
    [
      '总分',
      null,
      null,
      null,
      null,
      null,
      input.totalWeight === undefined ? 100 : input.totalWeight,
      input.total === undefined ? '100.00分' : input.total,
    ],
  ];
  const formulas: (string | null)[][] = rows.map((r) => r.map(() => null));
  for (const [a1, f] of Object.entries(input.formulas ?? {})) {
    const col = a1.charCodeAt(0) - 65;
    const row = Number(a1.slice(1)) - 1;
    formulas[row][col] = f;
  }
  const snapshot = snapshotFromRows('综治', rows, [{ top: 4, left: 0, bottom: 8, right: 0 }], formulas);
  const indicators: Indicator[] = LEVELS.map(([l1, l2], i) => {
    const row = INDICATOR_ROWS[i];
    return {
      row,
      level1: l1,
      level1Cell: { row, col: 1 },
      level2: l2,
      level2Cell: { row, col: 2 },
      name: `指标${i + 1}`,
      nameCell: { row, col: 3 },
      target: { row, col: 4 },
      actual: { row, col: 5 },
      weight: { row, col: 6 },
      score: { row, col: 7 },
      reason: { row, col: 8 },
    };
  });
  const fundsRow = (row: number, label: string) => ({
    label,
    row,
    initialBudget: { row, col: 2 },
    budget: { row, col: 3 },
    actual: { row, col: 4 },
    weight: { row, col: 5 },
    rate: { row, col: 6 },
    score: { row, col: 7 },
  });
  const region: Region = {
    kind: 'project',
    layout: 'national',
    sheet: '综治',
    range: { top: 0, left: 0, bottom: 21, right: 8 },
    title: '项目支出绩效自评表',
    titleCell: { row: 0, col: 0 },
    funds: {
      labelCell: { row: 4, col: 0 },
      total: fundsRow(5, '年度资金总额'),
      parts: [fundsRow(6, '其中：当年财政拨款'), fundsRow(7, '上年结转资金'), fundsRow(8, '其他资金')],
      maxPoints: 10,
    },
    indicators,
    weightGroups: [],
    total: { ref: { row: 21, col: 7 } },
    totalWeight: { row: 21, col: 6 },
  };
  return { grid: new Grid(snapshot), region };
}
