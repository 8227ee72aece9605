import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SparseCells, SparseForm } from '../core/layouts/cases/sparseTable';

/** Workbooks of sparse forms (the layout cases) written to a temporary folder for CLI tests. */
export const dir = mkdtempSync(join(tmpdir(), 'selfeval-targets-'));

function addSheet(wb: ExcelJS.Workbook, name: string, form: SparseForm, edits: SparseCells = {}): void {
  const ws = wb.addWorksheet(name);
  for (const [a1, v] of Object.entries({ ...form.cells, ...edits })) {
    if (v === null) continue;
    ws.getCell(a1).value = typeof v === 'object' && 'n' in v ? v.n : (v as string | number);
    if (typeof v === 'object' && 'n' in v) ws.getCell(a1).numFmt = v.fmt;
  }
  for (const m of form.merges) ws.mergeCells(m);
}

export async function write(name: string, sheets: [string, SparseForm, SparseCells?][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [sheet, form, edits] of sheets) addSheet(wb, sheet, form, edits);
  const file = join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}
