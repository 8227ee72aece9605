import { snapshotFromRows } from '../../../src/core/grid';
import { EtWorksheet, isWorksheet } from '../../../src/hosts/wps/etApi';
import { FakeEt, FakeEtError, parseTyped } from './fakeEt';

function fakeWith(protectedSheet = false) {
  const snapshot = snapshotFromRows(
    '表',
    [
      ['标题', null, null],
      [1, 2, 3],
    ],
    [{ top: 0, left: 0, bottom: 0, right: 2 }],
  );
  const fake = new FakeEt([
    { snapshot, protected: protectedSheet },
    { snapshot: { ...snapshot, name: '乙' } },
  ]);
  const item = fake.application.ActiveWorkbook!.Worksheets.Item('表');
  if (!isWorksheet(item)) throw new Error('not a worksheet');
  return { fake, sheet: item as EtWorksheet };
}

describe('the ET fake is as strict as ET', () => {
  test('Worksheets.Item is 1-based and throws for what it does not hold', () => {
    const { fake } = fakeWith();
    const sheets = fake.application.ActiveWorkbook!.Worksheets;
    expect(() => sheets.Item(0)).toThrow(FakeEtError);
    expect(() => sheets.Item(3)).toThrow(FakeEtError);
    expect(() => sheets.Item('丙')).toThrow(FakeEtError);
    expect((sheets.Item(2) as EtWorksheet).Name).toBe('乙');
  });

  test('answers a scalar for one cell, a 2-D array otherwise, null where cells differ', () => {
    const { sheet } = fakeWith();
    expect(sheet.Range('A2').Value2).toBe(1);
    expect(sheet.Range('A2:C2').Value2).toEqual([[1, 2, 3]]);
    expect(sheet.Range('B1').Value2).toBeUndefined();
    expect(sheet.Range('A1:C1').MergeCells).toBe(true);
    expect(sheet.Range('A1:A2').MergeCells).toBeNull();
    expect(sheet.Range('A2:C2').MergeCells).toBe(false);
    expect(sheet.Range('B1').MergeArea.Address()).toBe('$A$1:$C$1');
    sheet.Range('A2').NumberFormat = '0.00';
    expect(sheet.Range('A2:C2').NumberFormat).toBeNull();
    expect(sheet.Range('B2:C2').Interior.Pattern).toBe(-4142);
    expect(sheet.Range('B2:C2').Interior.Color).toBe(0xffffff);
  });

  test('refuses writes over part of a merge, to protected sheets, and merges or deletes that would prompt', () => {
    const { fake, sheet } = fakeWith();
    expect(() => (sheet.Range('B1:B2').Value2 = [['x'], ['y']])).toThrow(FakeEtError);
    expect(() => (sheet.Range('A2:B2').Value2 = [['x']])).toThrow(FakeEtError);
    expect(() => sheet.Range('A2:B2').Merge()).toThrow(FakeEtError);
    expect(() => sheet.Delete()).toThrow(FakeEtError);
    fake.setProtected('表', true);
    expect(() => (sheet.Range('A2').Value2 = 5)).toThrow(FakeEtError);
    expect(() => (sheet.Range('A2').Interior.Color = 255)).toThrow(FakeEtError);
  });

  test('selects only on the active sheet and counts every call', () => {
    const { fake, sheet } = fakeWith();
    const other = fake.application.ActiveWorkbook!.Worksheets.Item('乙') as EtWorksheet;
    expect(() => other.Range('A1').Select()).toThrow(FakeEtError);
    fake.resetStats();
    const range = sheet.Range('A2'); // 1
    void range.Value2; // 2
    range.Formula = '=1+1'; // 3
    expect(fake.stats.calls).toBe(3);
    expect(fake.stats.visibleWrites).toBe(1);
  });

  test('parses assigned text as typed', () => {
    expect(parseTyped('236')).toEqual({ value: 236, formula: null });
    expect(parseTyped("'236")).toEqual({ value: '236', formula: null });
    expect(parseTyped('12月20日').value).toBe(44550);
    expect(parseTyped('=A1')).toEqual({ value: null, formula: '=A1' });
    expect(parseTyped('true')).toEqual({ value: true, formula: null });
  });
});
