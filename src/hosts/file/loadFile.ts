import type { Workbook } from 'exceljs';
import { loadFileBytes } from './fileBytes';
import { isConvertedFormat, openWorkbook } from './readWorkbook';

export { loadFileBytes } from './fileBytes';
export { loadSnapshotWorkbookFile } from './sheetjs/loadSnapshotFile';

/** Opens a workbook file (.xlsx, .xls, .et, .ods) from a Node path to change it. */
export async function loadWorkbookFile(path: string): Promise<Workbook> {
  return openWorkbook(await loadFileBytes(path), path);
}

/** Opens a workbook file to change it, and says whether it was saved in a format other than .xlsx. */
export async function loadEditableWorkbookFile(
  path: string,
): Promise<{ workbook: Workbook; converted: boolean }> {
  const bytes = await loadFileBytes(path);
  return { workbook: await openWorkbook(bytes, path), converted: isConvertedFormat(bytes) };
}
