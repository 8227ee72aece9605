import { loadFileBytes } from '../fileBytes';
import { SnapshotWorkbook } from './readSheetJs';
import { readSnapshotWorkbook } from './readSnapshotWorkbook';

/**
 * Reads a workbook file's sheets as snapshots, for checks that change nothing (Node only). Neither this
 * module nor what it imports loads ExcelJS, so a check worker starts without it.
 */
export async function loadSnapshotWorkbookFile(path: string): Promise<SnapshotWorkbook> {
  return readSnapshotWorkbook(await loadFileBytes(path), path);
}
