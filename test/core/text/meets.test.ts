import { CellValue } from '../../../src/core/grid';
import { meets, parseTarget } from '../../../src/core/cellText';

type Row = [target: CellValue, actual: CellValue, cost: boolean, expected: boolean | null];

function check(target: CellValue, actual: CellValue, cost: boolean): boolean | null {
  return meets(parseTarget(target), parseTarget(actual), { cost });
}

describe('meets: real target/actual pairs from the seeds', () => {
  const rows: Row[] = [
    // seed 002 综治工作经费
    ['=10', '10个', false, true],
    ['>=2', '2次', false, true],
    ['>=1', '1次', false, true],
    ['>=90%', '90%', false, true],
    ['12月20日', '1月31日', false, false], // DOMAIN §7: late, yet full marks
    ['<=100', '100万', true, true],
    ['逐步提高', '92%', false, null],
    // seed 002 访惠聚工作经费
    ['>=200本', 230, false, true],
    ['>=100个', 130, false, true],
    ['>=600本', 600, false, true],
    ['>=4个', 0, false, false], // 充电桩: 0 of ≥4
    ['<=20日', '5日', false, true],
    ['<=13万元', '13万', true, true],
    // seed 000 (hubei2019): the actual column is a completion percent, the targets are counts
    ['1次', '100%', false, null],
    ['12次', '100%', false, null],
    ['A', '100%', false, null],
    ['100%', '100%', false, true],
    ['90%', '100%', true, true], // 成本控制率 90%: a percent cost target stays "at least" (DECISIONS.md)
    // seed 001 (Wuhan 2020)
    ['1次', '1次', false, true],
    ['15人/次', '15人/次', false, true],
    ['1-2次/30天', '1-2次/30天', false, true],
    ['1712平方', '---', false, null],
    ['80%', '60%', false, false], // 招商引资完成率(内资)
    ['60%', '50%', false, false],
    ['80%', '≤80%', false, null], // the same rows in the project table: not certain either way
    ['60%', '≤60%', false, null],
    ['≥80%', '≥80%', false, true],
    ['有正规资质资历', '有正规资质资历', false, null],
    ['25名之前', '25名之前', false, true],
    ['85名奋斗目标，90名必达目标', '逐步提升', false, null],
    ['1次/月', '不定期举行', false, null],
    ['87', '94', false, true],
    ['100%', '95%', false, false],
    ['90%', '80%', false, false],
    ['≥80%', '75%', false, false],
    ['80%', '70%', false, false], // 其他支出 满意度
    ['≥80%', '80%', false, true],
    ['4,591.73万元', '4,591.73万元', true, true],
    ['1069.34万元', '939.9万元', true, true],
    ['20万元', '15.3万元', true, true],
    ['无', '逐步提升', false, null],
    // seed 003 (Panzhihua)
    ['全年预计化解矛盾纠纷2500件', '完成', false, null],
    ['财政拨款5万元', '财政拨款5万元', true, null],
    ['是', '完成', false, null],
  ];
  it.each(rows)('target %j, actual %j, cost %j → %j', (target, actual, cost, expected) => {
    expect(check(target, actual, cost)).toBe(expected);
  });
});

describe('meets: operators', () => {
  const rows: Row[] = [
    ['≥90%', '89.9%', false, false],
    ['＞90%', '90%', false, false],
    ['＞90%', '90.1%', false, true],
    ['≤15个工作日', '15个工作日', false, true],
    ['≤15个工作日', '16个工作日', false, false],
    ['≤15个工作日', '10工作日', false, true], // 个 before a noun changes nothing
    ['<5%', '5%', false, false],
    ['<5%', '4.9%', false, true],
    ['=10', '10', false, true],
    ['=10', '11', false, false],
    ['＝100%', '100%', false, true],
    ['＝100%', '99%', false, false],
    ['-100%', '100%', false, true], // the extraction artefact reads =100%
    ['-100%', '98%', false, false],
    ['不低于90%', '90%', false, true],
    ['90%以上', '85%', false, false],
    ['不超过100万元', '99.5万元', false, true],
    ['不超过100万元', '100.5万元', false, false],
    ['15个工作日以内', '20个工作日', false, false],
    ['25名之前', '26名', false, false],
    ['25名之前', '3名', false, true],
    ['不少于2次', '3次', false, true],
  ];
  it.each(rows)('target %j, actual %j, cost %j → %j', (target, actual, cost, expected) => {
    expect(check(target, actual, cost)).toBe(expected);
  });
});

describe('meets: no operator', () => {
  it('is at least, or at most for a cost amount', () => {
    expect(check('100万元', '90万元', false)).toBe(false);
    expect(check('100万元', '90万元', true)).toBe(true);
    expect(check('100万元', '110万元', true)).toBe(false);
    expect(check('100', '100', true)).toBe(true);
    expect(check('90%', '80%', true)).toBe(false); // percent cost targets stay "at least"
  });
  it('keeps an explicit operator under cost', () => {
    expect(check('≥2次', '1次', true)).toBe(false);
    expect(check('≥2次', '3次', true)).toBe(true);
  });
});

describe('meets: actuals with operators decide only when certain', () => {
  const rows: Row[] = [
    ['≥80%', '≥85%', false, true],
    ['≥80%', '≤60%', false, false],
    ['≥80%', '≥70%', false, null],
    ['≥80%', '≤90%', false, null],
    ['≥80%', '>80%', false, true],
    ['>80%', '≥80%', false, null],
    ['>80%', '≤80%', false, false],
    ['≤15天', '≤10天', false, true],
    ['≤15天', '≥20天', false, false],
    ['≤15天', '≥15天', false, null],
    ['<15天', '≥15天', false, false],
    ['=10', '≥10', false, null],
    ['97%-100%', '≥98%', false, null],
    ['97%-100%', '≤96%', false, false],
    ['80%', '≥85%', false, true],
  ];
  it.each(rows)('target %j, actual %j, cost %j → %j', (target, actual, cost, expected) => {
    expect(check(target, actual, cost)).toBe(expected);
  });
});

describe('meets: ranges', () => {
  const rows: Row[] = [
    ['97%-100%', '97%', false, true],
    ['97%-100%', '100%', false, true],
    ['97%-100%', '98.5%', false, true],
    ['97%-100%', '96.9%', false, false],
    ['97%-100%', '100.1%', false, false],
    ['1-2次/30天', '2次/30天', false, true],
    ['1-2次/30天', '3次/30天', false, false],
    ['1-2次/30天', '3次/月', false, null],
    ['1-2次', '1-2次', false, true],
    ['1-3次', '2-4次', false, null],
    ['1-2次', '3-4次', false, false],
    ['97%-100%', 0.99, false, null], // an unformatted number is not a percent
  ];
  it.each(rows)('target %j, actual %j, cost %j → %j', (target, actual, cost, expected) => {
    expect(check(target, actual, cost)).toBe(expected);
  });
  it('compares a percent-formatted number with a percent target', () => {
    expect(meets(parseTarget('97%-100%'), parseTarget(0.99, '0.00%'), { cost: false })).toBe(true);
    expect(meets(parseTarget('≥90%'), parseTarget(0.85, '0%'), { cost: false })).toBe(false);
  });
});

describe('meets: units', () => {
  const rows: Row[] = [
    ['≥90%', '90', false, null], // percent against a count
    ['90', '90%', false, null],
    ['<=13万元', '130000元', true, true],
    ['<=13万元', '130001元', true, false],
    ['1343.08万元', '13430800元', false, true],
    ['100万', '1000000元', true, true],
    ['1亿元', '10000万元', true, true],
    ['≥10人', '10个', false, null],
    ['1次/月', '12次/年', false, null],
    ['≥2次', '2', false, true], // one side without a unit compares
    ['>=200本', '230', false, true],
    ['2次', '2人次', false, null],
    ['1712平方', '1712平方米', false, true],
    ['15天', '15日', true, true],
  ];
  it.each(rows)('target %j, actual %j, cost %j → %j', (target, actual, cost, expected) => {
    expect(check(target, actual, cost)).toBe(expected);
  });
});

describe('meets: deadlines', () => {
  const rows: Row[] = [
    ['12月20日', '12月20日', false, true],
    ['12月20日', '12月19日', false, true],
    ['12月20日', '12月21日', false, false],
    ['12月20日', '1月31日', false, false], // next January: late
    ['12月31日前', '11月30日', false, true],
    ['12月31日前', '12月底', false, true],
    ['1月31日', '12月20日', false, true], // December before a January deadline: the year before
    ['6月30日', '12月31日', false, false], // six months after is still the same year
    ['7月31日', '1月15日', false, true], // six months before is still the same year
    ['12月20日', '12月31日前', false, null], // "no later than" the 31st: not certain
    ['12月31日', '12月20日前', false, true],
    ['2021年12月20日', '2021年1月31日', false, true], // years shown: no wrap
    ['2021年12月20日', '2022年1月31日', false, false],
    ['12月20日', '20日', false, null], // a date against a number of days
    ['12月20日', '完成', false, null],
  ];
  it.each(rows)('target %j, actual %j, cost %j → %j', (target, actual, cost, expected) => {
    expect(check(target, actual, cost)).toBe(expected);
  });
  it('reads date cells with their format', () => {
    // 44227 = 2021-01-31, 44550 = 2021-12-20
    expect(meets(parseTarget('12月20日'), parseTarget(44227, 'm"月"d"日"'), { cost: false })).toBe(false);
    expect(meets(parseTarget(44550, 'yyyy/m/d'), parseTarget(44227, 'yyyy/m/d'), { cost: false })).toBe(true);
  });
});

describe('meets: nothing to compare', () => {
  it('makes no judgement on blanks, qualitative text or errors', () => {
    for (const [target, actual] of [
      [null, '90%'],
      ['90%', null],
      ['90%', '分'],
      ['逐步提高', '逐步提高'],
      ['90%', '#DIV/0!'],
      ['得到保障', '100%'],
    ] as [CellValue, CellValue][]) {
      expect(check(target, actual, false)).toBeNull();
      expect(check(target, actual, true)).toBeNull();
    }
  });
});
