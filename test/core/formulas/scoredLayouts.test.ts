import { planFormulas } from '../../../src/core/formulas';
import { CellValue, Grid, snapshotFromRows } from '../../../src/core/grid';
import { Indicator, Region } from '../../../src/core/model';
import { presetById } from '../../../src/core/presets';

const hubeiPreset = presetById('hubei-2019');
const a1 = (i: { row: number; col: number }) => `${String.fromCharCode(65 + i.col)}${i.row + 1}`;

/** Seed 000 机关综合工作经费: 自评等次 and 自评得分 written into the header line, or in cells of their own. */
function hubeiForm(inlineHeader: boolean): { grid: Grid; region: Region } {
  const header: CellValue[] = inlineHeader
    ? ['自评时间：2020年5月 自评等次： 优 自评得分： 92.76']
    : ['自评时间', '2020年5月', null, '自评等次', null, '优', '自评得分', 92.76];
  const rows: CellValue[][] = [
    ['项目支出绩效自评表'],
    ['（2019年度）'],
    header,
    ['项目名称', null, '机关综合工作经费'],
    ['项目资金（20分）', null, null, '全年预算数（A）', '全年执行数（B）', '预算执行率（B/A)', '自评分'],
    [null, '年度资金总额：', null, 79.13, 78.2, '98.8%', 19.76],
    [null, '其中：中央补助'],
    [null, '区级预算资金', null, 79.13, 78.2, '98.8%'],
    ['项目绩效总目标（20分）', '年初设定目标', null, null, '全年实际完成情况', null, '自评分'],
    [null, '目标', null, null, '完成', null, 15],
    [
      '绩效指标（60分）',
      '一级指标',
      '二级指标',
      '指标内容',
      '年度目标值',
      '全年完成值',
      '未完成原因和改进措施',
      '自评分',
    ],
    [null, '产出指标', '数量指标', '文明创建活动次数', '1次', '100%', null, 58],
    [null, '产出指标', '质量指标', '司法应救助执行率', '100%', '100%'],
    ['说明'],
  ];
  const merges = [
    { top: 5, left: 6, bottom: 7, right: 6 },
    { top: 11, left: 7, bottom: 12, right: 7 },
  ];
  const grid = new Grid(snapshotFromRows('湖北', rows, merges));
  const indicators: Indicator[] = [11, 12].map((row) => ({
    row,
    level1: '产出指标',
    level2: row === 11 ? '数量指标' : '质量指标',
    name: String(rows[row][3]),
    target: { row, col: 4 },
    actual: { row, col: 5 },
    reason: { row, col: 6 },
  }));
  const region: Region = {
    kind: 'project',
    layout: 'hubei2019',
    sheet: '湖北',
    range: { top: 0, left: 0, bottom: 13, right: 7 },
    title: '项目支出绩效自评表',
    titleCell: { row: 0, col: 0 },
    funds: {
      labelCell: { row: 4, col: 0 },
      total: {
        label: '年度资金总额',
        row: 5,
        budget: { row: 5, col: 3 },
        actual: { row: 5, col: 4 },
        rate: { row: 5, col: 5 },
        score: { row: 5, col: 6 },
      },
      parts: [],
      maxPoints: 20,
    },
    goal: { labelCell: { row: 8, col: 0 }, maxPoints: 20, score: { ref: { row: 9, col: 6 } } },
    indicatorBlock: { labelCell: { row: 10, col: 0 }, maxPoints: 60, score: { ref: { row: 11, col: 7 } } },
    indicators,
    weightGroups: [],
    total: inlineHeader ? { ref: { row: 2, col: 0 }, inlineLabel: '自评得分' } : { ref: { row: 2, col: 7 } },
    grade: inlineHeader ? { ref: { row: 2, col: 0 }, inlineLabel: '自评等次' } : { ref: { row: 2, col: 5 } },
  };
  return { grid, region };
}

describe('hubei2019 formulas', () => {
  it('writes rate and 20 × rate, and skips a total and grade that share a cell with their labels', () => {
    const { grid, region } = hubeiForm(true);
    const plan = planFormulas(grid, region, hubeiPreset);
    expect(plan.items.map((i) => [i.role, a1(i), i.formula, i.computed, i.status])).toEqual([
      ['rate', 'F6', '=IF(N(D6)=0,"",E6/D6)', 78.2 / 79.13, 'write'],
      ['fund-score', 'G6', '=IF(N(D6)=0,"",ROUND(20*MIN(E6/D6,1),2))', 19.76, 'write'],
    ]);
    expect(plan.skipped.map((s) => [s.role, a1(s)])).toEqual([
      ['total', 'A3'],
      ['grade', 'A3'],
    ]);
    expect(plan.skipped[0].messageZh).toContain('自评得分');
  });

  it('sums funds, goal and indicator-block scores and grades the total when they have cells of their own', () => {
    const { grid, region } = hubeiForm(false);
    const plan = planFormulas(grid, region, hubeiPreset);
    expect(plan.items.map((i) => [i.role, a1(i), i.formula, i.computed, i.status])).toEqual([
      ['rate', 'F6', '=IF(N(D6)=0,"",E6/D6)', 78.2 / 79.13, 'write'],
      ['fund-score', 'G6', '=IF(N(D6)=0,"",ROUND(20*MIN(E6/D6,1),2))', 19.76, 'write'],
      ['total', 'H3', '=ROUND(N(G6)+N(G10)+N(H12),2)', 92.76, 'write'],
      ['grade', 'F3', '=IF(N(H3)=0,"",IF(H3>=90,"优",IF(H3>=80,"良",IF(H3>=60,"中","差"))))', '优', 'write'],
    ]);
  });

  it('takes the grade bands from the preset and flags a grade that disagrees', () => {
    const { grid, region } = hubeiForm(false);
    const strict = { ...hubeiPreset, gradeBands: { excellent: 95, good: 85, pass: 70 } };
    const grade = planFormulas(grid, region, strict).items.find((i) => i.role === 'grade');
    expect(grade?.formula).toBe('=IF(N(H3)=0,"",IF(H3>=95,"优",IF(H3>=85,"良",IF(H3>=70,"中","差"))))');
    expect(grade).toMatchObject({ computed: '良', status: 'conflict' });
  });

  it('a block stating no points is worth 20, whatever the preset says (as the check reads it)', () => {
    const { grid, region } = hubeiForm(true);
    const noPoints = { ...region, funds: region.funds && { ...region.funds, maxPoints: null } };
    const score = planFormulas(grid, noPoints, { ...hubeiPreset, fundsPoints: 15 }).items[1];
    expect(score.formula).toBe('=IF(N(D6)=0,"",ROUND(20*MIN(E6/D6,1),2))');
  });
});

/** Seed 001 style department form: two goal blocks, indicator scores in column G, funds score merged F:G. */
function departmentForm(): { grid: Grid; region: Region } {
  const rows: CellValue[][] = [
    ['2020年度洪山街道办事处整体绩效自评表'],
    ['填报日期', null, null, null, '总分', 59.87],
    [
      '预算执行情况（万元）（20分）',
      null,
      '预算数（A）',
      '执行数（B）',
      '执行率（B/A）',
      '得分（20分*执行率）',
    ],
    [null, '部门整体支出总额', 20640.8, 20511.36, '99.37%', 19.87],
    ['年度目标1（37分）：开展信访维稳工作'],
    ['年度绩效指标1', '一级指标', '二级指标', '指标名称', '年初目标值', '实际完成值', '得分'],
    [null, '产出指标（17分）', '数量指标1（0.5分）', '培训次数', '1次', '1次', 0.5],
    [null, null, '数量指标2（16.5分）', '人员数量', '80人', '80人', 16.5],
    [null, '效益指标（20分）', '社会效益指标（20分）', '社会效益', '逐步提高', '逐步提高', 20],
    ['年度目标2（3分）：办公及培训'],
    ['年度绩效指标2', '一级指标', '二级指标', '指标名称', '指标值', '实际完成值', '得分'],
    [null, '产出指标（3分）', '数量指标（3分）', '活动举办率', '1次/月', '不定期举行', '3'],
    ['偏差大或目标未完成原因分析', null, '无'],
  ];
  const merges = [
    { top: 3, left: 5, bottom: 3, right: 6 },
    { top: 6, left: 1, bottom: 7, right: 1 },
  ];
  const grid = new Grid(snapshotFromRows('整体', rows, merges));
  const indicator = (row: number): Indicator => ({
    row,
    level1: String(rows[row][1] ?? ''),
    level2: String(rows[row][2]),
    name: String(rows[row][3]),
    target: { row, col: 4 },
    actual: { row, col: 5 },
    score: { row, col: 6 },
  });
  const region: Region = {
    kind: 'department',
    layout: 'department',
    sheet: '整体',
    range: { top: 0, left: 0, bottom: 12, right: 6 },
    title: '2020年度洪山街道办事处整体绩效自评表',
    titleCell: { row: 0, col: 0 },
    funds: {
      labelCell: { row: 2, col: 0 },
      total: {
        label: '部门整体支出总额',
        row: 3,
        budget: { row: 3, col: 2 },
        actual: { row: 3, col: 3 },
        rate: { row: 3, col: 4 },
        score: { row: 3, col: 6 },
      },
      parts: [],
      maxPoints: 20,
    },
    indicators: [6, 7, 8, 11].map(indicator),
    weightGroups: [],
    total: { ref: { row: 1, col: 5 } },
    closingReason: { row: 12, col: 2 },
  };
  return { grid, region };
}

describe('department formulas', () => {
  it('sums the funds score and every indicator score, one SUM per contiguous run', () => {
    const { grid, region } = departmentForm();
    const plan = planFormulas(grid, region, presetById('wuhan-2020'));
    expect(plan.items.map((i) => [i.role, a1(i), i.formula])).toEqual([
      ['rate', 'E4', '=IF(N(C4)=0,"",D4/C4)'],
      // a reference into a merged area is written at its top-left cell
      ['fund-score', 'F4', '=IF(N(C4)=0,"",ROUND(20*MIN(D4/C4,1),2))'],
      ['total', 'F2', '=ROUND(N(F4)+SUM(G7:G9)+SUM(G12),2)'],
    ]);
    const total = plan.items[2];
    // the '3' stored as text is skipped by SUM: 19.87 + 37 = 56.87, not the 59.87 shown
    expect(total).toMatchObject({ computed: 56.87, status: 'conflict' });
    expect(plan.textNumbers.map((t) => a1(t))).toEqual(['G12']);
    const converted = planFormulas(grid, region, presetById('wuhan-2020'), { convertText: true });
    expect(converted.items[2]).toMatchObject({ computed: 59.87, status: 'write' });
  });
});
