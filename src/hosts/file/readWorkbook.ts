import * as ExcelJS from 'exceljs';
import { SheetSnapshot } from '../../core/grid';
import { WorkbookReadError } from './readErrors';
import { isSettingsSheet } from './settings';
import { snapshotOfWorksheet, workbookContext } from './snapshot';
import { sniffFile } from './sniff';

/** File contents as Node (Buffer) or the browser (ArrayBuffer from a File) hands them over. */
export type WorkbookData = ArrayBuffer | Uint8Array;

type XlsxInput = Parameters<ExcelJS.Xlsx['load']>[0];

/**
 * Parses an .xlsx into an ExcelJS workbook. A file that is not one (a text file, an old .xls, a damaged
 * zip, a password-protected workbook) raises a WorkbookReadError naming `fileName`, never a parser error.
 */
export async function openWorkbook(data: WorkbookData, fileName: string): Promise<ExcelJS.Workbook> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  switch (sniffFile(bytes)) {
    case 'xlsx':
      break;
    case 'encrypted':
      throw new WorkbookReadError('encrypted', fileName);
    case 'old-xls':
      throw new WorkbookReadError('old-xls', fileName);
    case 'empty':
    case 'damaged-zip':
      throw new WorkbookReadError('corrupt', fileName);
    case 'other-zip':
    case 'other':
      throw new WorkbookReadError('not-xlsx', fileName);
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as XlsxInput);
  } catch (cause) {
    const error = new WorkbookReadError('corrupt', fileName);
    (error as Error & { cause?: unknown }).cause = cause;
    throw error;
  }
  return workbook;
}

/** The sheets a person works with, in tab order (our hidden settings sheet left out). */
export function userWorksheets(workbook: ExcelJS.Workbook): ExcelJS.Worksheet[] {
  return workbook.worksheets.filter((ws) => !isSettingsSheet(ws));
}

/** Every sheet of an .xlsx as a snapshot. */
export async function readWorkbook(data: WorkbookData, fileName: string): Promise<SheetSnapshot[]> {
  const workbook = await openWorkbook(data, fileName);
  const context = workbookContext(workbook);
  return userWorksheets(workbook).map((ws) => snapshotOfWorksheet(ws, context));
}
