import * as ExcelJS from 'exceljs';
import { CellRange, parseA1 } from '../../core/address';
import { CellValue, SheetSnapshot } from '../../core/grid';
import { withEquals } from '../cellInput';
import { toCellValue } from './cellValue';
import { DEFAULT_THEME_PALETTE, fillToHex, ThemePalette, themePaletteFromXml } from './colors';
import { assertSnapshotSize } from './limits';
import { translateFormula } from './translateFormula';

/** What a snapshot needs from the workbook around a sheet. */
export interface WorkbookContext {
  date1904: boolean;
  palette: ThemePalette;
}

export function workbookContext(workbook: ExcelJS.Workbook): WorkbookContext {
  // ExcelJS keeps the theme parts as raw XML on an internal field; without it, its default theme applies.
  const themes = (workbook as unknown as { _themes?: Record<string, unknown> })._themes;
  const themeXml = themes && typeof themes.theme1 === 'string' ? themes.theme1 : null;
  return {
    date1904: workbook.properties?.date1904 === true,
    palette: themeXml ? themePaletteFromXml(themeXml) : DEFAULT_THEME_PALETTE,
  };
}

const GENERAL = 'General';

/**
 * One worksheet as a snapshot, in one pass over the cells ExcelJS holds: dense arrays anchored at A1,
 * trimmed to the last row and column that hold a value, a formula, a fill or a merge (cells that only carry
 * borders or a number format do not stretch the sheet).
 */
export function snapshotOfWorksheet(worksheet: ExcelJS.Worksheet, context: WorkbookContext): SheetSnapshot {
  const lastRow = worksheet.rowCount;
  let widest = 0;
  for (let r = 1; r <= lastRow; r++) widest = Math.max(widest, worksheet.findRow(r)?.cellCount ?? 0);
  assertSnapshotSize(worksheet.name, lastRow, widest);

  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  const fills: (string | null)[][] = [];
  const mergesByMaster = new Map<string, CellRange>();
  const sharedMasters = new Map<string, { formula: string; row: number; col: number } | null>();
  let rowCount = 0;
  let colCount = 0;

  for (let r = 1; r <= lastRow; r++) {
    const rowValues: CellValue[] = new Array(widest).fill(null);
    const rowFormulas: (string | null)[] = new Array(widest).fill(null);
    const rowFormats: (string | null)[] = new Array(widest).fill(GENERAL);
    const rowFills: (string | null)[] = new Array(widest).fill(null);
    values.push(rowValues);
    formulas.push(rowFormulas);
    numberFormats.push(rowFormats);
    fills.push(rowFills);
    const row = worksheet.findRow(r);
    if (!row) continue;
    for (let c = 1, n = row.cellCount; c <= n; c++) {
      const cell = row.findCell(c);
      if (!cell) continue;
      const i = c - 1;
      let used = false;
      if (cell.type === ExcelJS.ValueType.Merge) {
        extendMerge(mergesByMaster, cell.master, r - 1, i);
        used = true;
      } else if (cell.type !== ExcelJS.ValueType.Null) {
        const raw = cell.value;
        rowValues[i] = toCellValue(raw, context.date1904);
        if (cell.type === ExcelJS.ValueType.Formula) {
          // ExcelJS drops a falsy cached result (0, FALSE) from `value.result`; `cell.result` keeps it.
          if (rowValues[i] === null && cell.result !== undefined)
            rowValues[i] = toCellValue(cell.result, context.date1904);
          rowFormulas[i] = formulaOf(worksheet, cell, sharedMasters);
        }
        used = rowValues[i] !== null || rowFormulas[i] !== null;
      }
      const numFmt = cell.numFmt;
      if (numFmt) rowFormats[i] = numFmt;
      const fill = fillToHex(cell.fill, context.palette);
      if (fill) {
        rowFills[i] = fill;
        used = true;
      }
      if (used) {
        rowCount = r;
        colCount = Math.max(colCount, c);
      }
    }
  }

  const merges = [...mergesByMaster.values()];
  for (const m of merges) {
    rowCount = Math.max(rowCount, m.bottom + 1);
    colCount = Math.max(colCount, m.right + 1);
  }
  for (const grid of [values, formulas, numberFormats, fills]) {
    grid.length = rowCount;
    for (const row of grid) row.length = colCount;
  }
  return { name: worksheet.name, rowCount, colCount, values, formulas, numberFormats, fills, merges };
}

function extendMerge(merges: Map<string, CellRange>, master: ExcelJS.Cell, row: number, col: number): void {
  let area = merges.get(master.address);
  if (!area) {
    const top = Number(master.row) - 1;
    const left = Number(master.col) - 1;
    area = { top, left, bottom: top, right: left };
    merges.set(master.address, area);
  }
  area.top = Math.min(area.top, row);
  area.left = Math.min(area.left, col);
  area.bottom = Math.max(area.bottom, row);
  area.right = Math.max(area.right, col);
}

/**
 * Formula text with a leading `=`. A shared formula's cell stores only its master's address; its own text
 * is the master's formula moved by the offset between the two cells.
 */
function formulaOf(
  worksheet: ExcelJS.Worksheet,
  cell: ExcelJS.Cell,
  sharedMasters: Map<string, { formula: string; row: number; col: number } | null>,
): string | null {
  const value = cell.value as ExcelJS.CellFormulaValue | ExcelJS.CellSharedFormulaValue;
  if ('formula' in value && typeof value.formula === 'string' && value.formula)
    return withEquals(value.formula);
  if (!('sharedFormula' in value) || !value.sharedFormula) return null;
  const masterAddress = value.sharedFormula;
  let master = sharedMasters.get(masterAddress);
  if (master === undefined) {
    const ref = parseA1(masterAddress);
    const masterCell = worksheet.findCell(ref.row + 1, ref.col + 1);
    const text =
      masterCell?.type === ExcelJS.ValueType.Formula ? (masterCell.value as ExcelJS.CellFormulaValue) : null;
    master =
      masterCell && text && typeof text.formula === 'string'
        ? { formula: text.formula, row: Number(masterCell.row), col: Number(masterCell.col) }
        : null;
    sharedMasters.set(masterAddress, master);
  }
  if (!master) return null;
  return withEquals(
    translateFormula(master.formula, Number(cell.row) - master.row, Number(cell.col) - master.col),
  );
}
