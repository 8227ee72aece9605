import type * as ExcelJS from 'exceljs';
import { CellRange } from '../../core/address';
import { SheetSnapshot } from '../../core/grid';
import { ThemePalette } from '../../hosts/file/colors';
import { Axis } from './axis';
import { CellLook, cellLook, PLAIN_LOOK, PX_PER_PT } from './cellLook';
import { displayText } from './displayText';

/** Rows and columns beyond the used range, so the sheet ends in blank cells as in a spreadsheet. */
const EXTRA_ROWS = 30;
const EXTRA_COLS = 4;
const MIN_ROWS = 60;
// enough columns to reach the right edge of a wide screen (2560 px at the default width): no blank strip
const MIN_COLS = 40;
const DEFAULT_ROW_PT = 15;
const DEFAULT_COL_CHARS = 8.43;
const LINE_PX = 18;
/** The grid's line height, as gridStyles sets it. */
const LINE_HEIGHT = 1.25;
const NO_MERGES: readonly CellRange[] = [];

/**
 * One sheet ready to draw: the host's snapshot (values, fills, merges) plus what only the file knows —
 * column widths, row heights, fonts, alignment, borders. Built again after every change.
 */
export class SheetView {
  /** Row heights and column widths in pixels at 100 %. */
  readonly rowSizes: readonly number[];
  readonly colSizes: readonly number[];
  readonly rows: Axis;
  readonly cols: Axis;
  private readonly mergeByCell = new Map<number, CellRange>();
  private readonly mergesByTop = new Map<number, CellRange[]>();
  private readonly looks = new Map<number, CellLook>();

  constructor(
    readonly snapshot: SheetSnapshot,
    private readonly worksheet: ExcelJS.Worksheet | undefined,
    private readonly palette: ThemePalette,
  ) {
    const rowCount = Math.max(snapshot.rowCount + EXTRA_ROWS, MIN_ROWS);
    const colCount = Math.max(snapshot.colCount + EXTRA_COLS, MIN_COLS);
    for (const m of snapshot.merges) {
      const starting = this.mergesByTop.get(m.top) ?? [];
      starting.push(m);
      this.mergesByTop.set(m.top, starting);
      for (let r = m.top; r <= m.bottom; r++) {
        for (let c = m.left; c <= m.right; c++) this.mergeByCell.set(this.key(r, c, colCount), m);
      }
    }
    this.colSizes = columnWidths(worksheet, colCount);
    this.cols = new Axis(this.colSizes);
    this.rowSizes = this.rowHeights(rowCount);
    this.rows = new Axis(this.rowSizes);
  }

  get name(): string {
    return this.snapshot.name;
  }

  /** Width of the columns that hold something, at 100 %. */
  usedWidth(): number {
    return this.cols.span(0, Math.max(0, this.snapshot.colCount - 1));
  }

  mergeAt(row: number, col: number): CellRange | undefined {
    return this.mergeByCell.get(this.key(row, col, this.cols.count));
  }

  /** Merged areas whose first row is `row`. */
  mergesStartingIn(row: number): readonly CellRange[] {
    return this.mergesByTop.get(row) ?? NO_MERGES;
  }

  /** The merged area around a cell, or the cell alone. */
  areaOf(row: number, col: number): CellRange {
    return this.mergeAt(row, col) ?? { top: row, left: col, bottom: row, right: col };
  }

  text(row: number, col: number): string {
    const value = this.snapshot.values[row]?.[col] ?? null;
    return displayText(value, this.snapshot.numberFormats?.[row]?.[col]);
  }

  /** True for text (and error values), which spreadsheets align left and let run into empty neighbours. */
  isText(row: number, col: number): boolean {
    return typeof this.snapshot.values[row]?.[col] === 'string';
  }

  isNumber(row: number, col: number): boolean {
    return typeof this.snapshot.values[row]?.[col] === 'number';
  }

  isEmpty(row: number, col: number): boolean {
    const v = this.snapshot.values[row]?.[col];
    return v === null || v === undefined || v === '';
  }

  formula(row: number, col: number): string | null {
    return this.snapshot.formulas?.[row]?.[col] ?? null;
  }

  fill(row: number, col: number): string | null {
    return this.snapshot.fills?.[row]?.[col] ?? null;
  }

  look(row: number, col: number): CellLook {
    // Borders reach past the snapshot (which ends at the last value or fill), so every cell is asked.
    if (!this.worksheet) return PLAIN_LOOK;
    const key = this.key(row, col, this.cols.count);
    let look = this.looks.get(key);
    if (!look) {
      look = cellLook(this.worksheet.findCell(row + 1, col + 1), this.palette);
      this.looks.set(key, look);
    }
    return look;
  }

  private key(row: number, col: number, colCount: number): number {
    return row * colCount + col;
  }

  /**
   * Stored heights; rows without one grow to fit wrapped text, as Excel and WPS fit them when a file sets no
   * height: a plain cell or an area merged across one row fits its row; an area merged down several rows
   * that still does not hold its text makes up the rest on its last row without a height of its own.
   */
  private rowHeights(count: number): number[] {
    const ws = this.worksheet;
    const defaultPt = ws?.properties?.defaultRowHeight || DEFAULT_ROW_PT;
    const heights = new Array<number>(count).fill(Math.round(defaultPt * PX_PER_PT));
    if (!ws) return heights;
    const fixed = new Array<boolean>(count).fill(false);
    const tallMerges: { merge: CellRange; needed: number }[] = [];
    for (let r = 0; r < Math.min(count, this.snapshot.rowCount); r++) {
      const row = ws.findRow(r + 1);
      if (!row) continue;
      if (row.hidden) {
        heights[r] = 0;
        fixed[r] = true;
        continue;
      }
      if (row.height) {
        heights[r] = Math.round(row.height * PX_PER_PT);
        fixed[r] = true;
        continue;
      }
      for (let c = 0; c < this.snapshot.colCount; c++) {
        const merge = this.mergeAt(r, c);
        if (merge && (merge.top !== r || merge.left !== c)) continue;
        if (this.isEmpty(r, c) || !this.look(r, c).wrap) continue;
        const width = merge ? this.cols.span(merge.left, merge.right) : this.cols.size(c);
        const needed = wrappedHeight(this.text(r, c), width - 6, this.look(r, c).fontPx);
        if (merge && merge.bottom > merge.top) tallMerges.push({ merge, needed });
        else heights[r] = Math.max(heights[r], needed);
      }
    }
    for (const { merge, needed } of tallMerges) {
      let have = 0;
      for (let r = merge.top; r <= merge.bottom; r++) have += heights[r] ?? 0;
      let grow = merge.bottom;
      while (grow >= merge.top && fixed[grow]) grow--;
      if (needed > have && grow >= merge.top) heights[grow] += needed - have;
    }
    return heights;
  }
}

function columnWidths(ws: ExcelJS.Worksheet | undefined, count: number): number[] {
  const defaultChars = ws?.properties?.defaultColWidth || DEFAULT_COL_CHARS;
  // `columns` reads the definitions without creating any (getColumn would add them to the file).
  const defined = (ws?.columns ?? []) as Partial<ExcelJS.Column>[];
  return Array.from({ length: count }, (_, c) => {
    const column = defined[c];
    if (column?.hidden) return 0;
    return Math.round((column?.width || defaultChars) * 7 + 5);
  });
}

/**
 * Lines a text takes in a wrapping cell: CJK characters and curly quotes (drawn full width by CJK fonts)
 * about one em wide, others about half. A line is taken as 95 % full: breaking rules keep punctuation off a
 * line's start, so real lines end a little short.
 */
function wrappedLines(text: string, widthPx: number, fontPx: number): number {
  if (widthPx <= 0) return 1;
  const usable = widthPx * 0.95;
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let width = 0;
    for (const ch of paragraph) width += /[\u2018-\u201F\u2E80-\uFFEF]/.test(ch) ? fontPx : fontPx * 0.55;
    lines += Math.max(1, Math.ceil(width / usable));
  }
  return lines;
}

/** Pixels a wrapped text needs: its lines at the grid's line height (1.25 em) and the cell's padding. */
export function wrappedHeight(text: string, widthPx: number, fontPx: number): number {
  const lines = wrappedLines(text, widthPx, fontPx);
  return lines <= 1 ? 0 : Math.ceil(lines * Math.max(LINE_PX, fontPx * LINE_HEIGHT)) + 4;
}
