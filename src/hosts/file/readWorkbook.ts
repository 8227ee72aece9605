import * as ExcelJS from 'exceljs';
import { SheetSnapshot } from '../../core/grid';
import { sizeRefusal } from './limits';
import { isEt, readableKind, withCause } from './readableKind';
import { WorkbookReadError } from './readErrors';
import { isSettingsSheet } from './settings';
import { snapshotOfWorksheet, workbookContext } from './snapshot';
import { sniffFile } from './sniff';

/** File contents as Node (Buffer) or the browser (ArrayBuffer from a File) hands them over. */
export type WorkbookData = ArrayBuffer | Uint8Array;

type XlsxInput = Parameters<ExcelJS.Xlsx['load']>[0];

export { readableKind } from './readableKind';

/**
 * Opens a workbook as ExcelJS holds it, to check, change and save as .xlsx. An .xlsx goes to ExcelJS
 * directly; an .xls, .et or .ods is read by SheetJS and rebuilt (sheetjs/toExcelJs.ts). Unreadable input
 * raises a WorkbookReadError naming `fileName`, never a parser error.
 */
export async function openWorkbook(data: WorkbookData, fileName: string): Promise<ExcelJS.Workbook> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const kind = readableKind(bytes, fileName);
  if (kind !== 'xlsx') {
    // SheetJS and the converter load only now: the page's first load does not carry them.
    const { openConvertedWorkbook } = await import(
      /* webpackChunkName: "sheet-reader" */ './sheetjs/openConverted'
    );
    return openConvertedWorkbook(bytes, fileName);
  }
  const refusal = sizeRefusal(bytes, kind, true);
  if (refusal) throw new WorkbookReadError('too-large', fileName, refusal);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as XlsxInput);
  } catch (cause) {
    throw withCause(new WorkbookReadError(isEt(fileName) ? 'et-unreadable' : 'corrupt', fileName), cause);
  }
  return workbook;
}

/** True when a file is saved in a format other than .xlsx; what we write from it is an .xlsx. */
export function isConvertedFormat(data: WorkbookData): boolean {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const kind = sniffFile(bytes);
  return kind === 'old-xls' || kind === 'ods';
}

/** The sheets a person works with, in tab order (our hidden settings sheet left out). */
export function userWorksheets(workbook: ExcelJS.Workbook): ExcelJS.Worksheet[] {
  return workbook.worksheets.filter((ws) => !isSettingsSheet(ws));
}

/** Every sheet of a workbook file as a snapshot, read by ExcelJS. */
export async function readWorkbook(data: WorkbookData, fileName: string): Promise<SheetSnapshot[]> {
  const workbook = await openWorkbook(data, fileName);
  const context = workbookContext(workbook);
  return userWorksheets(workbook).map((ws) => snapshotOfWorksheet(ws, context));
}
