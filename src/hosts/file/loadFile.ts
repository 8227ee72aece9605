import { readFile } from 'node:fs/promises';
import type { Workbook } from 'exceljs';
import { WorkbookReadError } from './readErrors';
import { isConvertedFormat, openWorkbook } from './readWorkbook';
import { readSnapshotWorkbook } from './sheetjs/readSnapshotWorkbook';
import { SnapshotWorkbook } from './sheetjs/readSheetJs';

/** Reads a file's bytes; a missing or unreadable path becomes a WorkbookReadError with a one-line message. */
export async function loadFileBytes(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new WorkbookReadError('not-found', path);
    if (code === 'EISDIR') throw new WorkbookReadError('not-xlsx', path);
    throw new WorkbookReadError('unreadable', path);
  }
}

/** Opens a workbook file (.xlsx, .xls, .et, .ods) from a Node path to change it. */
export async function loadWorkbookFile(path: string): Promise<Workbook> {
  return openWorkbook(await loadFileBytes(path), path);
}

/** Reads a workbook file's sheets as snapshots (SheetJS), for checks that change nothing. */
export async function loadSnapshotWorkbookFile(path: string): Promise<SnapshotWorkbook> {
  return readSnapshotWorkbook(await loadFileBytes(path), path);
}

/** Opens a workbook file to change it, and says whether it was saved in a format other than .xlsx. */
export async function loadEditableWorkbookFile(
  path: string,
): Promise<{ workbook: Workbook; converted: boolean }> {
  const bytes = await loadFileBytes(path);
  return { workbook: await openWorkbook(bytes, path), converted: isConvertedFormat(bytes) };
}
