/**
 * What kind of file a buffer holds, from its bytes alone, so that a wrong file gets a precise message
 * instead of a parser's stack trace. No Node APIs: the browser page uses it too.
 */
export type FileKind =
  /** A complete zip holding `xl/workbook.xml`: an .xlsx (or .xlsm) to hand to ExcelJS. */
  | 'xlsx'
  /** Starts like a zip but has no end record: truncated or damaged. */
  | 'damaged-zip'
  /** A complete zip that is not a workbook (.docx, .xlsb, a plain archive). */
  | 'other-zip'
  /** OLE compound file with an EncryptedPackage stream: an .xlsx saved with a password. */
  | 'encrypted'
  /** OLE compound file with a Workbook (or Excel 5 Book) stream: an Excel 97–2003 .xls, or a WPS .et. */
  | 'old-xls'
  /** A complete zip whose mimetype is an OpenDocument spreadsheet: an .ods. */
  | 'ods'
  /** An OLE compound file without a workbook stream we know: a .doc, or a file cut short. */
  | 'other-ole'
  /** Anything else. */
  | 'other'
  | 'empty';

const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];
const ZIP_END_RECORD = [0x50, 0x4b, 0x05, 0x06];
const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function sniffFile(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, ZIP_LOCAL_HEADER)) {
    if (indexOfBytes(bytes, ZIP_END_RECORD, Math.max(0, bytes.length - 65_557)) < 0) return 'damaged-zip';
    if (indexOfBytes(bytes, ascii('xl/workbook.xml')) >= 0) return 'xlsx';
    // An ODF package stores its `mimetype` entry uncompressed (LibreOffice first, SheetJS after the
    // manifest), so its text is found in the raw bytes.
    return indexOfBytes(bytes, ascii('application/vnd.oasis.opendocument.spreadsheet')) >= 0
      ? 'ods'
      : 'other-zip';
  }
  if (startsWith(bytes, CFB_SIGNATURE)) {
    // Stream names live in the compound file's directory as UTF-16LE.
    if (indexOfBytes(bytes, utf16le('EncryptedPackage')) >= 0) return 'encrypted';
    if (indexOfBytes(bytes, utf16le('Workbook')) >= 0 || indexOfBytes(bytes, utf16le('Book')) >= 0) {
      return 'old-xls';
    }
    return 'other-ole';
  }
  return 'other';
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((b, i) => bytes[i] === b);
}

function ascii(text: string): number[] {
  return Array.from(text, (ch) => ch.charCodeAt(0));
}

function utf16le(text: string): number[] {
  return Array.from(text).flatMap((ch) => [ch.charCodeAt(0), 0]);
}

export function indexOfBytes(bytes: Uint8Array, pattern: number[], from = 0): number {
  const first = pattern[0];
  const last = bytes.length - pattern.length;
  let i = bytes.indexOf(first, from);
  while (i >= 0 && i <= last) {
    let k = 1;
    while (k < pattern.length && bytes[i + k] === pattern[k]) k++;
    if (k === pattern.length) return i;
    i = bytes.indexOf(first, i + 1);
  }
  return -1;
}
