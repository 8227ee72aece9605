import { planFormulas, planTextToNumbers, toEditPlan } from '../../../src/core/formulas';
import { presetById } from '../../../src/core/presets';
import { nationalForm } from './nationalForm';

const national = presetById('national-2020');
const byRole = (plan: ReturnType<typeof planFormulas>, role: string) => {
  const item = plan.items.find((i) => i.role === role);
  if (!item) throw new Error(`no ${role} item`);
  return item;
};

describe('national layout formulas', () => {
  it('writes the DOMAIN §4 formulas over a consistent seed-002 form', () => {
    const { grid, region } = nationalForm();
    const plan = planFormulas(grid, region, national);
    expect(
      plan.items.map((i) => [i.role, `${String.fromCharCode(65 + i.col)}${i.row + 1}`, i.formula]),
    ).toEqual([
      ['rate', 'G6', '=IF(N(D6)=0,"",E6/D6)'],
      ['fund-score', 'H6', '=IF(G6="","",ROUND(F6*MIN(G6,1),2))'],
      ['total-weight', 'G22', '=N(F6)+SUM(G13:G21)'],
      ['total', 'H22', '=ROUND(N(H6)+SUM(H13:H21),2)'],
    ]);
    expect(plan.items.map((i) => [i.computed, i.status])).toEqual([
      [1, 'write'],
      [10, 'write'],
      [100, 'write'],
      [100, 'write'],
    ]);
    expect(byRole(plan, 'rate').numberFormat).toBe('0.00%');
    expect(plan.skipped).toEqual([]);
  });

  it('treats a bare 分 as blank and a differing typed number as a conflict', () => {
    const { grid, region } = nationalForm({
      fundsScore: '分',
      total: '分',
      scores: [10, 15, 10, 15, 5, 10, 5, 10, 9],
    });
    const plan = planFormulas(grid, region, national);
    expect(byRole(plan, 'fund-score').status).toBe('write');
    expect(byRole(plan, 'total')).toMatchObject({ computed: 99, status: 'write' });

    const typed = nationalForm({ total: 100, scores: [10, 15, 10, 15, 5, 10, 5, 10, 9] });
    const conflict = byRole(planFormulas(typed.grid, typed.region, national), 'total');
    expect(conflict).toMatchObject({ computed: 99, status: 'conflict' });
    expect(conflict.messageZh).toContain('不一致');
  });

  it('keeps the 100% rate a person typed over a budget of 0 (seed 003) unless forced', () => {
    const { grid, region } = nationalForm({ budget: 0, actual: null, rate: 1, fundsScore: 10 });
    const plan = planFormulas(grid, region, national);
    const rate = byRole(plan, 'rate');
    expect(rate).toMatchObject({ computed: '', status: 'conflict' });
    // the score reads the rate as it stays: 10 × min(100%, 1)
    expect(byRole(plan, 'fund-score')).toMatchObject({ computed: 10, status: 'write' });
    const edits = toEditPlan(plan).edits;
    expect(edits.find((e) => e.row === 5 && e.col === 6)).toBeUndefined();

    const forced = toEditPlan(plan, { force: true }).edits;
    expect(forced.find((e) => e.row === 5 && e.col === 6)).toMatchObject({
      formula: '=IF(N(D6)=0,"",E6/D6)',
      value: '',
    });
    // with the rate empty, the score and the total follow
    expect(forced.find((e) => e.row === 5 && e.col === 7)).toMatchObject({ value: '' });
    expect(forced.find((e) => e.row === 21 && e.col === 7)).toMatchObject({ value: 90 });
  });

  it('reports a cell that already holds the formula as unchanged', () => {
    const { grid, region } = nationalForm({
      rate: 1,
      formulas: { G6: '=IF(N($D$6)=0,"",E6/D6)' },
    });
    const plan = planFormulas(grid, region, national);
    expect(byRole(plan, 'rate').status).toBe('unchanged');
    expect(toEditPlan(plan).edits.some((e) => e.row === 5 && e.col === 6)).toBe(false);
  });

  it('rewrites a stale cached value and replaces another formula', () => {
    const stale = nationalForm({
      rate: 0.5,
      formulas: { G6: '=IF(N(D6)=0,"",E6/D6)', H22: '=SUM(H13:H21)' },
    });
    const plan = planFormulas(stale.grid, stale.region, national);
    expect(byRole(plan, 'rate').status).toBe('write');
    expect(byRole(plan, 'total').status).toBe('write');
  });

  it('accepts a rate typed with fewer digits than computed', () => {
    const { grid, region } = nationalForm({ budget: 79.13, actual: 78.2, rate: '98.8%', fundsScore: 9.88 });
    const plan = planFormulas(grid, region, national);
    expect(byRole(plan, 'rate').status).toBe('write');
    expect(byRole(plan, 'fund-score')).toMatchObject({ computed: 9.88, status: 'write' });
  });

  it('offers numbers stored as text and evaluates with or without converting them', () => {
    const { grid, region } = nationalForm({ budget: '100', actual: '100　' });
    const text = planTextToNumbers(grid, region);
    expect(text.map((t) => [t.row, t.col, t.value])).toEqual([
      [5, 3, 100],
      [5, 4, 100],
    ]);
    const plain = planFormulas(grid, region, national);
    expect(plain.textNumbers).toHaveLength(2);
    expect(byRole(plain, 'rate')).toMatchObject({ computed: '', status: 'conflict' });
    const converted = planFormulas(grid, region, national, { convertText: true });
    expect(byRole(converted, 'rate')).toMatchObject({ computed: 1, status: 'write' });
    const edits = toEditPlan(plain, { convertText: true }).edits;
    expect(edits.slice(0, 2)).toEqual([
      { sheet: '综治', row: 5, col: 3, value: 100 },
      { sheet: '综治', row: 5, col: 4, value: 100 },
    ]);
    expect(edits.find((e) => e.row === 5 && e.col === 6)).toMatchObject({ value: 1 });
  });

  it('leaves percent and unit text alone when offering conversions', () => {
    const { grid, region } = nationalForm({ scores: ['10', 15, 10, 15, '5分', 10, 5, 10, 10] });
    expect(planTextToNumbers(grid, region).map((t) => [t.row, t.col, t.text])).toEqual([[12, 7, '10']]);
  });

  it('uses a rate without the cap when the preset does not cap', () => {
    const { grid, region } = nationalForm();
    const plan = planFormulas(grid, region, { ...national, capRate: false });
    expect(byRole(plan, 'fund-score').formula).toBe('=IF(G6="","",ROUND(F6*G6,2))');
  });

  it('writes formula, cached value and number format into the edit plan', () => {
    const { grid, region } = nationalForm({ budget: 79.13, actual: 78.2, rate: null, fundsScore: null });
    const plan = toEditPlan(planFormulas(grid, region, national));
    expect(plan.label).toBe('写入公式');
    const rate = plan.edits.find((e) => e.row === 5 && e.col === 6);
    expect(rate).toEqual({
      sheet: '综治',
      row: 5,
      col: 6,
      formula: '=IF(N(D6)=0,"",E6/D6)',
      value: 78.2 / 79.13,
      numberFormat: '0.00%',
    });
    expect(plan.edits.find((e) => e.row === 5 && e.col === 7)?.value).toBe(9.88);
  });

  it('never writes a funds formula into a sub-row cell a region points at', () => {
    const { grid, region } = nationalForm();
    const total = region.funds?.total;
    const misplaced = {
      ...region,
      funds: region.funds && { ...region.funds, total: { ...total!, score: { row: 6, col: 7 } } },
    };
    const plan = planFormulas(grid, misplaced, national);
    expect(plan.items.map((i) => i.role)).toEqual(['rate', 'total-weight', 'total']);
    expect(plan.skipped.map((s) => [s.role, s.row, s.col])).toEqual([['fund-score', 6, 7]]);
  });

  it('keeps one SUM over indicator rows left blank, so a score typed there later counts', () => {
    const { grid, region } = nationalForm({
      weights: [10, 15, 10, 15, '　', 10, 5, 10, 10],
      scores: [10, 15, 10, 15, '　', 10, 5, 10, 10],
    });
    const unused = { ...region, indicators: region.indicators.filter((i) => i.row !== 16) };
    const total = planFormulas(grid, unused, national).items.find((i) => i.role === 'total');
    expect(total?.formula).toBe('=ROUND(N(H6)+SUM(H13:H21),2)');
    const typedElsewhere = nationalForm({ scores: [10, 15, 10, 15, 'x', 10, 5, 10, 10] });
    const split = {
      ...typedElsewhere.region,
      indicators: typedElsewhere.region.indicators.filter((i) => i.row !== 16),
    };
    expect(
      planFormulas(typedElsewhere.grid, split, national).items.find((i) => i.role === 'total')?.formula,
    ).toBe('=ROUND(N(H6)+SUM(H13:H16)+SUM(H18:H21),2)');
  });
});
