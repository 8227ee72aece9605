import { WorkbookReadError } from './readErrors';
import { FileKind, sniffFile } from './sniff';

/** The formats we read: .xlsx by ExcelJS (or SheetJS to check), the rest by SheetJS. */
export type ReadableKind = 'xlsx' | 'old-xls' | 'ods';

export const isEt = (fileName: string) => /\.et$/i.test(fileName);

/**
 * What a file holds, or a WorkbookReadError naming `fileName` for one we cannot read (a text file, a damaged
 * zip, a password-protected workbook, a WPS .et in WPS's own older format).
 */
export function readableKind(bytes: Uint8Array, fileName: string): ReadableKind {
  const kind: FileKind = sniffFile(bytes);
  switch (kind) {
    case 'xlsx':
    case 'old-xls':
    case 'ods':
      return kind;
    case 'encrypted':
      throw new WorkbookReadError('encrypted', fileName);
    case 'empty':
    case 'damaged-zip':
      throw new WorkbookReadError(isEt(fileName) ? 'et-unreadable' : 'corrupt', fileName);
    case 'other-ole':
      // A compound file named .xls whose directory we cannot find was cut short or damaged.
      if (/\.(xls|xlt)$/i.test(fileName)) throw new WorkbookReadError('corrupt', fileName);
      throw new WorkbookReadError(isEt(fileName) ? 'et-unreadable' : 'not-xlsx', fileName);
    case 'other-zip':
    case 'other':
      throw new WorkbookReadError(isEt(fileName) ? 'et-unreadable' : 'not-xlsx', fileName);
  }
}

export function withCause(error: WorkbookReadError, cause: unknown): WorkbookReadError {
  (error as Error & { cause?: unknown }).cause = cause;
  return error;
}
