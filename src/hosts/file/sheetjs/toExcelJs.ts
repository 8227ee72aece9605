import * as ExcelJS from 'exceljs';
import { SheetSnapshot } from '../../../core/grid';
import { solidFill } from '../colors';
import { toExcelConstant, toExcelResult } from '../cellValue';
import { writeSetting } from '../settings';
import { SnapshotWorkbook } from './readSheetJs';

/**
 * An .xls, .et or .ods read by SheetJS, rebuilt as an ExcelJS workbook so that the file host can check,
 * fix and highlight it like any .xlsx, and save it as .xlsx (the only format we write). What comes across:
 * values, cached formula results, formulas, number formats, fills, merges and column widths; borders and
 * fonts do not (SheetJS does not read them from these formats).
 */
export function excelJsWorkbookOf(book: SnapshotWorkbook): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  for (const snapshot of book.sheets) {
    const ws = workbook.addWorksheet(snapshot.name);
    writeSnapshot(ws, snapshot);
    const widths = book.columnWidths.get(snapshot.name) ?? [];
    widths.forEach((width, i) => {
      if (width !== undefined && width > 0) ws.getColumn(i + 1).width = width;
    });
  }
  if (book.sheets.length > 0) workbook.views = [{ activeTab: book.activeSheet } as ExcelJS.WorkbookView];
  for (const [key, value] of book.settings) writeSetting(workbook, key, value);
  return workbook;
}

function writeSnapshot(ws: ExcelJS.Worksheet, snapshot: SheetSnapshot): void {
  for (let r = 0; r < snapshot.rowCount; r++) {
    const values = snapshot.values[r];
    const formulas = snapshot.formulas?.[r];
    const formats = snapshot.numberFormats?.[r];
    const fills = snapshot.fills?.[r];
    for (let c = 0; c < snapshot.colCount; c++) {
      const value = values[c];
      const formula = formulas?.[c] ?? null;
      const format = formats?.[c] ?? null;
      const fill = fills?.[c] ?? null;
      if (value === null && formula === null && (format === null || format === 'General') && fill === null)
        continue;
      const cell = ws.getCell(r + 1, c + 1);
      if (formula !== null) {
        const result = toExcelResult(value);
        cell.value = { formula: formula.replace(/^=/, ''), ...(result === undefined ? {} : { result }) };
      } else if (value !== null) {
        cell.value = toExcelConstant(value);
      }
      if (format !== null && format !== 'General') cell.numFmt = format;
      if (fill !== null) cell.fill = solidFill(fill);
    }
  }
  for (const m of snapshot.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
}
