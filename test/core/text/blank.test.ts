import { CellValue } from '../../../src/core/grid';
import { isBlankCell } from '../../../src/core/cellText';

describe('isBlankCell', () => {
  const blank: CellValue[] = [
    null,
    '',
    ' ',
    '　', // seed 002 fills empty cells with an ideographic space
    '\n\t',
    '—',
    '——',
    '-',
    '--',
    '---',
    '----',
    '－',
    '/',
    '／',
    '\\',
    '无',
    ' 无 ',
    '暂无',
    '分', // seed 002: a bare 分 in a score cell is a blank score
    '%',
    '万元',
    '元',
    '个',
    '次',
    '人/次',
    '个工作日',
  ];
  it.each(blank)('%j is blank', (v) => {
    expect(isBlankCell(v)).toBe(true);
  });

  const notBlank: CellValue[] = [
    0,
    10,
    NaN,
    true,
    false,
    '0',
    '10.00分',
    '100万',
    '-100%',
    '#DIV/0!',
    '#N/A',
    '完成',
    '是',
    '逐步提高',
    '无环境效益',
    '（万元）',
    '12月',
  ];
  it.each(notBlank)('%j is not blank', (v) => {
    expect(isBlankCell(v)).toBe(false);
  });
});
