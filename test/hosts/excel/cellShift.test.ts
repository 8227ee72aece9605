import { cellShiftOf } from '../../../src/hosts/excel/cellShift';
import { XlWorksheetChangedEventArgs } from '../../../src/hosts/excel/excelApi';

const event = (
  changeType: string,
  address: string,
  changeDirectionState?: { insertShiftDirection: string; deleteShiftDirection: string },
) =>
  ({
    changeType,
    address,
    worksheetId: '{1}',
    source: 'Local',
    ...(changeDirectionState ? { changeDirectionState } : {}),
  }) as unknown as XlWorksheetChangedEventArgs;

/** What moved, as Excel's `onChanged` names it: whole rows or columns, or cells shifted one way. */
describe('cellShiftOf', () => {
  test.each([
    ['rows inserted, whole-row address', event('RowInserted', '5:6'), { axis: 'rows', at: 4, count: 2 }],
    ['rows inserted, cell-range address', event('RowInserted', 'A5:XFD6'), { axis: 'rows', at: 4, count: 2 }],
    ['rows deleted', event('RowDeleted', '$3:$3'), { axis: 'rows', at: 2, count: -1 }],
    ['columns inserted', event('ColumnInserted', 'C:D'), { axis: 'columns', at: 2, count: 2 }],
    [
      'columns deleted, cell-range address',
      event('ColumnDeleted', 'B1:B1048576'),
      { axis: 'columns', at: 1, count: -1 },
    ],
    [
      'cells inserted, shifted down',
      event('CellInserted', 'B3:C4', { insertShiftDirection: 'Down', deleteShiftDirection: 'Up' }),
      { axis: 'rows', at: 2, count: 2, band: { from: 1, to: 2 } },
    ],
    [
      'cells deleted, shifted left',
      event('CellDeleted', 'B3:C4', { insertShiftDirection: 'Right', deleteShiftDirection: 'Left' }),
      { axis: 'columns', at: 1, count: -2, band: { from: 2, to: 3 } },
    ],
  ])('%s', (_label, e, shift) => {
    expect(cellShiftOf(e)).toEqual(shift);
  });

  test.each([
    ['an edit', event('RangeEdited', 'B3')],
    ['cells inserted without a direction (before ExcelApi 1.14)', event('CellInserted', 'B3:C4')],
    ['an unreadable address', event('RowInserted', '#REF!')],
  ])('nothing moved that can be told: %s', (_label, e) => {
    expect(cellShiftOf(e)).toBeUndefined();
  });
});
