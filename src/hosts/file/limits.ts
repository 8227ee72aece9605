/**
 * Sizes past which a file is refused before it is parsed, so that no input can take the machine's memory
 * (issue 13: a 10 MB .xlsx of 2 M cells took 2.4 GB). Measured here: SheetJS needs about 330 bytes and
 * ExcelJS about 580 bytes of memory per cell, and a cell takes 20–40 bytes of sheet XML; the limits keep
 * either reader under about 700 MB, in the CLI, in a worker and in a browser tab.
 */
import { odsCells } from './odsCells';
import { zipEntryBytes } from './zipEntryBytes';

export const LIMITS = {
  /** All entries of a zip (.xlsx, .ods), uncompressed: a decompression bomb declares more. */
  zipTotalBytes: 256 * 1024 * 1024,
  /** Sheet XML and shared strings, uncompressed, for the reader that only checks (SheetJS). */
  sheetXmlBytesToCheck: 48 * 1024 * 1024,
  /** The same for the reader that opens a workbook to change it (ExcelJS: fix, the page). */
  sheetXmlBytesToEdit: 16 * 1024 * 1024,
  /** An .xls/.et holds its cells uncompressed (10–20 bytes each): the file's own size bounds them. */
  oleBytesToCheck: 24 * 1024 * 1024,
  /** The same to change it (read by SheetJS, then rebuilt in ExcelJS). */
  oleBytesToEdit: 10 * 1024 * 1024,
  /**
   * Cells SheetJS creates for an .ods, counting its repeats (`number-rows-repeated` × `number-columns-repeated`
   * of a cell with content): a few hundred bytes of XML can declare billions. About 60 bytes each.
   */
  odsExpandedCellsToCheck: 4_000_000,
  /** The same to change it (rebuilt in ExcelJS, about 580 bytes a cell; as sheetXmlBytesToEdit allows). */
  odsExpandedCellsToEdit: 500_000,
  /** Rows × columns of one sheet's used area as a snapshot (real forms: a few thousand cells). */
  snapshotCells: 4_000_000,
  /** Excel's own limits. */
  excelRows: 1_048_576,
  excelColumns: 16_384,
} as const;

export interface ZipEntry {
  name: string;
  compressed: number;
  uncompressed: number;
  /** 0 stored, 8 deflated. */
  method: number;
  /** Where the entry's local header starts. */
  localHeader: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

/**
 * The entries a zip's central directory declares, without inflating anything. Null when the directory
 * cannot be read (the reader then reports the file as damaged). ZIP64 sizes (0xFFFFFFFF) read as 4 GB:
 * larger than any limit, as they would be.
 */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL)
      return entries.length > 0 ? entries : null;
    const method = view.getUint16(at + 10, true);
    const compressed = view.getUint32(at + 20, true);
    const uncompressed = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    // Byte by byte: the names that matter are ASCII (and TextDecoder is missing where tests run jsdom).
    const name = String.fromCharCode(...bytes.subarray(at + 46, at + 46 + Math.min(nameLength, 1024)));
    const localHeader = view.getUint32(at + 42, true);
    entries.push({ name, compressed, uncompressed, method, localHeader });
    at += 46 + nameLength + extra + comment;
  }
  return entries;
}

/** Why a file is refused, in both languages, for WorkbookReadError('too-large'). */
export interface SizeRefusal {
  zh: string;
  en: string;
}

const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

/** Parts whose size tracks the number of cells: sheet XML, shared strings, an .ods's content. */
function isCellPart(name: string): boolean {
  return (
    /^xl\/worksheets\/[^/]+\.xml$/i.test(name) ||
    /^xl\/sharedStrings\.xml$/i.test(name) ||
    name === 'content.xml'
  );
}

/**
 * Checks a file against the limits before a reader sees it; returns why it is refused, or null. `forEdit`
 * applies the tighter limit of the reader that opens a workbook to change it.
 */
export function sizeRefusal(
  bytes: Uint8Array,
  kind: 'xlsx' | 'ods' | 'old-xls',
  forEdit: boolean,
): SizeRefusal | null {
  if (kind === 'old-xls') {
    const limit = forEdit ? LIMITS.oleBytesToEdit : LIMITS.oleBytesToCheck;
    if (bytes.length <= limit) return null;
    return {
      zh: `文件有 ${mb(bytes.length)}，超过${forEdit ? '修改时' : ''}可读取的 ${mb(limit)}`,
      en: `the file is ${mb(bytes.length)}, more than the ${mb(limit)} that can be read${forEdit ? ' to change it' : ''}`,
    };
  }
  const entries = zipEntries(bytes);
  if (!entries) return null; // the reader reports a damaged zip
  const total = entries.reduce((n, e) => n + e.uncompressed, 0);
  if (total > LIMITS.zipTotalBytes) {
    return {
      zh: `压缩包解压后有 ${mb(total)}（压缩时 ${mb(bytes.length)}），超过 ${mb(LIMITS.zipTotalBytes)}，疑似“解压炸弹”`,
      en: `it unpacks to ${mb(total)} (${mb(bytes.length)} packed), more than ${mb(LIMITS.zipTotalBytes)}: a decompression bomb?`,
    };
  }
  const cells = entries.filter((e) => isCellPart(e.name)).reduce((n, e) => n + e.uncompressed, 0);
  const limit = forEdit ? LIMITS.sheetXmlBytesToEdit : LIMITS.sheetXmlBytesToCheck;
  if (cells > limit) {
    return {
      zh: `工作表数据解压后有 ${mb(cells)}，超过${forEdit ? '修改时' : ''}可读取的 ${mb(limit)}`,
      en: `its sheets unpack to ${mb(cells)}, more than the ${mb(limit)} that can be read${forEdit ? ' to change it' : ''}`,
    };
  }
  return null;
}

/**
 * An .ods whose content.xml declares more cells than can be read, counted through its repeats before
 * SheetJS expands them (an 860-byte file can declare 17 billion and take any amount of memory). Null when
 * the file is within the limit or its content cannot be measured (the reader then reports it as damaged).
 */
export async function odsRefusal(bytes: Uint8Array, forEdit: boolean): Promise<SizeRefusal | null> {
  const entry = zipEntries(bytes)?.find((e) => e.name === 'content.xml');
  if (!entry) return null;
  const content = await zipEntryBytes(bytes, entry);
  if (!content) return null;
  const { cells, rows, columns } = odsCells(new TextDecoder().decode(content));
  if (rows > LIMITS.excelRows || columns > LIMITS.excelColumns) {
    return {
      zh: `表格声明了 ${rows} 行 × ${columns} 列，超出 Excel 的上限（1048576 行 × 16384 列）`,
      en: `it declares ${rows} rows × ${columns} columns, past Excel's limits (1048576 × 16384)`,
    };
  }
  const limit = forEdit ? LIMITS.odsExpandedCellsToEdit : LIMITS.odsExpandedCellsToCheck;
  if (cells <= limit) return null;
  return {
    zh: `表格展开重复的行和列后有 ${cells} 个单元格，超过${forEdit ? '修改时' : ''}可读取的 ${limit} 个`,
    en: `its repeated rows and columns expand to ${cells} cells, more than the ${limit} that can be read${forEdit ? ' to change it' : ''}`,
  };
}

/** A sheet whose used area is too large to hold as a snapshot, or past Excel's own limits. */
export class SheetTooLargeError extends Error {
  constructor(
    readonly sheet: string,
    readonly rows: number,
    readonly cols: number,
  ) {
    super(sheetTooLargeMessage(sheet, rows, cols).zh);
    this.name = 'SheetTooLargeError';
  }
}

export function sheetTooLargeMessage(sheet: string, rows: number, cols: number): SizeRefusal {
  const past = rows > LIMITS.excelRows || cols > LIMITS.excelColumns;
  return past
    ? {
        zh: `工作表“${sheet}”有 ${rows} 行 × ${cols} 列，超出 Excel 的上限（1048576 行 × 16384 列）`,
        en: `sheet “${sheet}” has ${rows} rows × ${cols} columns, past Excel's limits (1048576 × 16384)`,
      }
    : {
        zh: `工作表“${sheet}”的已用区域有 ${rows} 行 × ${cols} 列，超过可检查的 ${LIMITS.snapshotCells} 个单元格`,
        en: `sheet “${sheet}” uses ${rows} rows × ${cols} columns, more than the ${LIMITS.snapshotCells} cells that can be checked`,
      };
}

/** Throws SheetTooLargeError before a snapshot of `rows` × `cols` is allocated. */
export function assertSnapshotSize(sheet: string, rows: number, cols: number): void {
  if (rows > LIMITS.excelRows || cols > LIMITS.excelColumns || rows * cols > LIMITS.snapshotCells) {
    throw new SheetTooLargeError(sheet, rows, cols);
  }
}
