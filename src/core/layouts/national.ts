import { isTotalRowLabel } from '../detect/vocabulary';
import { NATIONAL_INFO, nationalForm } from '../templates/national';
import { FUNDS_RULES, SCORED_INDICATOR_RULES } from './ruleSets';
import { LayoutProfile } from './types';

/**
 * 项目支出绩效自评表 of 财预〔2020〕10号 (seeds 002, 003): funds 年初预算数 | 全年预算数 | 全年执行数 | 分值 |
 * 执行率 | 得分, one indicator table with 分值 and 得分 per row, 总分 at the foot. Department-wide forms printed
 * with the same columns are kind `department` (DOMAIN §8).
 */
export const national: LayoutProfile<'national'> = {
  id: 'national',
  kind: 'project',
  departmentByTitle: true,
  names: { zh: '项目支出（全国通用）', zhShort: '全国通用', en: 'Project (national)' },
  recognise: (e) => e.fundsWords.has('initialBudget') || e.fundsWords.has('weight'),
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
  template: { ...NATIONAL_INFO, build: nationalForm },
};
