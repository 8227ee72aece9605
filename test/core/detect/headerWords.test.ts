import { fundsHeaderRole, indicatorHeaderRole, targetPartRole } from '../../../src/core/detect/headerWords';
import { normalizeLabel } from '../../../src/core/text/normalizeLabel';

/** Headings as forms print them (DOMAIN §1, §8), spaces, line breaks, brackets and units included. */
const funds = (text: string) => fundsHeaderRole(normalizeLabel(text));
const indicator = (text: string) => indicatorHeaderRole(normalizeLabel(text));

describe('funds headings by role', () => {
  test.each([
    ['年初预算数', 'initialBudget'],
    ['年初预算', 'initialBudget'],
    ['全年预算数', 'budget'],
    ['全年预算数（A）', 'budget'],
    ['全年预算数（万元）', 'budget'],
    ['调整后预算数', 'budget'],
    ['调整预算数（A）', 'budget'],
    ['预算数', 'budget'],
    ['全年执行数', 'actual'],
    ['全年执行', 'actual'],
    ['全年执行数(B)', 'actual'],
    ['执行数', 'actual'],
    ['预算执行数', 'actual'],
    ['分值', 'weight'],
    ['权重', 'weight'],
    ['分值(10分)', 'weight'],
    ['执行率', 'rate'],
    ['执行率（B/A）', 'rate'],
    ['预算执行率', 'rate'],
    ['得分', 'score'],
    ['得分（20分*执行率）', 'score'],
    ['自评分', 'score'],
    ['全年\n预算数', 'budget'],
    // 重庆 部门整体绩效自评表
    ['全年（调整）预算数', 'budget'],
    ['执行率（%）', 'rate'],
    ['执行率权重', 'weight'],
    ['执行率得分（分）', 'score'],
  ])('%s → %s', (text, role) => expect(funds(text)).toBe(role));

  test.each(['得分计算方法', '资金来源', '预算执行情况说明', '项目资金（万元）', '备注'])(
    '%s names no role',
    (text) => expect(funds(text)).toBeNull(),
  );
});

describe('indicator headings by role', () => {
  test.each([
    ['一级指标', 'level1'],
    ['一级指标名称', 'level1'],
    ['二级指标', 'level2'],
    ['三级指标', 'name'],
    ['指标名称', 'name'],
    ['指标内容', 'name'],
    ['评价指标', 'name'],
    ['年度指标值', 'target'],
    ['年度指标值（A）', 'target'],
    ['年初目标值', 'target'],
    ['年度目标值', 'target'],
    ['指标值', 'target'],
    ['预期指标值', 'target'],
    ['实际完成值', 'actual'],
    ['实际完成值（B）', 'actual'],
    ['全年实际值', 'actual'],
    ['完成值', 'actual'],
    ['年终完成值', 'actual'],
    ['调整指标值', 'adjustedTarget'],
    ['调整后指标值', 'adjustedTarget'],
    ['年初指标值', 'target'],
    ['全年完成值', 'actual'],
    ['实际完成情况', 'actual'],
    ['分值', 'weight'],
    ['权重', 'weight'],
    ['指标权重', 'weight'],
    ['得分', 'score'],
    ['自评得分', 'score'],
    ['指标得分', 'score'],
    ['偏差原因分析及改进措施', 'reason'],
    ['未完成原因分析', 'reason'],
    ['未完成原因和改进措施', 'reason'],
    ['偏差原因说明', 'reason'],
    ['指标性质', 'nature'],
    ['度量单位', 'unit'],
    ['计量单位', 'unit'],
    ['年度\n指标值', 'target'],
  ])('%s → %s', (text, role) => expect(indicator(text)).toBe(role));

  test.each(['指标解释', '评分标准', '指标值确定依据', '数据来源', '计算方法', '备注'])(
    '%s names no role',
    (text) => expect(indicator(text)).toBeNull(),
  );

  test('the sub-headings of a split target', () => {
    expect(targetPartRole('指标性质')).toBe('nature');
    expect(targetPartRole('指标值')).toBe('targetValue');
    expect(targetPartRole('度量单位')).toBe('unit');
    expect(targetPartRole('前年')).toBeNull();
  });
});
