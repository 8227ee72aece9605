import { isEt, readableKind, withCause } from '../readableKind';
import { WorkbookReadError } from '../readErrors';
import { odsRefusal, sheetTooLargeMessage, SheetTooLargeError, sizeRefusal } from '../limits';
import { parseWithSheetJs, snapshotWorkbook, SnapshotWorkbook } from './readSheetJs';

/** File contents as Node (Buffer) or the browser (ArrayBuffer from a File) hands them over. */
type WorkbookData = ArrayBuffer | Uint8Array;

/** Reads any readable format with SheetJS into snapshots; its failures become WorkbookReadError. */
export async function readSnapshotWorkbook(
  data: WorkbookData,
  fileName: string,
  forEdit = false,
): Promise<SnapshotWorkbook> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const kind = readableKind(bytes, fileName);
  const refusal =
    sizeRefusal(bytes, kind, forEdit) ?? (kind === 'ods' ? await odsRefusal(bytes, forEdit) : null);
  if (refusal) throw new WorkbookReadError('too-large', fileName, refusal);
  let parsed;
  try {
    parsed = await parseWithSheetJs(bytes);
  } catch (cause) {
    const text = cause instanceof Error ? cause.message : String(cause);
    const code = /password|encrypt/i.test(text) ? 'encrypted' : isEt(fileName) ? 'et-unreadable' : 'corrupt';
    throw withCause(new WorkbookReadError(code, fileName), cause);
  }
  try {
    return snapshotWorkbook(parsed);
  } catch (error) {
    if (!(error instanceof SheetTooLargeError)) throw error;
    throw new WorkbookReadError(
      'too-large',
      fileName,
      sheetTooLargeMessage(error.sheet, error.rows, error.cols),
    );
  }
}
