import { analyzeSheet, withDeclaredTargets } from '../../src/core/analyze';
import { pairingKey, sameTarget } from '../../src/core/declaredTargets';
import { parseTarget } from '../../src/core/cellText';
import { snapshotOfSheet } from '../support/fixtureSnapshot';
import { ADJUSTED_FORM } from './layouts/cases/adjusted';
import { DECLARATION } from './layouts/cases/declaration';
import { SparseCells, sparseTable } from './layouts/cases/sparseTable';

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
      'F19 指标「群众满意度」的年度指标值与申报时不同：申报表!H11: ≥90% → 自评表!F19: ≥85%',
    ]);
  });
  test('changed in words only (≥90% vs 不低于90%): no finding', () => {
    expect(check({ H11: '不低于90%' })).toEqual([]);
  });
  test('a declared indicator missing: reported at the 三级指标 heading', () => {
    expect(check({}, { D19: '群众获得感' })).toEqual([
      'D12 申报的指标「群众满意度」（申报表!H11: ≥90%）未出现在自评表中',
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
