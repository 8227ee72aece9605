import { CellValue } from '../../../src/core/grid';
import { ParsedNumber, readNumber } from '../../../src/core/cellText';

type NumberCase = [input: CellValue, format: string | null, expected: ParsedNumber];

function textNumber(
  value: number,
  decimals: number,
  extra: { unit?: string; percent?: boolean } = {},
): ParsedNumber {
  const unit = extra.unit ?? null;
  const percent = extra.percent ?? false;
  return {
    kind: 'number',
    value,
    unit,
    percent,
    fromText: true,
    pureNumericText: unit === null && !percent,
    decimals,
  };
}

function hostNumber(value: number, decimals: number | null, percent = false): ParsedNumber {
  return { kind: 'number', value, unit: null, percent, fromText: false, pureNumericText: false, decimals };
}

describe('readNumber: numbers written as text (seed strings)', () => {
  const cases: NumberCase[] = [
    ['13　', null, textNumber(13, 0)], // seed 002, ideographic space after the number
    ['　0', null, textNumber(0, 0)],
    ['100　', null, textNumber(100, 0)],
    ['1,343.08', null, textNumber(1343.08, 2)],
    ['4,591.73', null, textNumber(4591.73, 2)],
    ['20640.80', null, textNumber(20640.8, 2)],
    ['100.00', null, textNumber(100, 2)],
    ['１２３', null, textNumber(123, 0)],
    ['１，３４３．０８', null, textNumber(1343.08, 2)],
    [' 19.76 ', null, textNumber(19.76, 2)],
    ['-5', null, textNumber(-5, 0)],
    ['-0', null, textNumber(0, 0)],
    ['.5', null, textNumber(0.5, 1)],
    ['100.', null, textNumber(100, 0)],
  ];
  it.each(cases)('%j', (input, format, expected) => {
    expect(readNumber(input, format)).toEqual(expected);
  });
  it('never returns minus zero', () => {
    const r = readNumber('-0');
    expect(r.kind === 'number' && Object.is(r.value, -0)).toBe(false);
  });
});

describe('readNumber: units, percents and 万', () => {
  const cases: NumberCase[] = [
    ['4,591.73万元', null, textNumber(4591.73, 2, { unit: '万元' })],
    ['3379.81万元', null, textNumber(3379.81, 2, { unit: '万元' })],
    ['10.00分', null, textNumber(10, 2, { unit: '分' })],
    ['100.00分', null, textNumber(100, 2, { unit: '分' })],
    ['100万', null, textNumber(100, 0, { unit: '万元' })],
    ['13万', null, textNumber(13, 0, { unit: '万元' })],
    ['11.7万', null, textNumber(11.7, 1, { unit: '万元' })],
    ['10个', null, textNumber(10, 0, { unit: '个' })],
    ['2次', null, textNumber(2, 0, { unit: '次' })],
    ['80人', null, textNumber(80, 0, { unit: '人' })],
    ['230本', null, textNumber(230, 0, { unit: '本' })],
    ['2场', null, textNumber(2, 0, { unit: '场' })],
    ['4名', null, textNumber(4, 0, { unit: '名' })],
    ['6台', null, textNumber(6, 0, { unit: '台' })],
    ['8套', null, textNumber(8, 0, { unit: '套' })],
    ['3058户', null, textNumber(3058, 0, { unit: '户' })],
    ['1712平方', null, textNumber(1712, 0, { unit: '平方' })],
    ['12条街道', null, textNumber(12, 0, { unit: '条街道' })],
    ['15人/次', null, textNumber(15, 0, { unit: '人/次' })],
    ['1次/月', null, textNumber(1, 0, { unit: '次/月' })],
    ['5日', null, textNumber(5, 0, { unit: '日' })],
    ['15个工作日', null, textNumber(15, 0, { unit: '个工作日' })],
    ['10 万元', null, textNumber(10, 0, { unit: '万元' })],
    ['98.8%', null, textNumber(0.988, 1, { percent: true })],
    ['99.37%', null, textNumber(0.9937, 2, { percent: true })],
    ['100.00%', null, textNumber(1, 2, { percent: true })],
    ['100.0%', null, textNumber(1, 1, { percent: true })],
    ['87.9%', null, textNumber(0.879, 1, { percent: true })],
    ['100%', null, textNumber(1, 0, { percent: true })],
    ['0%', null, textNumber(0, 0, { percent: true })],
    ['９０％', null, textNumber(0.9, 0, { percent: true })],
    ['98.8 %', null, textNumber(0.988, 1, { percent: true })],
    // A percent text keeps its own digits: Excel shows text as typed, whatever the format.
    ['98.8%', '0.00%', textNumber(0.988, 1, { percent: true })],
    ['13', '0.00%', textNumber(13, 0)],
  ];
  it.each(cases)('%j', (input, format, expected) => {
    expect(readNumber(input, format)).toEqual(expected);
  });
  it('reads a percent as the exact fraction a person means', () => {
    expect(readNumber('98.8%')).toMatchObject({ value: 0.988 });
    expect(readNumber('99.0%')).toMatchObject({ value: 0.99 });
    expect(readNumber('0.1%')).toMatchObject({ value: 0.001 });
  });
});

describe('readNumber: host numbers', () => {
  const cases: NumberCase[] = [
    [79.13, null, hostNumber(79.13, null)],
    [0, null, hostNumber(0, null)],
    [0.988, '0.0%', hostNumber(0.988, 1, true)],
    [1, '0.00%', hostNumber(1, 2, true)],
    [1, '0%', hostNumber(1, 0, true)],
    [19.76, '0.00', hostNumber(19.76, 2)],
    [1343.08, '#,##0.00', hostNumber(1343.08, 2)],
    [20, '0', hostNumber(20, 0)],
    [0.988, 'General', hostNumber(0.988, 3)],
    [0.1 + 0.2, 'General', hostNumber(0.1 + 0.2, 1)],
    [100, 'General', hostNumber(100, 0)],
    [10, '0.00"分"', hostNumber(10, 2)],
    [0.5, '0.0%;[Red]-0.0%', hostNumber(0.5, 1, true)],
    [12, '0"%"', hostNumber(12, 0)], // a quoted % is a literal, not a percent format
    [45000, 'yyyy/m/d', hostNumber(45000, null)],
  ];
  it.each(cases)('%j with format %j', (input, format, expected) => {
    expect(readNumber(input, format)).toEqual(expected);
  });
  it('never lets NaN or infinity through', () => {
    expect(readNumber(NaN)).toEqual({ kind: 'error', code: '#NUM!' });
    expect(readNumber(Infinity)).toEqual({ kind: 'error', code: '#NUM!' });
    expect(readNumber(-Infinity, '0.00%')).toEqual({ kind: 'error', code: '#NUM!' });
  });
});

describe('readNumber: blanks, errors, text', () => {
  const blanks: CellValue[] = [
    null,
    '',
    ' ',
    '　',
    '\n',
    '—',
    '——',
    '-',
    '--',
    '---',
    '----',
    '－',
    '/',
    '／',
    '无',
    '暂无',
    '分',
    '%',
    '万元',
    '个',
    '次/30天',
    '元/月/部',
    ' 分 ',
  ];
  it.each(blanks)('%j is blank', (input) => {
    expect(readNumber(input)).toEqual({ kind: 'blank' });
  });

  it.each(['#DIV/0!', '#N/A', '#REF!', '#VALUE!', ' #NUM! '])('%j is an error', (input) => {
    expect(readNumber(input)).toEqual({ kind: 'error', code: input.trim() });
  });

  const texts: [CellValue, string][] = [
    [true, 'TRUE'],
    [false, 'FALSE'],
    ['≥80%', '≥80%'],
    ['>=200本', '>=200本'],
    ['<=13万元', '<=13万元'],
    ['=10', '=10'],
    ['97%-100%', '97%-100%'],
    ['1-2次/30天', '1-2次/30天'],
    ['12月20日', '12月20日'],
    ['1月31日', '1月31日'],
    ['12月31日前', '12月31日前'],
    ['25名之前', '25名之前'],
    ['逐步提高', '逐步提高'],
    ['有正规资质资历', '有正规资质资历'],
    ['不定期举行', '不定期举行'],
    ['全年预计化解矛盾纠纷2500件', '全年预计化解矛盾纠纷2500件'],
    ['1 343', '1 343'], // a space inside a number: not read
    ['1,34', '1,34'],
    ['90%人', '90%人'],
    ['NaN', 'NaN'],
    ['Infinity', 'Infinity'],
    ['1e5', '1e5'],
    [' 完成 ', '完成'],
  ];
  it.each(texts)('%j is text', (input, text) => {
    expect(readNumber(input)).toEqual({ kind: 'text', text });
  });
  it('reads digits too many for a double as text, not infinity', () => {
    const huge = '9'.repeat(400);
    expect(readNumber(huge)).toEqual({ kind: 'text', text: huge });
  });
});
