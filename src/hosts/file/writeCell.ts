import * as ExcelJS from 'exceljs';
import { CellEdit } from '../../core/edits';
import { CellValue } from '../../core/grid';
import { isContentEdit } from '../cellInput';
import { toCellValue, toExcelConstant, toExcelResult } from './cellValue';
import { solidFill } from './colors';
import { translateFormula } from './translateFormula';

const GENERAL = 'General';

/** Writes one edit's fields into a cell; fields the edit leaves out stay as they are. */
export function applyCellEdit(worksheet: ExcelJS.Worksheet, edit: CellEdit, date1904: boolean): void {
  const cell = worksheet.getCell(edit.row + 1, edit.col + 1);
  if (isContentEdit(edit) && cell.type !== ExcelJS.ValueType.Merge) {
    unshareFormulaGroup(worksheet, cell);
    if (typeof edit.formula === 'string') {
      cell.value = { formula: edit.formula.replace(/^=/, ''), result: toExcelResult(edit.value) };
    } else if (edit.value !== undefined) {
      cell.value = toExcelConstant(edit.value);
    } else {
      // `formula: null` alone turns a formula into the constant it shows.
      cell.value = toExcelConstant(toCellValue(cell.value, date1904));
    }
  }
  if (edit.numberFormat !== undefined) setNumberFormat(cell, edit.numberFormat);
  if (edit.fill !== undefined) setFill(cell, edit.fill);
}

/**
 * Cells read styles shared per style id, so a style is always replaced by a copy, never changed in place
 * (changing it would repaint every cell that shares it).
 */
export function setNumberFormat(cell: ExcelJS.Cell, numberFormat: string | null): void {
  const style: Partial<ExcelJS.Style> = { ...cell.style };
  if (numberFormat === null || numberFormat === GENERAL) delete style.numFmt;
  else style.numFmt = numberFormat;
  cell.style = style;
}

export function setFill(cell: ExcelJS.Cell, fill: string | null): void {
  const style: Partial<ExcelJS.Style> = { ...cell.style };
  if (fill === null) delete style.fill;
  else style.fill = solidFill(fill);
  cell.style = style;
}

/** Merges style parts into a cell's style (copying, as above). */
export function mergeStyle(cell: ExcelJS.Cell, parts: Partial<ExcelJS.Style>): void {
  cell.style = { ...cell.style, ...parts };
}

/**
 * A shared formula's other cells take their text from the master, so before the master is overwritten every
 * cell of its group gets its own plain formula (same text and cached result as before).
 */
export function unshareFormulaGroup(worksheet: ExcelJS.Worksheet, master: ExcelJS.Cell): void {
  if (master.type !== ExcelJS.ValueType.Formula) return;
  const value = master.value as ExcelJS.CellFormulaValue & { shareType?: string; ref?: string };
  if (value.shareType !== 'shared' || !value.formula) return;
  const [from, to] = (value.ref ?? master.address).split(':');
  const start = worksheet.getCell(from);
  const end = worksheet.getCell(to ?? from);
  for (let r = Number(start.row); r <= Number(end.row); r++) {
    for (let c = Number(start.col); c <= Number(end.col); c++) {
      const cell = worksheet.findCell(r, c);
      if (!cell || cell === master || cell.type !== ExcelJS.ValueType.Formula) continue;
      const shared = cell.value as ExcelJS.CellSharedFormulaValue;
      if (shared.sharedFormula !== master.address) continue;
      const formula = translateFormula(value.formula, r - Number(master.row), c - Number(master.col));
      // a falsy cached result (0, FALSE) lives only on `cell.result` after loading
      cell.value = { formula, result: shared.result ?? cell.result };
    }
  }
  master.value = { formula: value.formula, result: value.result ?? master.result };
}

/** The value a covered cell of a merge may be "written" with: nothing, since it shows its anchor's value. */
export function isNoContent(value: CellValue | undefined, formula: string | null | undefined): boolean {
  return (value === undefined || value === null || value === '') && !formula;
}
