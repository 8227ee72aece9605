import { parseTarget } from '../../src/core/cellText';
import { ScoringRule } from '../../src/core/presets';
import { ruleScore } from '../../src/core/ruleScore';

const ratio: ScoringRule = { negative: 'ratio', bands: { achieved: 0.8, partly: 0.6 } };
const linear: ScoringRule = { ...ratio, negative: 'linear' };

function allowed(target: string, actual: string, points: number, rule = ratio, cost = false) {
  return ruleScore(parseTarget(target), parseTarget(actual), points, { cost, rule });
}

describe('the scoring rule (DOMAIN §9)', () => {
  test('positive target missed: points × actual ÷ target, with its arithmetic', () => {
    const r = allowed('≥100%', '97%', 15);
    expect(r).toMatchObject({ low: 14.55, high: 14.55 });
    expect(r?.arithmetic().zh).toBe('97% ÷ 100% × 15 = 14.55');
  });
  test('no operator on a non-cost indicator is positive', () => {
    expect(allowed('500人次', '480人次', 40)).toMatchObject({ high: 38.4 });
  });
  test('met: full points', () => {
    expect(allowed('≥90%', '93%', 10)).toMatchObject({ low: 10, high: 10 });
  });
  test('negative target missed: ratio (the template note) or linear (the platform)', () => {
    expect(allowed('≤1%', '2%', 20)).toMatchObject({ high: 10 });
    expect(allowed('≤10次', '12次', 10, linear)).toMatchObject({ high: 8 });
    // linear never below 0: twice the target and more earns nothing
    expect(allowed('≤10次', '25次', 10, linear)).toMatchObject({ high: 0 });
  });
  test('a cost amount without operator is negative', () => {
    expect(allowed('100万元', '125万元', 10, ratio, true)).toMatchObject({ high: 8 });
  });
  test('units that convert compare (万元 / 元); those that do not give no rule', () => {
    expect(allowed('≥10万元', '80000元', 10)).toMatchObject({ high: 8 });
    expect(allowed('≥10次', '8个', 10)).toBeNull();
    expect(allowed('≥95%', '90', 10)).toBeNull();
  });
  test('exact targets, ranges, deadlines and qualitative text are judgements', () => {
    expect(allowed('=100%', '90%', 10)).toBeNull();
    expect(allowed('97%-100%', '90%', 10)).toBeNull();
    expect(allowed('12月31日前', '1月15日', 10)).toBeNull();
    expect(allowed('逐步提升', '有所提升', 10)).toBeNull();
  });
  test('a qualitative actual stating its band: the band of the points', () => {
    expect(allowed('明显提升', '部分达成', 20)).toMatchObject({ low: 12, high: 16 });
    expect(allowed('明显提升', '未达成', 20)).toMatchObject({ low: 0, high: 12 });
    expect(allowed('明显提升', '达成', 20)).toMatchObject({ low: 16, high: 20 });
  });
  test('an actual that is itself a bound (≥80%) is not a completion', () => {
    expect(allowed('≥90%', '≥80%', 10)).toBeNull();
  });
});
