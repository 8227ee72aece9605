/** Writes the clean cases as .xlsx workbooks with ExcelJS. */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { Case, cases } from './forms';
import { Grid, rangeOf } from './grid';

function writeSheet(ws: ExcelJS.Worksheet, g: Grid): void {
  g.rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null || v === undefined) return;
      const cell = ws.getCell(r + 1, c + 1);
      if (typeof v === 'string' || typeof v === 'number') {
        cell.value = v;
        if (typeof v === 'string' && v.includes('\n')) cell.alignment = { wrapText: true };
      } else if ('f' in v) {
        cell.value = { formula: v.f, result: v.r } as ExcelJS.CellFormulaValue;
        if (v.fmt) cell.numFmt = v.fmt;
      } else {
        cell.value = v.v;
        if (v.fmt) cell.numFmt = v.fmt;
      }
    }),
  );
  for (const [r1, c1, r2, c2] of g.merges) ws.mergeCells(r1 + 1, c1 + 1, r2 + 1, c2 + 1);
  for (let c = 1; c <= Math.max(1, g.width); c++) ws.getColumn(c).width = 14;
}

export interface Expected {
  sheet: string;
  kind: string;
  range: string;
}

export function expectedRegions(k: Case): Expected[] {
  return k.sheets.flatMap((s) =>
    s.grid.regions.map((b) => ({ sheet: s.name, kind: b.kind, range: rangeOf(b) })),
  );
}

export async function buildCase(k: Case, dir: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const s of k.sheets) writeSheet(wb.addWorksheet(s.name), s.grid);
  const file = path.join(dir, `${k.id}.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

export async function buildAll(dir: string): Promise<{ k: Case; file: string }[]> {
  fs.mkdirSync(dir, { recursive: true });
  const out: { k: Case; file: string }[] = [];
  for (const k of cases()) out.push({ k, file: await buildCase(k, dir) });
  return out;
}

if (require.main === module) {
  const dir = process.argv[2] ?? path.join(__dirname, 'out');
  void buildAll(dir).then((xs) => {
    for (const { k, file } of xs) console.log(file, JSON.stringify(expectedRegions(k)));
  });
}
