/**
 * An .ods says "this row, 1,048,575 times" and "this cell, 16,384 times" in a few bytes; SheetJS expands
 * every repeat of a cell with content. The repeats are counted before parsing and a file declaring more
 * cells than can be held is refused with a message, in the checker and where a file is opened to change.
 */
import { odsCells } from '../../../src/hosts/file/odsCells';
import { LIMITS, odsRefusal } from '../../../src/hosts/file/limits';
import { WorkbookReadError } from '../../../src/hosts/file/readErrors';
import { openWorkbook } from '../../../src/hosts/file/readWorkbook';
import { readSnapshotWorkbook } from '../../../src/hosts/file/sheetjs/readSnapshotWorkbook';
import { odsFile } from './odsFile';
import { cellsCreatedBySheetJs } from './sheetJsCells';

const cell = (text: string, repeat = 1) =>
  `<table:table-cell office:value-type="string" table:number-columns-repeated="${repeat}"><text:p>${text}</text:p></table:table-cell>`;
const number = (n: number, repeat = 1) =>
  `<table:table-cell office:value-type="float" office:value="${n}" table:number-columns-repeated="${repeat}"><text:p>${n}</text:p></table:table-cell>`;
const row = (cells: string, repeat = 1) =>
  `<table:table-row table:number-rows-repeated="${repeat}">${cells}</table:table-row>`;
const table = (name: string, rows: string) => `<table:table table:name="${name}">${rows}</table:table>`;

/** How LibreOffice writes the rest of a sheet: empty self-closing cells in a row repeated to the end. */
const libreOfficeTail = row('<table:table-cell table:number-columns-repeated="1024"/>', 1048560);

const bomb = table('表', row(cell('项目名称')) + row(number(1, 16384), 1048575));

describe('odsCells counts what SheetJS will create, without expanding it', () => {
  test.each([
    ['plain cells', table('A', row(cell('名称') + number(3)) + row(number(1) + number(2)))],
    ['a value repeated across and down', table('A', row(number(7, 5), 4) + row(cell('合计')))],
    ['LibreOffice empty tail rows', table('A', row(cell('名称') + number(1)) + libreOfficeTail)],
    [
      'covered cells and empty cells',
      table(
        'A',
        row(cell('标题') + '<table:covered-table-cell table:number-columns-repeated="3"/>') +
          row('<table:table-cell/>' + number(2)),
      ),
    ],
    ['two sheets', table('A', row(number(1, 3), 2)) + table('B', row(cell('乙', 2), 3))],
  ])('%s', async (_label, xml) => {
    const counted = odsCells(xml).cells;
    expect(counted).toBe(await cellsCreatedBySheetJs(odsFile(xml)));
  });

  test('the bomb declares 17 billion cells in a few hundred bytes', () => {
    expect(odsFile(bomb).length).toBeLessThan(2000);
    expect(odsCells(bomb)).toEqual({ cells: 1 + 1048575 * 16384, rows: 1048576, columns: 16384 });
  });

  test('a LibreOffice sheet with its empty tail stays small', () => {
    const xml = table('A', row(cell('名称') + number(1)) + libreOfficeTail);
    expect(odsCells(xml)).toEqual({ cells: 2, rows: 1, columns: 2 });
  });
});

describe('a file declaring too many cells is refused before parsing', () => {
  const refusedBy = async (promise: Promise<unknown>) => {
    const error = await promise.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(WorkbookReadError);
    expect((error as WorkbookReadError).code).toBe('too-large');
    return (error as WorkbookReadError).message;
  };

  test('by the checker and where a file is opened to change', async () => {
    const bytes = odsFile(bomb);
    expect(await refusedBy(readSnapshotWorkbook(bytes, '炸弹.ods'))).toContain('17179852801');
    expect(await refusedBy(openWorkbook(bytes, '炸弹.ods'))).toContain('17179852801');
  });

  test('the limit for changing a file is tighter than for checking it', async () => {
    const between = table('A', row(number(1, 1000), 600));
    expect(odsCells(between).cells).toBeGreaterThan(LIMITS.odsExpandedCellsToEdit);
    expect(odsCells(between).cells).toBeLessThanOrEqual(LIMITS.odsExpandedCellsToCheck);
    const bytes = odsFile(between);
    expect(await odsRefusal(bytes, false)).toBeNull();
    expect((await odsRefusal(bytes, true))?.zh).toContain('修改时');
  });

  test('an ordinary .ods is read', async () => {
    const book = await readSnapshotWorkbook(odsFile(table('表', row(cell('项目名称') + number(5)))), 'a.ods');
    expect(book.sheets[0].values[0]).toEqual(['项目名称', 5]);
  });
});
