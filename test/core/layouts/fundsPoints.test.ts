import { analyzeSheet } from '../../../src/core/analyze';
import { planFormulas } from '../../../src/core/formulas';
import { CellValue, Grid, snapshotFromRows } from '../../../src/core/grid';
import { presetById } from '../../../src/core/presets';

/**
 * A hubei2019 form that states its funds points nowhere (`项目资金` without `（20分）`, header `自评分`):
 * the check and the formula must agree on the points. Budget 100, spent 50, funds score 10 = 20 × 50 %.
 */
function hubeiWithoutPoints(): Grid {
  const rows: CellValue[][] = [
    ['项目支出绩效自评表'],
    ['自评时间', '2020年5月', null, '自评等次', null, '差', '自评得分', 10],
    ['项目名称', null, '某项目'],
    ['项目资金', null, null, '全年预算数（A）', '全年执行数（B）', '预算执行率（B/A)', '自评分'],
    [null, '年度资金总额：', null, 100, 50, '50.00%', 10],
    ['项目绩效总目标（20分）', '年初设定目标', null, null, '全年实际完成情况', null, '自评分'],
    [null, '目标', null, null, '完成', null, 0],
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
    [null, '产出指标', '数量指标', '活动次数', '1次', '1次', null, 0],
    ['说明'],
  ];
  const merges = [
    { top: 3, left: 0, bottom: 4, right: 0 },
    { top: 3, left: 1, bottom: 3, right: 2 },
    { top: 4, left: 1, bottom: 4, right: 2 },
    { top: 2, left: 0, bottom: 2, right: 1 },
    { top: 2, left: 2, bottom: 2, right: 7 },
  ];
  return new Grid(snapshotFromRows('湖北', rows, merges));
}

describe('funds points a form states nowhere', () => {
  test('hubei2019: the check accepts 20 × rate and the formula writes the same', () => {
    const grid = hubeiWithoutPoints();
    const { regions, findings } = analyzeSheet(grid.snapshot);
    expect(regions.map((r) => r.layout)).toEqual(['hubei2019']);
    expect(findings.filter((f) => f.rule === 'fund-score')).toEqual([]);
    // whatever preset the workbook uses, a hubei2019 form is built on 20 funds points
    for (const presetId of ['national-2020', 'hubei-2019', 'wuhan-2020']) {
      const plan = planFormulas(grid, regions[0], presetById(presetId));
      const fundScore = plan.items.find((i) => i.role === 'fund-score');
      expect(fundScore?.computed).toBe(10);
      expect(fundScore?.status).not.toBe('conflict');
    }
  });
});
