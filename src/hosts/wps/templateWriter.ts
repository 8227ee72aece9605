import { CellRange, columnLetters, rangeToA1, toA1 } from '../../core/address';
import { TemplateCell, TemplateSpec } from '../../core/templateSpec';
import { rectangleRuns } from '../excel/rectangleRuns';
import { hexToBgr } from './colors';
import { inputOf } from './contentInput';
import { EtInput, EtRange, EtWorksheet } from './etApi';
import {
  XL_BETWEEN,
  XL_BOTTOM,
  XL_CENTER,
  XL_CONTINUOUS,
  XL_EDGE_BOTTOM,
  XL_EDGE_LEFT,
  XL_EDGE_RIGHT,
  XL_EDGE_TOP,
  XL_EXPRESSION,
  XL_INSIDE_HORIZONTAL,
  XL_INSIDE_VERTICAL,
  XL_LEFT,
  XL_RIGHT,
  XL_THIN,
  XL_TOP,
  XL_VALID_ALERT_STOP,
  XL_VALIDATE_DECIMAL,
  XL_VALIDATE_LIST,
} from './etConstants';

type CellStyle = Pick<TemplateCell, 'bold' | 'fontSize' | 'horizontal' | 'vertical' | 'wrap' | 'fill'>;

function styleOf(c: TemplateCell): CellStyle | null {
  const style: CellStyle = {};
  if (c.bold !== undefined) style.bold = c.bold;
  if (c.fontSize !== undefined) style.fontSize = c.fontSize;
  if (c.horizontal !== undefined) style.horizontal = c.horizontal;
  if (c.vertical !== undefined) style.vertical = c.vertical;
  if (c.wrap !== undefined) style.wrap = c.wrap;
  if (c.fill !== undefined) style.fill = c.fill;
  return Object.keys(style).length > 0 ? style : null;
}

const HORIZONTAL = { left: XL_LEFT, center: XL_CENTER, right: XL_RIGHT } as const;
const VERTICAL = { top: XL_TOP, middle: XL_CENTER, bottom: XL_BOTTOM } as const;

function applyStyle(range: EtRange, style: CellStyle): void {
  if (style.bold !== undefined) range.Font.Bold = style.bold;
  if (style.fontSize !== undefined) range.Font.Size = style.fontSize;
  if (style.horizontal !== undefined) range.HorizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical !== undefined) range.VerticalAlignment = VERTICAL[style.vertical];
  if (style.wrap !== undefined) range.WrapText = style.wrap;
  if (style.fill !== undefined) range.Interior.Color = hexToBgr(style.fill);
}

/** Thin lines on every edge of every cell; inside lines only where the range has more than one. */
function drawThinBorders(range: EtRange, r: CellRange): void {
  const sides = [XL_EDGE_LEFT, XL_EDGE_TOP, XL_EDGE_BOTTOM, XL_EDGE_RIGHT];
  const borders = range.Borders;
  const all = [
    ...sides,
    ...(r.right > r.left ? [XL_INSIDE_VERTICAL] : []),
    ...(r.bottom > r.top ? [XL_INSIDE_HORIZONTAL] : []),
  ];
  for (const side of all) {
    const border = borders.Item(side);
    border.LineStyle = XL_CONTINUOUS;
    border.Weight = XL_THIN;
  }
}

/** The spec's contents over its whole range, "" where it says nothing (the area is known to be empty). */
function contentGrid(spec: TemplateSpec): EtInput[][] {
  const r = spec.range;
  const grid: EtInput[][] = Array.from({ length: r.bottom - r.top + 1 }, () =>
    new Array<EtInput>(r.right - r.left + 1).fill(''),
  );
  for (const c of spec.cells) {
    if (c.row < r.top || c.row > r.bottom || c.col < r.left || c.col > r.right) continue;
    grid[c.row - r.top][c.col - r.left] = inputOf(c.value, c.formula);
  }
  return grid;
}

/** Consecutive columns of equal width, as `B:D` ranges. */
function widthRuns(spec: TemplateSpec): { columns: string; width: number }[] {
  const runs: { first: number; last: number; width: number }[] = [];
  spec.columnWidths.forEach((width, i) => {
    const col = spec.range.left + i;
    const last = runs[runs.length - 1];
    if (last && last.width === width && last.last === col - 1) last.last = col;
    else runs.push({ first: col, last: col, width });
  });
  return runs.map((run) => ({
    columns: `${columnLetters(run.first)}:${columnLetters(run.last)}`,
    width: run.width,
  }));
}

/**
 * Writes a template onto a sheet whose area is empty: contents as one 2-D array before merging (so the
 * merges find their covered cells empty and ET asks nothing), number formats before contents (so formulas
 * in percent cells stay formulas), styles by rectangles of equal style, borders, column widths (ET takes
 * them in characters, as the spec gives them), validation, then conditional formats. ET reads a
 * conditional format's relative references from the active cell, so each range's top-left cell is
 * selected before its rule is added; the sheet must be active.
 */
export function writeTemplate(sheet: EtWorksheet, spec: TemplateSpec): void {
  const area = sheet.Range(rangeToA1(spec.range));
  area.UnMerge();

  const formats = spec.cells.flatMap((c) =>
    c.numberFormat ? [{ row: c.row, col: c.col, item: c.numberFormat }] : [],
  );
  for (const run of rectangleRuns(formats, (a, b) => a === b)) {
    sheet.Range(rangeToA1(run.range)).NumberFormat = run.items[0][0];
  }
  area.Formula = contentGrid(spec);
  for (const m of spec.merges) sheet.Range(rangeToA1(m)).Merge();

  const styled = spec.cells.flatMap((c) => {
    const style = styleOf(c);
    return style ? [{ row: c.row, col: c.col, item: { style, key: JSON.stringify(style) } }] : [];
  });
  for (const run of rectangleRuns(styled, (a, b) => a.key === b.key)) {
    applyStyle(sheet.Range(rangeToA1(run.range)), run.items[0][0].style);
  }

  for (const b of spec.borders) drawThinBorders(sheet.Range(rangeToA1(b)), b);

  for (const run of widthRuns(spec)) sheet.Range(run.columns).ColumnWidth = run.width;

  for (const v of spec.validations) {
    const validation = sheet.Range(rangeToA1(v.range)).Validation;
    validation.Delete();
    if (v.type === 'list') {
      validation.Add(XL_VALIDATE_LIST, XL_VALID_ALERT_STOP, XL_BETWEEN, v.values.join(','));
    } else {
      validation.Add(XL_VALIDATE_DECIMAL, XL_VALID_ALERT_STOP, XL_BETWEEN, String(v.min), String(v.max));
    }
  }

  for (const cf of spec.conditionalFormats) {
    sheet.Range(toA1(cf.range.top, cf.range.left)).Select();
    const formula = cf.formula.startsWith('=') ? cf.formula : `=${cf.formula}`;
    const condition = sheet
      .Range(rangeToA1(cf.range))
      .FormatConditions.Add(XL_EXPRESSION, undefined, formula);
    condition.Interior.Color = hexToBgr(cf.fill);
  }
}
