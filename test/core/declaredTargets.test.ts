import { analyzeSheet, withDeclaredTargets } from '../../src/core/analyze';
import { pairingKey, sameTarget } from '../../src/core/declaredTargets';
import { parseTarget } from '../../src/core/cellText';
import { snapshotOfSheet } from '../support/fixtureSnapshot';
import { ADJUSTED_FORM } from './layouts/cases/adjusted';
import { SparseCells, SparseForm, sparseTable } from './layouts/cases/sparseTable';

/**
 * A 绩效目标申报表 page (项目名称 above the 年度绩效目标表) declaring the targets of 社区矫正工作经费, whose
 * self-evaluation is the adjusted-budget form of the layout cases (targets split over 指标性质 | 指标值 | 度量单位).
 */
const DECLARATION: SparseForm = {
  kind: 'target',
  layout: 'target',
  range: 'A5:J11',
  merges: [
    'A1:J1',
    'B2:J2',
    'A5:J5',
    'A6:A7',
    'B6:B7',
    'C6:C7',
    'D6:D7',
    'E6:E7',
    'F6:I6',
    'J6:J7',
    'A8:A11',
    'B8:B11',
  ],
  cells: {
    A1: '项目支出绩效目标申报表',
    A2: '项目名称',
    B2: '社区矫正工作经费',
    A3: '主管部门',
    B3: '某县司法局',
    A5: '年度绩效目标表',
    A6: '目标名称',
    B6: '指标权重比例(%)',
    C6: '一级指标',
    D6: '二级指标',
    E6: '三级指标',
    F6: '指标值',
    J6: '指标值确定依据',
    F7: '前年',
    G7: '上年',
    H7: '预计当年实现',
    I7: '指标分值权重',
    A8: '年度绩效目标1',
    B8: 100,
    C8: '产出指标',
    D8: '数量指标',
    E8: '矫正对象覆盖人数',
    H8: '≥120人',
    I8: 30,
    C9: '产出指标',
    D9: '质量指标',
    E9: '再犯罪率',
    H9: '≤1%',
    I9: 30,
    C10: '效益指标',
    D10: '社会效益指标',
    E10: '社区安全感',
    H10: '明显提升',
    I10: 20,
    C11: '满意度指标',
    D11: '服务对象满意度指标',
    E11: '群众满意度',
    H11: '≥90%',
    I11: 20,
  },
};

function check(declaration: SparseCells = {}, evaluation: SparseCells = {}) {
  const decl = analyzeSheet(
    snapshotOfSheet({
      name: '申报表',
      tables: [{ table: sparseTable('d', '', DECLARATION, declaration), row: 0, col: 0 }],
    }),
  );
  const self = analyzeSheet(
    snapshotOfSheet({
      name: '自评表',
      tables: [{ table: sparseTable('s', '', ADJUSTED_FORM, evaluation), row: 0, col: 0 }],
    }),
  );
  const [, checked] = withDeclaredTargets([decl, self]);
  return checked.findings.filter((f) => f.rule === 'target-changed').map((f) => `${f.cell} ${f.message}`);
}

describe('target-changed: the self-evaluation against the targets declared for the same project', () => {
  test('unchanged: no finding', () => expect(check()).toEqual([]));
  test('a target lowered: both values and where the declared one is', () => {
    expect(check({}, { F19: 85 })).toEqual([
      'F19 指标“群众满意度”的年度指标值与申报时不同：申报表!H11: ≥90% → 自评表!F19: ≥85%',
    ]);
  });
  test('changed in words only (≥90% vs 不低于90%): no finding', () => {
    expect(check({ H11: '不低于90%' })).toEqual([]);
  });
  test('a declared indicator missing: reported at the 三级指标 heading', () => {
    expect(check({}, { D19: '群众获得感' })).toEqual([
      'D12 申报的指标“群众满意度”（申报表!H11: ≥90%）未出现在自评表中',
    ]);
  });
  test('renamed with extra spaces: still paired', () => {
    expect(check({ E8: ' 矫正对象 覆盖人数 ' })).toEqual([]);
  });
  test('another project: not paired', () => {
    expect(check({ B2: '人民调解工作经费' }, { F19: 85 })).toEqual([]);
  });
  test('the same values compare across units and operators', () => {
    const same = (a: string, b: string, cost = false) => sameTarget(parseTarget(a), parseTarget(b), cost);
    expect(same('≥95%', '不低于95%')).toBe(true);
    expect(same('95%', '≥95%')).toBe(true);
    expect(same('≤10万元', '≤100000元')).toBe(true);
    expect(same('≥95%', '≥90%')).toBe(false);
    expect(same('≥95%', '≤95%')).toBe(false);
    expect(same('逐步提升', '逐步 提升。')).toBe(true);
    expect(pairingKey('（一）群众满意度')).toBe(pairingKey('群众满意度'));
  });
});
