import { isImprovementLabel } from '../detect/vocabulary';
import { WUHAN2020_INFO, wuhan2020Form } from '../templates/wuhan2020';
import { FUNDS_RULES, SCORED_INDICATOR_RULES } from './ruleSets';
import { LayoutProfile } from './types';

/**
 * Wuhan 2020 project form (seed 001): funds 预算数（A） | 执行数（B） | 执行率 | 得分（20分*执行率）, 项目绩效总目标
 * （20分）, 项目年度绩效指标（60分） with weights in the labels, 自评得分 in the head line, the closing rows
 * 偏差大或目标未完成原因分析 and 改进措施及结果应用方案.
 */
export const wuhan2020: LayoutProfile<'wuhan2020'> = {
  id: 'wuhan2020',
  kind: 'project',
  departmentByTitle: false,
  names: { zh: '项目支出（武汉2020）', zhShort: '武汉2020', en: 'Project (Wuhan 2020)' },
  // weights in the labels: its indicator header has no per-row 分值 column (a form with one is read by columns)
  recognise: (e) => e.fundsWords.has('score') && !e.indicatorRoles.has('weight'),
  isClosingRow: isImprovementLabel,
  sections: {
    goalBlock: true,
    indicatorBlockScore: false,
    labelWeights: ['goal', 'level1', 'level2'],
    goalsAreBlocks: false,
    // 自评得分 / 总分 in the head line; some districts print a 总分 row at the foot instead (read first)
    total: { row: true, headerKeys: ['自评得分', '总分', '总得分'] },
    grade: false,
    closingReason: true,
  },
  funds: { score: 'points-times-ratio', defaultPoints: 20 },
  // one funds row, no sub-rows: nothing for fund-sum
  rules: [...FUNDS_RULES.filter((r) => r !== 'fund-sum'), ...SCORED_INDICATOR_RULES],
  presetId: 'wuhan-2020',
  template: { ...WUHAN2020_INFO, build: wuhan2020Form },
};
