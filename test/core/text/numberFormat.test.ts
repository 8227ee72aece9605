import {
  formatShowsYear,
  isDateFormat,
  isPercentFormat,
  serialToDate,
  shownDecimals,
} from '../../../src/core/text/numberFormat';

describe('number formats', () => {
  it.each([
    ['0%', true],
    ['0.00%', true],
    ['#,##0.0%;[Red]-#,##0.0%', true],
    ['0.00', false],
    ['General', false],
    ['@', false],
    ['0"%"', false],
    ['0\\%', false],
    ['', false],
  ])('%j is a percent format: %j', (format, expected) => {
    expect(isPercentFormat(format)).toBe(expected);
  });
  it('treats no format as no percent', () => {
    expect(isPercentFormat(null)).toBe(false);
    expect(isPercentFormat(undefined)).toBe(false);
  });

  it.each([
    ['yyyy/m/d', true],
    ['yyyy"年"m"月"d"日"', true],
    ['m"月"d"日"', true],
    ['mmm-yy', true],
    ['[$-F800]dddd, mmmm dd, yyyy', true],
    ['m/d/yyyy h:mm', true],
    ['h:mm', false],
    ['mm:ss', false],
    ['[h]:mm:ss', false],
    ['0.00E+00', false],
    ['#,##0.00"元"', false],
    ['General', false],
    ['0.00%', false],
  ])('%j is a date format: %j', (format, expected) => {
    expect(isDateFormat(format)).toBe(expected);
  });

  it('knows when a date format shows the year', () => {
    expect(formatShowsYear('yyyy/m/d')).toBe(true);
    expect(formatShowsYear('m"月"d"日"')).toBe(false);
    expect(formatShowsYear('0.00')).toBe(false);
  });

  it.each([
    [0.988, '0.00%', 2],
    [0.988, '0.0%', 1],
    [1, '0%', 0],
    [19.76, '0.00', 2],
    [1343.08, '#,##0.00', 2],
    [1343.08, '#,##0.00_ ', 2],
    [10, '0.00"分"', 2],
    [10, '0.0"."', 1],
    [5, '#,##0', 0],
    [0.5, '0.0;[Red]-0.00', 1],
    [0.988, 'General', 3],
    [123456.789, 'General', 3],
    [0.30000000000000004, 'General', 1],
    [1e-20, 'General', null],
    [45000, 'yyyy/m/d', null],
  ] as [number, string, number | null][])('%j formatted %j shows %j decimals', (value, format, expected) => {
    expect(shownDecimals(value, format)).toBe(expected);
  });
  it('does not know the decimals without a format', () => {
    expect(shownDecimals(1.5, null)).toBeNull();
    expect(shownDecimals(1.5, undefined)).toBeNull();
  });

  it('turns Excel serials into dates, with the 1900 leap-year bug', () => {
    expect(serialToDate(1)).toEqual({ year: 1900, month: 1, day: 1 });
    expect(serialToDate(59)).toEqual({ year: 1900, month: 2, day: 28 });
    expect(serialToDate(60)).toEqual({ year: 1900, month: 2, day: 29 });
    expect(serialToDate(61)).toEqual({ year: 1900, month: 3, day: 1 });
    expect(serialToDate(44227)).toEqual({ year: 2021, month: 1, day: 31 });
    expect(serialToDate(44550.9)).toEqual({ year: 2021, month: 12, day: 20 });
    expect(serialToDate(0)).toBeNull();
    expect(serialToDate(NaN)).toBeNull();
    expect(serialToDate(3e6)).toBeNull();
  });
});
