import { isImprovementLabel } from '../detect/vocabulary';
import { DEPARTMENT_INFO, departmentForm } from '../templates/department';
import { FUNDS_RULES, SCORED_INDICATOR_RULES } from './ruleSets';
import { LayoutProfile } from './types';

/**
 * 部门整体绩效自评表 (first table of seed 001): funds 预算数（A） | 执行数（B） | 执行率 | 得分（20分*执行率） on
 * 部门整体支出总额, then blocks `年度目标N（X分）：…` each with its indicator table, weights in labels at three
 * levels, 总分 in the head line, closing rows 偏差大或目标未完成原因分析 and 改进措施及结果应用方案.
 */
export const department: LayoutProfile<'department'> = {
  id: 'department',
  kind: 'department',
  departmentByTitle: false,
  names: { zh: '部门整体支出', zhShort: '部门整体', en: 'Department' },
  // a department form without a funds block is read by its columns (generic, kind department)
  recognise: (e) => e.fundsWords.size > 0 && (e.departmentGoals || e.department),
  isClosingRow: isImprovementLabel,
  sections: {
    goalBlock: false,
    indicatorBlockScore: false,
    labelWeights: ['goal', 'level1', 'level2'],
    goalsAreBlocks: true,
    // 自评得分 / 总分 in the head line; some districts print a 总分 row at the foot instead (read first)
    total: { row: true, headerKeys: ['总分', '自评得分', '总得分'] },
    grade: false,
    closingReason: true,
  },
  funds: { score: 'points-times-ratio', defaultPoints: 20 },
  // one funds row, no sub-rows: nothing for fund-sum
  rules: [...FUNDS_RULES.filter((r) => r !== 'fund-sum'), ...SCORED_INDICATOR_RULES],
  presetId: 'wuhan-2020',
  template: { ...DEPARTMENT_INFO, build: departmentForm },
};
