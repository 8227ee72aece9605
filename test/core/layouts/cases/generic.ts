import type { SparseCells, SparseForm } from './sparseTable';
import { sparseTable } from './sparseTable';
import type { LayoutCases } from './types';

const pct = (n: number) => ({ n, fmt: '0.00%' });

/**
 * A form no named layout matches, read by its columns (DOMAIN §8): a title with the year and unit first, no
 * funds block, headings in another order and wording (指标值 | 完成值 | 分值 | 得分 | 偏差原因), 合计 at the
 * foot, 自评得分 and 自评等次 in a head line.
 */
export const GENERIC_FORM: SparseForm = {
  kind: 'project',
  layout: 'generic',
  range: 'A1:H10',
  merges: ['A1:H1', 'A2:B2', 'C2:H2', 'A5:A6', 'A8:A9', 'B8:B9', 'A10:E10'],
  cells: {
    A1: 'XX县民政局2022年度部门预算项目支出绩效自评表',
    A2: '项目名称',
    C2: '老年人关爱服务项目',
    A3: '自评得分',
    B3: 100,
    C3: '自评等次',
    D3: '优',
    A4: '一级指标',
    B4: '二级指标',
    C4: '三级指标',
    D4: '指标值',
    E4: '完成值',
    F4: '分值',
    G4: '得分',
    H4: '偏差原因',
    A5: '产出指标',
    B5: '数量指标',
    C5: '走访老人人次',
    D5: '≥500人次',
    E5: '520人次',
    F5: 40,
    G5: 40,
    B6: '质量指标',
    C6: '服务满意率',
    D6: '≥95%',
    E6: '96%',
    F6: 30,
    G6: 30,
    A7: '效益指标',
    B7: '社会效益指标',
    C7: '老人生活质量',
    D7: '明显提升',
    E7: '明显提升',
    F7: 20,
    G7: 20,
    A8: '满意度指标',
    B8: '服务对象满意度指标',
    C8: '老人满意度',
    D8: '≥90%',
    E8: '93%',
    F8: 10,
    G8: 10,
    C9: '指标2：',
    A10: '合计',
    F10: 100,
    G10: 100,
  },
};

/**
 * A form whose funds block has no points or score column (预算数 | 执行数 | 执行率), so no named layout takes
 * it; untitled, so it starts at its first row; indicators without scores: no score checks.
 */
export const GENERIC_FUNDS_FORM: SparseForm = {
  kind: 'project',
  layout: 'generic',
  range: 'A1:F10',
  merges: ['A1:B1', 'C1:F1', 'A2:A5', 'A6:A8'],
  cells: {
    A1: '项目名称',
    C1: '农村道路养护',
    A2: '预算执行情况（万元）',
    C2: '预算数',
    D2: '执行数',
    E2: '执行率',
    B3: '年度资金总额',
    C3: 50,
    D3: 48,
    E3: pct(0.96),
    B4: '其中：财政拨款',
    C4: 45,
    D4: 43,
    E4: '—',
    B5: '其他资金',
    C5: 5,
    D5: 5,
    E5: '—',
    A6: '一级指标',
    B6: '二级指标',
    C6: '指标名称',
    D6: '年度目标值',
    E6: '实际完成值',
    F6: '未完成原因',
    B7: '数量指标',
    C7: '养护里程',
    D7: '≥30公里',
    E7: '32公里',
    B8: '时效指标',
    C8: '完成时间',
    D8: '12月31日前',
    E8: '12月20日',
    A9: '评价结论',
    C9: '完成年度目标。',
    A10: '存在问题',
    C10: '无',
    A11: '填表人：赵六    联系电话：',
  },
};

/**
 * National-like columns with a funds score but no funds 分值 (全年预算数 | 全年执行数 | 执行率 | 得分) and a
 * 分值 per indicator: read by its columns, its funds worth what its weights leave (100 − 90 = 10), never a
 * preset's guess.
 */
export const GENERIC_SCORED_FUNDS_FORM: SparseForm = {
  kind: 'project',
  layout: 'generic',
  range: 'A1:H10',
  merges: ['A1:H1', 'A2:B2', 'C2:H2', 'A3:A4', 'A10:E10'],
  cells: {
    A1: '2021年度项目支出绩效自评表',
    A2: '项目名称',
    C2: '乡村道路养护',
    A3: '项目资金（万元）',
    C3: '全年预算数',
    D3: '全年执行数',
    E3: '执行率',
    F3: '得分',
    B4: '年度资金总额',
    C4: 80,
    D4: 76,
    E4: pct(0.95),
    F4: 9.5,
    A5: '一级指标',
    B5: '二级指标',
    C5: '三级指标',
    D5: '年度指标值',
    E5: '实际完成值',
    F5: '分值',
    G5: '得分',
    H5: '偏差原因分析及改进措施',
    A6: '产出指标',
    B6: '数量指标',
    C6: '养护里程',
    D6: '≥30公里',
    E6: '32公里',
    F6: 50,
    G6: 50,
    A7: '效益指标',
    B7: '社会效益指标',
    C7: '通行条件',
    D7: '明显改善',
    E7: '明显改善',
    F7: 30,
    G7: 30,
    A8: '满意度指标',
    B8: '服务对象满意度指标',
    C8: '群众满意度',
    D8: '≥90%',
    E8: '95%',
    F8: 10,
    G8: 10,
    A10: '总分',
    F10: 100,
    G10: 99.5,
  },
};

/** A department form read by its columns: kind department by its title, no funds block. */
const DEPARTMENT_CELLS: SparseCells = {
  A1: '部门（单位）整体支出绩效自评表',
  A2: '部门（单位）名称',
  C2: 'XX县民政局',
  C3: null,
  D3: null,
  A3: null,
  B3: null,
};

const g = (id: string, description: string, edits: SparseCells = {}, findings: [string, string][] = []) =>
  sparseTable(`generic-${id}`, description, GENERIC_FORM, edits, findings);
const f = (id: string, description: string, edits: SparseCells = {}, findings: [string, string][] = []) =>
  sparseTable(`generic-funds-${id}`, description, GENERIC_FUNDS_FORM, edits, findings);

export const genericCases: LayoutCases = {
  layout: 'generic',
  clean: [
    g('clean', 'no funds block, 合计 row, 自评得分 and 自评等次 in the head'),
    g('clean-no-head-total', 'no head line', { A3: null, B3: null, C3: null, D3: null }),
    g(
      'clean-units-incomparable',
      '8个 against ≥ 10次 (units that do not convert): no rule, a judgement; the shortfall explained',
      { C6: '培训场次', D6: '≥10次', E6: '8个', G6: 29, H6: '两场培训合并举办。', G10: 99, B3: 99 },
    ),
    f('clean', 'funds without points or score, indicators without scores'),
    sparseTable(
      'generic-scored-funds-clean',
      'funds score over points the weights leave',
      GENERIC_SCORED_FUNDS_FORM,
    ),
    {
      ...sparseTable(
        'generic-department',
        'department by its title, read by columns',
        GENERIC_FORM,
        DEPARTMENT_CELLS,
      ),
      expectedRegion: { kind: 'department', layout: 'generic', range: 'A1:H10' },
    },
  ],
  faulty: [
    g('score-over-max', 'a score above its 分值', { G5: 45, G10: 105, B3: 105 }, [['score-over-max', 'G5']]),
    g(
      'score-rule',
      '480 of ≥ 500 visits scored 39 of 40, above 480 ÷ 500 × 40 = 38.4',
      { E5: '480人次', G5: 39, H5: '部分老人外出。', G10: 99, B3: 99 },
      [['score-rule', 'G5']],
    ),
    g(
      'score-rule-units',
      '80000元 of ≥ 10万元 (units that convert) scored 26 of 30, above 8 ÷ 10 × 30 = 24',
      { C6: '资金拨付额', D6: '≥10万元', E6: '80000元', G6: 26, H6: '部分资金下年拨付。', G10: 96, B3: 96 },
      [['score-rule', 'G6']],
    ),
    g(
      'score-rule-band',
      'a qualitative 部分达成 scored 20 of 20, outside 60 %–80 %',
      { E7: '部分达成', H7: '部分老人未参与。' },
      [['score-rule', 'G7']],
    ),
    g('total', '合计 not the sum of the scores', { G10: 98, B3: 98, D3: '优' }, [['total', 'G10']]),
    g('head-total', 'the head 自评得分 differs from 合计', { B3: 96 }, [['total', 'B3']]),
    g('weight-sum', '合计 分值 not the sum of the weights', { F10: 90 }, [['weight-sum', 'F10']]),
    g(
      'missing-reason',
      'satisfaction 85 % against ≥ 90 %, 8 of 10, no reason',
      { E8: '85%', G8: 8, G10: 98, B3: 98 },
      [['missing-reason', 'H8']],
    ),
    g(
      'unmet-full-score',
      'satisfaction 85 % against ≥ 90 %, full marks, reason given',
      { E8: '85%', H8: '调查样本偏少。' },
      [['unmet-full-score', 'G8']],
    ),
    g('grade', 'a total of 100 graded 良', { D3: '良' }, [['grade', 'D3']]),
    g('blank', '完成值 left empty', { E6: null }, [['blank', 'E6']]),
    g('number-as-text', 'a score typed as text', { G5: '40' }, [['number-as-text', 'G5']]),
    sparseTable(
      'generic-scored-funds-fund-score',
      'funds score 19 where the weights leave 10 points: 10 × 95 % = 9.5',
      GENERIC_SCORED_FUNDS_FORM,
      { F4: 19, G10: 109 },
      [['fund-score', 'F4']],
    ),
    f('fund-sum', 'sub-rows add up to 49 of a 50 budget', { C5: 4 }, [['fund-sum', 'C3']]),
    f('rate', 'rate shown 100 %', { E3: pct(1) }, [['rate', 'E3']]),
    f('over-budget', 'spent 52 of 50', { D3: 52, D4: 47, E3: pct(1.04) }, [['over-budget', 'D3']]),
    f('missing-reason', 'late against its deadline, no reason', { E8: '1月15日' }, [
      ['missing-reason', 'F8'],
    ]),
  ],
};
