import { HighlightRecord } from '../../src/taskpane/model/highlights';
import { shiftHighlightRecord } from '../../src/taskpane/model/markShift';

const mark = (row: number, col: number) => ({ row, col, original: null, mark: '#FFC7CE' });
const record: HighlightRecord = { 表: [mark(2, 7), mark(10, 7), mark(10, 3)], 别的: [mark(10, 7)] };
const at = (r: HighlightRecord | null, sheet = '表') => r?.[sheet]?.map((c) => `${c.row},${c.col}`);

/** Marked cells follow their cells when rows or columns are inserted or deleted. */
describe('shiftHighlightRecord', () => {
  test('rows inserted above move the marks below them, on that sheet only', () => {
    const next = shiftHighlightRecord(record, '表', { axis: 'rows', at: 5, count: 3 });
    expect(at(next)).toEqual(['2,7', '13,7', '13,3']);
    expect(at(next, '别的')).toEqual(['10,7']);
  });

  test('deleted rows take their marks with them; rows below move up', () => {
    expect(at(shiftHighlightRecord(record, '表', { axis: 'rows', at: 1, count: -2 }))).toEqual([
      '8,7',
      '8,3',
    ]);
  });

  test('a column inserted left of a mark moves it right', () => {
    expect(at(shiftHighlightRecord(record, '表', { axis: 'columns', at: 5, count: 1 }))).toEqual([
      '2,8',
      '10,8',
      '10,3',
    ]);
  });

  test('cells shifted down only in their band of columns', () => {
    const next = shiftHighlightRecord(record, '表', {
      axis: 'rows',
      at: 0,
      count: 1,
      band: { from: 7, to: 7 },
    });
    expect(at(next)).toEqual(['3,7', '11,7', '10,3']);
  });

  test('nothing moved: null; every mark deleted: the sheet leaves the record', () => {
    expect(shiftHighlightRecord(record, '表', { axis: 'rows', at: 20, count: 2 })).toBeNull();
    expect(shiftHighlightRecord(record, '无', { axis: 'rows', at: 0, count: 2 })).toBeNull();
    const gone = shiftHighlightRecord(record, '别的', { axis: 'rows', at: 10, count: -1 });
    expect(gone).not.toBeNull();
    expect(gone).not.toHaveProperty('别的');
  });
});
