import type { CellObject, WorkBook, WorkSheet } from '@e965/xlsx';
import { CellRange, parseRangeA1 } from '../../../core/address';
import { CellValue, SheetSnapshot } from '../../../core/grid';
import { withEquals } from '../../cellInput';
import { assertSnapshotSize, LIMITS, SheetTooLargeError } from '../limits';
import { ColorLike, colorToHex, DEFAULT_THEME_PALETTE, ThemePalette } from '../colors';

const GENERAL = 'General';

/** A fill as SheetJS reads it (`cell.s` with `cellStyles`): xlsx pattern fills; .xls/.ods keep none. */
interface SheetJsFill {
  patternType?: string;
  fgColor?: { rgb?: string; theme?: number; tint?: number; indexed?: number };
}

/** The theme colours of an .xlsx as SheetJS reads them (already in theme-index order). */
export function sheetJsPalette(workbook: WorkBook): ThemePalette {
  const themes = (workbook as WorkBook & { Themes?: { themeElements?: { clrScheme?: { rgb?: string }[] } } })
    .Themes;
  const scheme = themes?.themeElements?.clrScheme;
  if (!scheme || scheme.length === 0) return DEFAULT_THEME_PALETTE;
  return DEFAULT_THEME_PALETTE.map((fallback, i) => {
    const rgb = scheme[i]?.rgb;
    return typeof rgb === 'string' && /^[0-9A-Fa-f]{6}$/.test(rgb) ? rgb.toUpperCase() : fallback;
  });
}

/**
 * One SheetJS worksheet (read `dense`, with formulas, number formats and styles) as the snapshot the ExcelJS
 * path builds (snapshot.ts): dense arrays anchored at A1, trimmed to the last row and column holding a
 * value, a formula, a fill or a merge; a cell a merge covers reads as empty, as ExcelJS reports it.
 */
export function snapshotOfSheetJs(name: string, sheet: WorkSheet, palette: ThemePalette): SheetSnapshot {
  assertWithinExcel(name, sheet);
  const data = (sheet['!data'] ?? []) as (CellObject | undefined)[][];
  const merges = (sheet['!merges'] ?? [])
    .map((m) => ({ top: m.s.r, left: m.s.c, bottom: m.e.r, right: m.e.c }))
    .filter((m) => m.bottom > m.top || m.right > m.left)
    .sort(byFirstCoveredCell);
  let rowCount = 0;
  let colCount = 0;
  for (let r = 0; r < data.length; r++) {
    const row = data[r];
    if (!row) continue;
    for (let c = row.length - 1; c >= 0; c--) {
      const cell = row[c];
      if (cell && isUsed(cell, palette)) {
        rowCount = r + 1;
        colCount = Math.max(colCount, c + 1);
        break;
      }
    }
  }
  for (const m of merges) {
    rowCount = Math.max(rowCount, m.bottom + 1);
    colCount = Math.max(colCount, m.right + 1);
  }

  assertSnapshotSize(name, rowCount, colCount);
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  const fills: (string | null)[][] = [];
  for (let r = 0; r < rowCount; r++) {
    const rowValues: CellValue[] = new Array<CellValue>(colCount).fill(null);
    const rowFormulas: (string | null)[] = new Array<string | null>(colCount).fill(null);
    const rowFormats: (string | null)[] = new Array<string | null>(colCount).fill(GENERAL);
    const rowFills: (string | null)[] = new Array<string | null>(colCount).fill(null);
    values.push(rowValues);
    formulas.push(rowFormulas);
    numberFormats.push(rowFormats);
    fills.push(rowFills);
    const row = data[r];
    if (!row) continue;
    for (let c = 0, n = Math.min(row.length, colCount); c < n; c++) {
      const cell = row[c];
      if (!cell) continue;
      rowValues[c] = valueOf(cell);
      if (cell.f) rowFormulas[c] = withEquals(cell.f);
      if (typeof cell.z === 'string' && cell.z) rowFormats[c] = cell.z;
      rowFills[c] = fillOf(cell, palette);
    }
  }
  // Only a merge's top-left cell holds content; what a file keeps under the rest is not shown anywhere.
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        if (r === m.top && c === m.left) continue;
        values[r][c] = null;
        formulas[r][c] = null;
      }
    }
  }
  return { name, rowCount, colCount, values, formulas, numberFormats, fills, merges };
}

/**
 * The order ExcelJS lists merges in (snapshot.ts meets each at its first covered cell, row by row), so that
 * both readers give the same snapshot.
 */
function byFirstCoveredCell(a: CellRange, b: CellRange): number {
  const [ar, ac] = firstCovered(a);
  const [br, bc] = firstCovered(b);
  return ar - br || ac - bc;
}

function firstCovered(m: CellRange): [number, number] {
  return m.right > m.left ? [m.top, m.left + 1] : [m.top + 1, m.left];
}

/**
 * A sheet whose cells reach past Excel's last row or column is refused: SheetJS stops reading rows there
 * (`sheetRows`) and keeps the extent it found in `!fullref`.
 */
function assertWithinExcel(name: string, sheet: WorkSheet): void {
  const ref = (sheet['!fullref'] as string | undefined) ?? sheet['!ref'];
  if (!ref) return;
  let range: CellRange;
  try {
    range = parseRangeA1(ref);
  } catch {
    return;
  }
  const rows = range.bottom + 1;
  const cols = range.right + 1;
  if (rows > LIMITS.excelRows || cols > LIMITS.excelColumns) throw new SheetTooLargeError(name, rows, cols);
}

function isUsed(cell: CellObject, palette: ThemePalette): boolean {
  return valueOf(cell) !== null || Boolean(cell.f) || fillOf(cell, palette) !== null;
}

/** The cached value a person sees; errors as their text (`#DIV/0!`), dates as serial numbers. */
function valueOf(cell: CellObject): CellValue {
  switch (cell.t) {
    case 'n':
    case 's':
    case 'b':
      return typeof cell.v === 'number' || typeof cell.v === 'string' || typeof cell.v === 'boolean'
        ? cell.v
        : null;
    case 'e':
      return typeof cell.w === 'string' && cell.w.startsWith('#') ? cell.w : errorText(cell.v);
    case 'd':
      return typeof cell.v === 'number' ? cell.v : null;
    case 'z':
      return null;
  }
}

/** BIFF/OOXML error codes as their text (SheetJS keeps the code in `v` and the text in `w`). */
const ERROR_CODES: Record<number, string> = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
  0x2b: '#GETTING_DATA',
};

function errorText(code: unknown): string | null {
  return typeof code === 'number' ? (ERROR_CODES[code] ?? null) : null;
}

function fillOf(cell: CellObject, palette: ThemePalette): string | null {
  const fill = cell.s as SheetJsFill | undefined;
  if (!fill || !fill.patternType || fill.patternType === 'none') return null;
  const fg = fill.fgColor;
  if (!fg) return null;
  const color: ColorLike =
    typeof fg.theme === 'number'
      ? { theme: fg.theme, tint: fg.tint }
      : typeof fg.rgb === 'string'
        ? { argb: fg.rgb, tint: fg.tint }
        : { indexed: fg.indexed, tint: fg.tint };
  return colorToHex(color, palette);
}
