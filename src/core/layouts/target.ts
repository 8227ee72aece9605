import { TARGET_INFO, targetForm } from '../templates/target';
import { LayoutProfile } from './types';

/**
 * 年度绩效目标表 of a 绩效目标申报表 (seed 004): 目标名称 | 指标权重比例 | 一级 | 二级 | 三级指标 | 指标值 (前年 |
 * 上年 | 预计当年实现 | 指标分值权重) | 指标值确定依据. Found by its own header, checked for its weights only.
 */
export const target: LayoutProfile<'target'> = {
  id: 'target',
  kind: 'target',
  departmentByTitle: false,
  names: { zh: '绩效目标', zhShort: '目标表', en: 'Performance targets' },
  recognise: (e) => e.targetHeader,
  // no closing row: the table ends at its last indicator row before a blank row or the next page
  isClosingRow: () => false,
  sections: {
    goalBlock: false,
    indicatorBlockScore: false,
    labelWeights: [],
    goalsAreBlocks: false,
    total: { row: false, headerKeys: [] },
    grade: false,
    closingReason: false,
  },
  funds: { score: 'points-times-ratio', defaultPoints: 'preset' },
  // weights only: each goal's 指标分值权重 against its 指标权重比例, and none left blank
  rules: ['weight-sum', 'blank'],
  presetId: 'national-2020',
  template: { ...TARGET_INFO, build: targetForm },
};
