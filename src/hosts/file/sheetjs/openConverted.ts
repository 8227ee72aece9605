import type * as ExcelJS from 'exceljs';
import { readSnapshotWorkbook } from './readSnapshotWorkbook';
import { excelJsWorkbookOf } from './toExcelJs';

/** An .xls, .et or .ods rebuilt as an ExcelJS workbook for the file host (to check, change, save as .xlsx). */
export async function openConvertedWorkbook(bytes: Uint8Array, fileName: string): Promise<ExcelJS.Workbook> {
  return excelJsWorkbookOf(await readSnapshotWorkbook(bytes, fileName, true));
}
