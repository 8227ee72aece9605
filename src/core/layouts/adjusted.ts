import { isTotalRowLabel } from '../detect/vocabulary';
import { ADJUSTED_INFO, adjustedForm } from '../templates/adjusted';
import { FUNDS_RULES, SCORED_INDICATOR_RULES } from './ruleSets';
import { LayoutProfile } from './types';

/**
 * The provincial form with an adjusted budget (DOMAIN §8): funds 年初预算数 | 调整后预算数 | 执行数 | 分值 |
 * 执行率 | 得分 (the rate over 调整后预算数), indicators 一级 | 二级 | 三级指标 | 年度指标值 (指标性质 | 指标值 |
 * 度量单位) | 权重 | 完成值 | 得分 | 偏差原因分析及改进措施 under a two-row header, 合计 at the foot, then
 * 评价结论, 存在问题, 改进措施 and the signature line.
 */
export const adjusted: LayoutProfile<'adjusted'> = {
  id: 'adjusted',
  kind: 'project',
  departmentByTitle: true,
  names: { zh: '项目支出（调整后预算）', zhShort: '调整后预算', en: 'Project (adjusted budget)' },
  recognise: (e) =>
    e.fundsWords.size > 0 &&
    ((e.fundsWords.get('budget') ?? '').startsWith('调整后') ||
      e.indicatorRoles.has('nature') ||
      e.indicatorRoles.has('unit')),
  isClosingRow: isTotalRowLabel,
  sections: {
    goalBlock: false,
    indicatorBlockScore: false,
    labelWeights: ['level1', 'level2'],
    goalsAreBlocks: false,
    // the 总分 row; a form without one may print its total in the head lines (`自评得分：98`)
    total: { row: true, headerKeys: ['总分', '自评得分', '总得分'] },
    grade: false,
    closingReason: false,
  },
  funds: { score: 'points-times-rate-cell', defaultPoints: 'preset' },
  rules: [...FUNDS_RULES, ...SCORED_INDICATOR_RULES],
  presetId: 'national-2020',
  template: { ...ADJUSTED_INFO, build: adjustedForm },
};
