import { CellValue } from '../../../src/core/grid';
import { parseTarget, Target } from '../../../src/core/cellText';

type TargetCase = [input: CellValue, expected: Target];

const numeric = (
  op: '>=' | '>' | '<=' | '<' | '=' | 'none',
  value: number,
  unit: string | null = null,
  percent = false,
): Target => ({ kind: 'numeric', op, value, unit, percent });
const percent = (op: '>=' | '>' | '<=' | '<' | '=' | 'none', value: number): Target =>
  numeric(op, value, null, true);
const qualitative = (text: string): Target => ({ kind: 'qualitative', text });

describe('parseTarget: targets and actuals written in the seeds', () => {
  const cases: TargetCase[] = [
    // seed 002 (Changji, national layout)
    ['=10', numeric('=', 10)],
    ['10个', numeric('none', 10, '个')],
    ['>=2', numeric('>=', 2)],
    ['2次', numeric('none', 2, '次')],
    ['>=90%', percent('>=', 0.9)],
    ['90%', percent('none', 0.9)],
    ['12月20日', { kind: 'date', month: 12, day: 20, op: 'none' }],
    ['1月31日', { kind: 'date', month: 1, day: 31, op: 'none' }],
    ['<=100', numeric('<=', 100)],
    ['100万', numeric('none', 100, '万元')],
    ['逐步提高', qualitative('逐步提高')],
    ['逐步提升', qualitative('逐步提升')],
    ['92%', percent('none', 0.92)],
    ['>=200本', numeric('>=', 200, '本')],
    ['>=100个', numeric('>=', 100, '个')],
    ['>=4个', numeric('>=', 4, '个')],
    ['<=20日', numeric('<=', 20, '日')],
    ['5日', numeric('none', 5, '日')],
    ['<=13万元', numeric('<=', 13, '万元')],
    ['13万', numeric('none', 13, '万元')],
    ['13　', numeric('none', 13)],
    // seed 001 (Wuhan 2020)
    ['1次', numeric('none', 1, '次')],
    ['80人', numeric('none', 80, '人')],
    ['2场', numeric('none', 2, '场')],
    ['15人/次', numeric('none', 15, '人/次')],
    ['1-2次/30天', { kind: 'range', low: 1, high: 2, unit: '次/30天', percent: false }],
    ['23个', numeric('none', 23, '个')],
    ['4名', numeric('none', 4, '名')],
    ['1712平方', numeric('none', 1712, '平方')],
    ['---', { kind: 'blank' }],
    ['----', { kind: 'blank' }],
    ['≥80%', percent('>=', 0.8)],
    ['≤80%', percent('<=', 0.8)],
    ['≤60%', percent('<=', 0.6)],
    ['有正规资质资历', qualitative('有正规资质资历')],
    ['25名之前', numeric('<=', 25, '名')],
    ['85名奋斗目标，90名必达目标', qualitative('85名奋斗目标，90名必达目标')],
    ['1次/月', numeric('none', 1, '次/月')],
    ['不定期举行', qualitative('不定期举行')],
    ['4,591.73万元', numeric('none', 4591.73, '万元')],
    ['11.10万元', numeric('none', 11.1, '万元')],
    ['无', { kind: 'blank' }],
    ['87', numeric('none', 87)],
    // seed 003 (Panzhihua): sentences with a number inside are not values
    ['全年预计化解矛盾纠纷2500件', qualitative('全年预计化解矛盾纠纷2500件')],
    ['财政拨款5万元', qualitative('财政拨款5万元')],
    ['财政拨款11.7万', qualitative('财政拨款11.7万')],
    ['2020年全年', qualitative('2020年全年')],
    ['矛盾纠纷化解率98%以上', qualitative('矛盾纠纷化解率98%以上')],
    ['87万', numeric('none', 87, '万元')],
    ['是', qualitative('是')],
    ['完成', qualitative('完成')],
    // seed 004 (Wuhan 2024 target tables)
    ['-100%', percent('=', 1)],
    ['97%-100%', { kind: 'range', low: 0.97, high: 1, unit: null, percent: true }],
    ['≥85%', percent('>=', 0.85)],
    ['≤15个工作日', numeric('<=', 15, '个工作日')],
    ['≥2次', numeric('>=', 2, '次')],
    ['≥10人', numeric('>=', 10, '人')],
    ['≥1个', numeric('>=', 1, '个')],
    ['>90%', percent('>', 0.9)],
    ['≤1116人', numeric('<=', 1116, '人')],
    ['1227人', numeric('none', 1227, '人')],
    ['0%', percent('none', 0)],
    ['12条街道', numeric('none', 12, '条街道')],
    ['90个', numeric('none', 90, '个')],
    ['测评满意度≥90%', qualitative('测评满意度≥90%')],
    ['得到保障', qualitative('得到保障')],
    ['提升', qualitative('提升')],
    ['较好', qualitative('较好')],
    ['达成', qualitative('达成')],
  ];
  it.each(cases)('%j', (input, expected) => {
    expect(parseTarget(input)).toEqual(expected);
  });
});

describe('parseTarget: operators in words, full-width and look-alike signs', () => {
  const cases: TargetCase[] = [
    ['90%以上', percent('>=', 0.9)],
    ['90%及以上', percent('>=', 0.9)],
    ['不低于90%', percent('>=', 0.9)],
    ['不少于2次', numeric('>=', 2, '次')],
    ['不超过100万元', numeric('<=', 100, '万元')],
    ['不超过 4,591.73 万元', numeric('<=', 4591.73, '万元')],
    ['不高于5%', percent('<=', 0.05)],
    ['15个工作日以内', numeric('<=', 15, '个工作日')],
    ['15个工作日内', numeric('<=', 15, '个工作日')],
    ['5%以下', percent('<=', 0.05)],
    ['控制在100万元以内', numeric('<=', 100, '万元')],
    ['前3名', numeric('<=', 3, '名')],
    ['＞90%', percent('>', 0.9)],
    ['≧90%', percent('>=', 0.9)],
    ['≦15天', numeric('<=', 15, '天')],
    ['＝100%', percent('=', 1)],
    ['＞＝９０％', percent('>=', 0.9)],
    ['> = 90 %', percent('>=', 0.9)],
    ['<90%', percent('<', 0.9)],
    ['低于5%', percent('<', 0.05)],
    ['大于等于80%', percent('>=', 0.8)],
    ['-100.00%', percent('=', 1)],
  ];
  it.each(cases)('%j', (input, expected) => {
    expect(parseTarget(input)).toEqual(expected);
  });

  const unread: string[] = [
    '不超过', // an operator without a number
    '以内',
    '＞',
    '控制在90%以上', // directions disagree
    '=10以上',
    '-5%', // only -100% is the known extraction artefact
    '-10',
    '≥-5%',
    '100人左右', // "about" is no bound
    '100%完成',
    '2020年', // a year, not a count of years
    '2020-2021年',
    '5000元/人*10人=5万元',
    '1 343',
    '90%人',
  ];
  it.each(unread)('%j is qualitative', (input) => {
    expect(parseTarget(input)).toEqual(qualitative(input));
  });
});

describe('parseTarget: ranges', () => {
  const cases: TargetCase[] = [
    ['97-100%', { kind: 'range', low: 0.97, high: 1, unit: null, percent: true }],
    ['97%～100%', { kind: 'range', low: 0.97, high: 1, unit: null, percent: true }],
    ['97%—100%', { kind: 'range', low: 0.97, high: 1, unit: null, percent: true }],
    ['1次-2次', { kind: 'range', low: 1, high: 2, unit: '次', percent: false }],
    ['1至2次', { kind: 'range', low: 1, high: 2, unit: '次', percent: false }],
    ['10-20万元', { kind: 'range', low: 10, high: 20, unit: '万元', percent: false }],
    ['80%-90%之间', { kind: 'range', low: 0.8, high: 0.9, unit: null, percent: true }],
  ];
  it.each(cases)('%j', (input, expected) => {
    expect(parseTarget(input)).toEqual(expected);
  });
  it.each(['100%-97%', '1个-2人', '1-12月', '1次-100%'])('%j is qualitative', (input) => {
    expect(parseTarget(input)).toEqual(qualitative(input));
  });
});

describe('parseTarget: dates', () => {
  const cases: TargetCase[] = [
    ['12月31日前', { kind: 'date', month: 12, day: 31, op: '<=' }],
    ['12月31日之前', { kind: 'date', month: 12, day: 31, op: '<=' }],
    ['12月20日前完成', { kind: 'date', month: 12, day: 20, op: '<=' }],
    ['12月底前', { kind: 'date', month: 12, day: 31, op: '<=' }],
    ['6月底', { kind: 'date', month: 6, day: 30, op: 'none' }],
    ['截至12月31日', { kind: 'date', month: 12, day: 31, op: '<=' }],
    ['不晚于11月30日', { kind: 'date', month: 11, day: 30, op: '<=' }],
    ['１２月２０日', { kind: 'date', month: 12, day: 20, op: 'none' }],
    ['12 月 20 日', { kind: 'date', month: 12, day: 20, op: 'none' }],
    ['3月5号', { kind: 'date', month: 3, day: 5, op: 'none' }],
    ['2021年1月31日', { kind: 'date', month: 1, day: 31, op: 'none', year: 2021 }],
    ['2024年2月底', { kind: 'date', month: 2, day: 29, op: 'none', year: 2024 }],
    ['2023年2月底', { kind: 'date', month: 2, day: 28, op: 'none', year: 2023 }],
  ];
  it.each(cases)('%j', (input, expected) => {
    expect(parseTarget(input)).toEqual(expected);
  });
  it.each(['13月1日', '2月30日', '4月31日', '12月', '1-12月', '2020年12月'])('%j is qualitative', (input) => {
    expect(parseTarget(input)).toEqual(qualitative(input));
  });
  it('reads a date cell from its serial number and date format', () => {
    // 45000 is 2023-03-15; 44227 is 2021-01-31; 60 is Excel's phantom 1900-02-29.
    expect(parseTarget(45000, 'm"月"d"日"')).toEqual({ kind: 'date', month: 3, day: 15, op: 'none' });
    expect(parseTarget(44227, 'yyyy/m/d')).toEqual({
      kind: 'date',
      month: 1,
      day: 31,
      op: 'none',
      year: 2021,
    });
    expect(parseTarget(44227.75, 'yyyy-mm-dd hh:mm')).toMatchObject({ month: 1, day: 31, year: 2021 });
    expect(parseTarget(60, 'yyyy-mm-dd')).toMatchObject({ month: 2, day: 29, year: 1900 });
    expect(parseTarget(61, 'yyyy-mm-dd')).toMatchObject({ month: 3, day: 1, year: 1900 });
    expect(parseTarget(1, 'yyyy-mm-dd')).toMatchObject({ month: 1, day: 1, year: 1900 });
    expect(parseTarget(0.5, 'yyyy-mm-dd')).toEqual(qualitative('0.5'));
  });
});

describe('parseTarget: host values', () => {
  it('passes numbers through, with the percent format', () => {
    expect(parseTarget(230)).toEqual(numeric('none', 230));
    expect(parseTarget(0.9, '0%')).toEqual(percent('none', 0.9));
    expect(parseTarget(0.9, '0.00')).toEqual(numeric('none', 0.9));
    expect(parseTarget(0)).toEqual(numeric('none', 0));
  });
  it('reads blanks and errors', () => {
    expect(parseTarget(null)).toEqual({ kind: 'blank' });
    expect(parseTarget('　')).toEqual({ kind: 'blank' });
    expect(parseTarget('—')).toEqual({ kind: 'blank' });
    expect(parseTarget('/')).toEqual({ kind: 'blank' });
    expect(parseTarget('分')).toEqual({ kind: 'blank' });
    expect(parseTarget('#DIV/0!')).toEqual(qualitative('#DIV/0!'));
  });
  it('reads booleans as text and never lets NaN through', () => {
    expect(parseTarget(true)).toEqual(qualitative('TRUE'));
    expect(parseTarget(false)).toEqual(qualitative('FALSE'));
    expect(parseTarget(NaN)).toEqual(qualitative('#NUM!'));
    expect(parseTarget(Infinity, '0%')).toEqual(qualitative('#NUM!'));
  });
});
