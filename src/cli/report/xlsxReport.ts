import * as ExcelJS from 'exceljs';
import { Lang } from '../io';
import { REPORT_WORDS, ReportRows } from './reportRows';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } };
const STATE_FILL: Record<string, string | null> = {
  unreadable: 'FFF4CCCC',
  error: 'FFFCE4D6',
  warning: 'FFFFF2CC',
  ok: null,
};

/** Header row bold and shaded, frozen under the window's top, with an autofilter over the whole table. */
function dressTable(ws: ExcelJS.Worksheet, columns: number, rows: number, widths: number[]): void {
  const header = ws.getRow(1);
  header.font = { bold: true };
  for (let c = 1; c <= columns; c++) header.getCell(c).fill = HEADER_FILL;
  ws.views = [{ state: 'frozen', xSplit: 1, ySplit: 1, topLeftCell: 'B2', activeCell: 'B2' }];
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows + 1), column: columns } };
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
}

/** A file name that opens the file (its path relative to the report, so the two can move together). */
function fileLink(text: string, link: string): ExcelJS.CellHyperlinkValue {
  return { text, hyperlink: link };
}

/**
 * The review as a workbook: a summary sheet (one row per file) and a findings sheet (one row per finding),
 * each filtered and frozen, every file name a link to the file.
 */
export function reportWorkbook(rows: ReportRows, lang: Lang): ExcelJS.Workbook {
  const words = REPORT_WORDS[lang];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'selfeval';

  const summary = workbook.addWorksheet(words.summarySheet);
  summary.addRow([...words.summaryHeader]);
  for (const r of rows.summary) {
    const row = summary.addRow([
      fileLink(r.file, r.link),
      r.unit,
      r.project,
      r.tables,
      r.errors,
      r.warnings,
      r.score,
      r.grade,
      r.status,
    ]);
    row.getCell(1).font = { color: { argb: 'FF0563C1' }, underline: true };
    const fill = STATE_FILL[r.state];
    if (fill) row.getCell(9).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
  }
  dressTable(summary, words.summaryHeader.length, rows.summary.length, [28, 24, 30, 8, 8, 8, 10, 10, 36]);

  const findings = workbook.addWorksheet(words.findingsSheet);
  findings.addRow([...words.findingsHeader]);
  for (const f of rows.findings) {
    const row = findings.addRow([
      fileLink(f.file, f.link),
      f.sheet,
      f.cell,
      f.rule,
      f.severityText,
      f.message,
    ]);
    row.getCell(1).font = { color: { argb: 'FF0563C1' }, underline: true };
    row.getCell(6).alignment = { wrapText: true, vertical: 'top' };
  }
  dressTable(findings, words.findingsHeader.length, rows.findings.length, [28, 18, 8, 16, 8, 70]);
  return workbook;
}

export async function reportXlsxBytes(rows: ReportRows, lang: Lang): Promise<Uint8Array> {
  const out = await reportWorkbook(rows, lang).xlsx.writeBuffer();
  return out instanceof Uint8Array ? out : new Uint8Array(out);
}
