import ExcelJS from 'exceljs';
import { Cell, Form } from './forms';

/** One form put on a sheet with its A1 at `at`. */
export interface Placement {
  form: Form;
  at: string;
}

export interface SheetSpec {
  name: string;
  forms: Placement[];
  /** Free text cells around the forms (notes between stacked forms). */
  notes?: Record<string, string>;
}

export interface WorkbookSpec {
  file: string;
  sheets: SheetSpec[];
}

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function colLetters(n: number): string {
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function split(addr: string): { col: number; row: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(addr);
  if (!m) throw new Error(`bad address ${addr}`);
  return { col: colNumber(m[1]), row: Number(m[2]) };
}

/** The address of a form-relative cell once the form's A1 sits at `at`. */
export function shift(addr: string, at: string): string {
  const a = split(addr);
  const o = split(at);
  return `${colLetters(a.col + o.col - 1)}${a.row + o.row - 1}`;
}

function shiftRange(range: string, at: string): string {
  return range
    .split(':')
    .map((a) => shift(a, at))
    .join(':');
}

function write(cell: ExcelJS.Cell, value: Cell): void {
  if (typeof value === 'object') {
    cell.value = value.n;
    cell.numFmt = value.fmt;
  } else {
    cell.value = value;
  }
}

function place(ws: ExcelJS.Worksheet, { form, at }: Placement): void {
  for (const [r, row] of Object.entries(form.rows)) {
    for (const [col, value] of Object.entries(row)) write(ws.getCell(shift(`${col}${r}`, at)), value);
  }
  for (const m of form.merges) ws.mergeCells(shiftRange(m, at));
}

export async function buildWorkbook(spec: WorkbookSpec, path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of spec.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    for (const p of sheet.forms) place(ws, p);
    for (const [addr, text] of Object.entries(sheet.notes ?? {})) ws.getCell(addr).value = text;
  }
  await wb.xlsx.writeFile(path);
}
