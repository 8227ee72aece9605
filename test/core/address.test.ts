import { columnIndex, columnLetters, parseA1, parseRangeA1, rangeToA1, toA1 } from '../../src/core/address';

describe('A1 addresses', () => {
  it('round-trips columns across the one-, two- and three-letter boundaries', () => {
    for (const [i, s] of [
      [0, 'A'],
      [25, 'Z'],
      [26, 'AA'],
      [701, 'ZZ'],
      [702, 'AAA'],
    ] as const) {
      expect(columnLetters(i)).toBe(s);
      expect(columnIndex(s)).toBe(i);
    }
  });
  it('parses and prints cells and ranges, absolute or not', () => {
    expect(toA1(5, 6)).toBe('G6');
    expect(parseA1('$G$6')).toEqual({ row: 5, col: 6 });
    expect(parseRangeA1('I20:A1')).toEqual({ top: 0, left: 0, bottom: 19, right: 8 });
    expect(rangeToA1({ top: 0, left: 0, bottom: 19, right: 8 })).toBe('A1:I20');
    expect(rangeToA1({ top: 2, left: 3, bottom: 2, right: 3 })).toBe('D3');
  });
  it('rejects text that is not an address', () => {
    expect(() => parseA1('总分')).toThrow();
  });
});
