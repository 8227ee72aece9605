import { writeFile } from 'node:fs/promises';
import { UsageError } from '../args';
import { FileCheck } from '../checkResults';
import { Lang } from '../io';
import { reportHtml } from './htmlReport';
import { reportRows } from './reportRows';
import { reportXlsxBytes } from './xlsxReport';

export type ReportFormat = 'xlsx' | 'html';

/** The report's format from its name (`审核结果.xlsx`, `审核结果.html`); any other name is a usage error. */
export function reportFormatOf(path: string): ReportFormat {
  if (/\.xlsx$/i.test(path)) return 'xlsx';
  if (/\.html?$/i.test(path)) return 'html';
  throw new UsageError(
    `审核报告只能是 .xlsx 或 .html 文件：${path}`,
    `The report must be an .xlsx or .html file: ${path}`,
  );
}

/** Writes the review of `results` to `path` as a workbook or a page, in `lang`. */
export async function writeReport(path: string, results: readonly FileCheck[], lang: Lang): Promise<void> {
  const rows = reportRows(results, path, lang);
  const data = reportFormatOf(path) === 'xlsx' ? await reportXlsxBytes(rows, lang) : reportHtml(rows, lang);
  await writeFile(path, data);
}

export function reportWrittenNote(path: string, files: number, lang: Lang): string {
  return lang === 'en'
    ? `Review of ${files} files written to ${path}\n`
    : `已写出 ${files} 个文件的审核结果：${path}\n`;
}
