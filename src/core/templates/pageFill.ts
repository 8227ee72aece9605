import { SheetBuilder } from './sheetBuilder';

/**
 * Row heights that make a form fill its A4 page, as the printed forms do. The forms print one page wide,
 * so the width fixes the scale; at that scale the rows get the page's height: rows the layout left at
 * the default height share it first (up to a comfortable writing height), then the tall rows (goals,
 * reasons) grow. Points throughout; Excel's column width unit is a default-font character (7 px + 5 px
 * padding at Calibri 11, 0.75 pt a pixel), and the page keeps Excel's default margins.
 */

const A4_WIDTH = 595.3;
const A4_HEIGHT = 841.9;
/** Excel's default margins: 0.7 in left and right, 0.75 in top and bottom. */
const MARGIN_SIDE = 50.4;
const MARGIN_TOP_BOTTOM = 54;
/** Room left below the form, so that a rounding difference between spreadsheet programs never adds a page. */
const SAFETY = 0.9;
const DEFAULT_ROW = 15;
/** A row you can write a number or a short phrase in by hand. */
const MAX_PLAIN_ROW = 45;
/** Tall rows grow at most this much. */
const MAX_TALL_GROWTH = 3;

const columnPoints = (width: number) => Math.trunc(width * 7 + 5) * 0.75;

/** The height of sheet the printed page holds, for a form `columnWidths` wide. */
export function pageHeightInSheet(columnWidths: readonly number[]): number {
  const formWidth = columnWidths.reduce((sum, w) => sum + columnPoints(w), 0);
  const scale = Math.min(1, (A4_WIDTH - 2 * MARGIN_SIDE) / formWidth);
  return ((A4_HEIGHT - 2 * MARGIN_TOP_BOTTOM) / scale) * SAFETY;
}

/** Sets every row's height so that the form's rows fill the page; the title row keeps its own. */
export function fillPage(b: SheetBuilder, columnWidths: readonly number[]): void {
  const { rows } = b.size();
  const available = pageHeightInSheet(columnWidths);
  const titleRow = b.anchor.row;
  const plain: number[] = [];
  const tall: number[] = [];
  for (let r = 0; r < rows; r++) {
    const row = b.anchor.row + r;
    if (row === titleRow) continue;
    (b.rowHeights.has(row) ? tall : plain).push(row);
  }
  const fixed = b.rowHeights.get(titleRow) ?? DEFAULT_ROW;
  const tallHeight = tall.reduce((sum, r) => sum + (b.rowHeights.get(r) ?? 0), 0);
  const plainHeight =
    plain.length === 0
      ? 0
      : Math.min(MAX_PLAIN_ROW, Math.max(DEFAULT_ROW, (available - fixed - tallHeight) / plain.length));
  for (const r of plain) b.rowHeights.set(r, Math.round(plainHeight * 4) / 4);
  const left = available - fixed - plainHeight * plain.length;
  if (tallHeight <= 0 || left <= tallHeight) return;
  const growth = Math.min(MAX_TALL_GROWTH, left / tallHeight);
  for (const r of tall) b.rowHeights.set(r, Math.round((b.rowHeights.get(r) ?? 0) * growth * 4) / 4);
}
