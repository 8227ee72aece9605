import { displayText } from '../../src/page/grid/displayText';

describe('displayText', () => {
  it.each([
    [null, 'General', ''],
    ['10.00分', 'General', '10.00分'],
    [true, null, 'TRUE'],
    [10, 'General', '10'],
    [1 / 3, 'General', '0.3333333333'],
    [0.988, '0.00%', '98.80%'],
    [0.5, '0%', '50%'],
    [1234567.891, '#,##0.00', '1,234,567.89'],
    [-1234.5, '#,##0.00_ ', '-1,234.50'],
    [134.31, '0.00"万元"', '134.31万元'],
    [100, '0.00', '100.00'],
    [-0.001, '0.00', '0.00'],
    [44196, 'yyyy"年"m"月"d"日"', '2020年12月31日'],
    [44196, 'm"月"d"日"', '12月31日'],
    [44196, 'yyyy/m/d', '2020/12/31'],
    ['#DIV/0!', 'General', '#DIV/0!'],
  ])('%p shown through %p is %p', (value, format, shown) => {
    expect(displayText(value, format)).toBe(shown);
  });
});
