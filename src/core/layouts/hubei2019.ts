import { isNoteRowLabel } from '../detect/vocabulary';
import { HUBEI2019_INFO, hubei2019Form } from '../templates/hubei2019';
import { LayoutProfile } from './types';

/**
 * Hubei 2019 (seed 000): funds 全年预算数（A） | 全年执行数（B） | 预算执行率 | 自评分 (20 points merged down the
 * block), 项目绩效总目标（20分）, one 自评分 over the whole indicator block (60), 自评等次 and 自评得分 in the head
 * line, 说明 at the foot.
 */
export const hubei2019: LayoutProfile<'hubei2019'> = {
  id: 'hubei2019',
  kind: 'project',
  departmentByTitle: false,
  names: { zh: '项目支出（湖北2019）', zhShort: '湖北2019', en: 'Project (Hubei 2019)' },
  // one 自评分 over the indicator block: its indicator header has no per-row 分值 column
  recognise: (e) =>
    e.fundsWords.has('score') &&
    !e.indicatorRoles.has('weight') &&
    ((e.fundsWords.get('score') ?? '').startsWith('自评分') ||
      (e.fundsWords.get('budget') ?? '').startsWith('全年')),
  isClosingRow: isNoteRowLabel,
  sections: {
    goalBlock: true,
    indicatorBlockScore: true,
    labelWeights: ['level1', 'level2'],
    goalsAreBlocks: false,
    total: { row: false, headerKeys: ['自评得分', '总分', '总得分'] },
    grade: true,
    closingReason: false,
  },
  funds: { score: 'points-times-ratio', defaultPoints: 20 },
  // one score over the whole indicator block: no per-row score against a weight, so no unmet-full-score
  rules: [
    'fund-sum',
    'rate',
    'fund-score',
    'over-budget',
    'score-over-max',
    'total',
    'missing-reason',
    'grade',
    'blank',
    'number-as-text',
  ],
  presetId: 'hubei-2019',
  template: { ...HUBEI2019_INFO, build: hubei2019Form },
};
