import { CellValue } from '../../../src/core/grid';
import { evaluate } from '../../../src/core/formulas/evaluate';
import { binary, call, num, range, ref, text } from '../../../src/core/formulas/expr';
import { coerceTextToNumber, spreadsheetRound } from '../../../src/core/formulas/spreadsheetMath';

const A1 = { row: 0, col: 0 };
const B1 = { row: 0, col: 1 };
const sourceOf =
  (cells: Record<string, CellValue>) =>
  (row: number, col: number): CellValue =>
    cells[`${row},${col}`] ?? null;

describe('spreadsheet arithmetic', () => {
  it('coerces numeric text the way Excel and LibreOffice do, and nothing else', () => {
    expect(coerceTextToNumber('100')).toBe(100);
    expect(coerceTextToNumber(' 100 ')).toBe(100);
    expect(coerceTextToNumber('1,343.08')).toBe(1343.08);
    expect(coerceTextToNumber('98.8%')).toBe(0.988);
    expect(coerceTextToNumber('(5)')).toBe(-5);
    expect(coerceTextToNumber('1e2')).toBe(100);
    expect(coerceTextToNumber('.5')).toBe(0.5);
    for (const bad of ['100　', '１３', '10.00分', '—', '', '1 000', '1,34', '5e', '12月20日']) {
      expect(coerceTextToNumber(bad)).toBeNull();
    }
  });

  it('rounds half away from zero on the value shown to 15 digits', () => {
    expect(spreadsheetRound(2.675, 2)).toBe(2.68);
    expect(spreadsheetRound(1.005, 2)).toBe(1.01);
    expect(spreadsheetRound(19.765, 2)).toBe(19.77);
    expect(spreadsheetRound(-2.5, 0)).toBe(-3);
    expect(spreadsheetRound(20 * (78.2 / 79.13), 2)).toBe(19.76);
    expect(spreadsheetRound(0.1 + 0.2, 2)).toBe(0.3);
  });
});

describe('evaluate', () => {
  const rate = call('IF', binary('=', call('N', ref(A1)), num(0)), text(''), binary('/', ref(B1), ref(A1)));

  it('gives "" for a missing budget and the ratio otherwise', () => {
    expect(evaluate(rate, sourceOf({ '0,0': 79.13, '0,1': 78.2 }))).toBeCloseTo(0.98825, 5);
    expect(evaluate(rate, sourceOf({ '0,1': 78.2 }))).toBe('');
    expect(evaluate(rate, sourceOf({ '0,0': 0, '0,1': 5 }))).toBe('');
    // N() of text is 0, so a budget stored as text leaves the rate empty
    expect(evaluate(rate, sourceOf({ '0,0': '100', '0,1': 100 }))).toBe('');
  });

  it('lets operators coerce numeric text but not units or ideographic spaces', () => {
    expect(evaluate(binary('*', ref(A1), num(2)), sourceOf({ '0,0': '100' }))).toBe(200);
    expect(evaluate(binary('*', ref(A1), num(2)), sourceOf({ '0,0': '100　' }))).toBe('#VALUE!');
    expect(evaluate(binary('*', ref(A1), num(2)), sourceOf({ '0,0': '' }))).toBe('#VALUE!');
    expect(evaluate(binary('*', ref(A1), num(2)), sourceOf({}))).toBe(0);
    expect(evaluate(binary('/', num(1), ref(A1)), sourceOf({}))).toBe('#DIV/0!');
  });

  it('skips text in SUM and MIN over references, and propagates errors', () => {
    const cells = { '0,0': 5, '1,0': '8', '2,0': '　', '3,0': 7 };
    const sum = call('SUM', range({ top: 0, left: 0, bottom: 3, right: 0 }));
    expect(evaluate(sum, sourceOf(cells))).toBe(12);
    expect(evaluate(sum, sourceOf({ ...cells, '2,0': '#DIV/0!' }))).toBe('#DIV/0!');
    expect(evaluate(call('MIN', ref(A1), num(1)), sourceOf({ '0,0': '' }))).toBe(1);
    expect(evaluate(call('MIN', ref(A1), num(1)), sourceOf({ '0,0': 0.5 }))).toBe(0.5);
  });

  it('compares an empty cell equal to "" and text above any number', () => {
    expect(evaluate(binary('=', ref(A1), text('')), sourceOf({}))).toBe(true);
    expect(evaluate(binary('=', ref(A1), text('')), sourceOf({ '0,0': '' }))).toBe(true);
    expect(evaluate(binary('=', ref(A1), text('')), sourceOf({ '0,0': 0 }))).toBe(false);
    expect(evaluate(binary('>=', ref(A1), num(90)), sourceOf({ '0,0': 'abc' }))).toBe(true);
    expect(evaluate(binary('>=', ref(A1), num(90)), sourceOf({}))).toBe(false);
  });
});
