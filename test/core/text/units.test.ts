import { isUnit, reportedUnit, unitConversion } from '../../../src/core/text/units';

describe('units', () => {
  it.each([
    '万元',
    '元',
    '万',
    '个',
    '次',
    '人',
    '本',
    '场',
    '分',
    '名',
    '平方',
    '个工作日',
    '条街道',
    '次/30天',
    '人/次',
    '元/月/部',
    '块/本',
    '次/月',
    '人次',
    '个月',
  ])('%j is a unit', (text) => {
    expect(isUnit(text)).toBe(true);
  });
  it.each(['不超过', '以上', '以内', '之前', '月', '全年', '名必达目标', '件矛盾', '万人', '次以上', ''])(
    '%j is not a unit',
    (text) => {
      expect(isUnit(text)).toBe(false);
    },
  );
  it('reports the 万 shorthand as 万元', () => {
    expect(reportedUnit('万')).toBe('万元');
    expect(reportedUnit('万/年')).toBe('万元/年');
    expect(reportedUnit('个')).toBe('个');
  });
  it.each([
    ['万元', '万元', 1],
    ['元', '万元', 1e-4],
    ['万元', '元', 1e4],
    ['亿元', '万元', 1e4],
    ['万', '万元', 1],
    ['天', '日', 1],
    ['个工作日', '工作日', 1],
    ['平方', '平方米', 1],
    ['次/30天', '次/30日', 1],
    ['个', '人', null],
    ['次/月', '次/年', null],
    ['次', '人次', null],
    ['万元', '个', null],
  ] as [string, string, number | null][])('%j → %j converts by %j', (from, to, factor) => {
    expect(unitConversion(from, to)).toBe(factor);
  });
});
