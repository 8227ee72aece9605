/** Writes the variant workbooks (cases.ts) as .xlsx files with ExcelJS. */
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { FormSpec, renderForm, Val } from './forms';

/** Something placed on a sheet at an A1 address: a form, or raw rows (decoys, notes). */
export type Item = { at: string; form: FormSpec } | { at: string; rows: Val[][] };

export interface SheetDef {
  name: string;
  items: Item[];
}

export interface WorkbookDef {
  file: string;
  sheets: SheetDef[];
}

function parseA1(a1: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(a1);
  if (!m) throw new Error(`bad address ${a1}`);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return [Number(m[2]), col];
}

function write(ws: ExcelJS.Worksheet, row: number, col: number, v: Val): void {
  if (v === null) return;
  const cell = ws.getCell(row, col);
  if (typeof v === 'object') {
    cell.value = v.pct;
    cell.numFmt = '0.00%';
  } else {
    cell.value = v;
  }
}

function placeItem(ws: ExcelJS.Worksheet, item: Item): void {
  const [row0, col0] = parseA1(item.at);
  if ('rows' in item) {
    item.rows.forEach((vals, i) => vals.forEach((v, j) => write(ws, row0 + i, col0 + j, v)));
    return;
  }
  const grid = renderForm(item.form);
  for (const [k, v] of grid.cells) {
    const [r, c] = k.split(',').map(Number);
    write(ws, row0 + r, col0 + c, v);
  }
  for (const [r1, c1, r2, c2] of grid.merges) ws.mergeCells(row0 + r1, col0 + c1, row0 + r2, col0 + c2);
}

export async function buildWorkbook(def: WorkbookDef, dir: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of def.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    for (const item of sheet.items) placeItem(ws, item);
  }
  const path = join(dir, def.file);
  await wb.xlsx.writeFile(path);
  return path;
}
