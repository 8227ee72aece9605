import { displayWidth, renderTable, truncate } from '../../src/cli/textTable';

describe('text tables', () => {
  it('counts Chinese and full-width characters as two columns', () => {
    expect(displayWidth('D6')).toBe(2);
    expect(displayWidth('错误')).toBe(4);
    expect(displayWidth('（万元）')).toBe(8);
    expect(displayWidth('执行率 98.8%')).toBe(12);
  });

  it('aligns columns by display width and leaves the last column unpadded', () => {
    const text = renderTable(
      ['工作表', '单元格', '级别', '说明'],
      [
        ['自评表', 'D6', '错误', '合计不符'],
        ['Sheet1', 'H18', '警告', '满分\n但未达标'],
      ],
      '',
    );
    expect(text.split('\n')).toEqual([
      '工作表  单元格  级别  说明',
      '自评表  D6      错误  合计不符',
      'Sheet1  H18     警告  满分 但未达标',
    ]);
  });

  it('truncates long titles to a width with an ellipsis', () => {
    expect(truncate('项目支出绩效自评表', 10)).toBe('项目支出…');
    expect(displayWidth(truncate('项目支出绩效自评表', 10))).toBeLessThanOrEqual(10);
    expect(truncate('短', 10)).toBe('短');
  });
});
