/** Why a workbook file could not be read. Each reason has a one-line message for people, never a stack trace. */
export type WorkbookReadErrorCode =
  'not-found' | 'unreadable' | 'not-xlsx' | 'old-xls' | 'corrupt' | 'encrypted';

const MESSAGES: Record<
  WorkbookReadErrorCode,
  { zh: (file: string) => string; en: (file: string) => string }
> = {
  'not-found': { zh: (f) => `文件不存在：${f}`, en: (f) => `File not found: ${f}` },
  unreadable: {
    zh: (f) => `无法打开文件（没有读取权限或不是普通文件）：${f}`,
    en: (f) => `Cannot open file: ${f}`,
  },
  'not-xlsx': { zh: (f) => `不是 .xlsx 文件：${f}`, en: (f) => `Not an .xlsx file: ${f}` },
  'old-xls': {
    zh: (f) => `不是 .xlsx 文件：${f}（旧版 .xls 格式，请在 Excel 或 WPS 中另存为 .xlsx）`,
    en: (f) => `Not an .xlsx file: ${f} (old .xls format; save it as .xlsx in Excel or WPS)`,
  },
  corrupt: {
    zh: (f) => `文件已损坏，无法读取：${f}`,
    en: (f) => `The file is damaged and cannot be read: ${f}`,
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
  ) {
    super(MESSAGES[code].zh(file));
    this.name = 'WorkbookReadError';
    this.messageEn = MESSAGES[code].en(file);
  }
}
