import { isTotalRowLabel } from '../detect/vocabulary';
import { FUNDS_RULES, SCORED_INDICATOR_RULES } from './ruleSets';
import { LayoutProfile } from './types';

/**
 * A self-evaluation table that no named layout matches (DOMAIN §8): read by its column roles, with every check
 * its columns allow and none they cannot support. Kind `project`, or `department` when its title or name row
 * says so. No template: it is whatever the publisher printed.
 */
export const generic: LayoutProfile<'generic'> = {
  id: 'generic',
  kind: 'project',
  departmentByTitle: true,
  names: { zh: '其他格式（按列识别）', zhShort: '其他格式', en: 'Other layout (read by columns)' },
  recognise: () => true,
  isClosingRow: isTotalRowLabel,
  sections: {
    goalBlock: true,
    indicatorBlockScore: false,
    labelWeights: ['level1', 'level2'],
    goalsAreBlocks: false,
    total: { row: true, headerKeys: ['总分', '自评得分', '总得分'] },
    grade: true,
    closingReason: true,
  },
  // a form of its own prints its own funds points, or its weights leave them: no guess from a preset
  funds: { score: 'points-times-rate-cell', defaultPoints: 'inferred' },
  // what its columns allow (a funds score is judged only against points stated or left by the weights)
  rules: [...FUNDS_RULES, ...SCORED_INDICATOR_RULES, 'grade'],
  presetId: 'national-2020',
};
