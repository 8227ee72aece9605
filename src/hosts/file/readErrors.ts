/** Why a workbook file could not be read. Each reason has a one-line message for people, never a stack trace. */
export type WorkbookReadErrorCode =
  | 'not-found'
  | 'unreadable'
  | 'not-xlsx'
  | 'corrupt'
  | 'encrypted'
  /** A WPS .et that is not in the Excel 97–2003 structure (WPS's own older format) or is damaged. */
  | 'et-unreadable'
  /** Past the sizes that can be read without exhausting memory (limits.ts); the detail says which. */
  | 'too-large';

const MESSAGES: Record<
  WorkbookReadErrorCode,
  { zh: (file: string) => string; en: (file: string) => string }
> = {
  'not-found': { zh: (f) => `文件不存在：${f}`, en: (f) => `File not found: ${f}` },
  unreadable: {
    zh: (f) => `无法打开文件（没有读取权限或不是普通文件）：${f}`,
    en: (f) => `Cannot open file: ${f}`,
  },
  'not-xlsx': {
    zh: (f) => `不是表格文件（可读取 .xlsx、.xls、.et、.ods）：${f}`,
    en: (f) => `Not a spreadsheet file (.xlsx, .xls, .et and .ods can be read): ${f}`,
  },
  'et-unreadable': {
    zh: (f) => `无法读取这个 WPS .et 文件：${f}（请在 WPS 表格中“另存为”.xlsx 或 Excel 97-2003 .xls 后再试）`,
    en: (f) =>
      `Cannot read this WPS .et file: ${f} (in WPS Spreadsheets, save it as .xlsx or Excel 97-2003 .xls)`,
  },
  corrupt: {
    zh: (f) => `文件已损坏，无法读取：${f}`,
    en: (f) => `The file is damaged and cannot be read: ${f}`,
  },
  'too-large': {
    zh: (f) => `文件过大，无法读取：${f}`,
    en: (f) => `The file is too large to read: ${f}`,
  },
  encrypted: {
    zh: (f) => `工作簿有密码保护，请先取消密码：${f}`,
    en: (f) => `The workbook is password-protected; remove the password first: ${f}`,
  },
};

export class WorkbookReadError extends Error {
  readonly messageEn: string;

  constructor(
    readonly code: WorkbookReadErrorCode,
    readonly file: string,
    detail?: { zh: string; en: string },
  ) {
    super(detail ? `${MESSAGES[code].zh(file)}（${detail.zh}）` : MESSAGES[code].zh(file));
    this.name = 'WorkbookReadError';
    this.messageEn = detail ? `${MESSAGES[code].en(file)} (${detail.en})` : MESSAGES[code].en(file);
  }
}
