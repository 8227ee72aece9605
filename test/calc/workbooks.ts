import { readFileSync, writeFileSync } from 'node:fs';
import * as ExcelJS from 'exceljs';
import { CellValue, Grid } from '../../src/core/grid';
import { FileHost } from '../../src/hosts/file/fileHost';

/** A cached result no formula can produce: a value read back equal to it was never recalculated. */
export const POISON = 'NOT-RECALCULATED';

/**
 * Copies a workbook with every formula's cached result replaced by POISON, so that values read back after
 * LibreOffice can only be LibreOffice's own.
 */
export async function poisonCaches(from: string, to: string): Promise<number> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(from) as unknown as ArrayBuffer);
  let count = 0;
  for (const ws of wb.worksheets) {
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type !== ExcelJS.ValueType.Formula) return;
        const v = cell.value as ExcelJS.CellFormulaValue;
        if (!v.formula) return;
        cell.value = { formula: v.formula, result: POISON };
        count++;
      }),
    );
  }
  writeFileSync(to, new Uint8Array(await wb.xlsx.writeBuffer()));
  return count;
}

/** Every sheet of a file as the file host reads it. */
export async function readGrids(file: string): Promise<Map<string, Grid>> {
  const host = await FileHost.fromData(readFileSync(file), file);
  const grids = new Map<string, Grid>();
  for (const name of await host.sheetNames()) grids.set(name, new Grid(await host.readSheet(name)));
  return grids;
}

/** The same value as a spreadsheet shows it: "" and an empty cell alike, numbers to 1e-9. */
export function sameShownValue(read: CellValue, expected: CellValue): boolean {
  const blank = (v: CellValue) => v === null || v === '';
  if (blank(expected) || blank(read)) return blank(expected) && blank(read);
  if (typeof expected === 'number' && typeof read === 'number') {
    return Math.abs(read - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
  }
  return read === expected;
}
