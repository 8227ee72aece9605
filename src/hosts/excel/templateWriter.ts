import { CellRange, columnLetters, rangeToA1 } from '../../core/address';
import { TemplateCell, TemplateSpec } from '../../core/templateSpec';
import { needsTextPrefix } from './cellConversion';
import { XlBorderSide, XlInput, XlRangeFormat, XlWorksheet } from './excelApi';
import { rectangleRuns } from './rectangleRuns';
import { ExcelRequirements } from './requirements';

const BORDER_SIDES: XlBorderSide[] = [
  'EdgeTop',
  'EdgeBottom',
  'EdgeLeft',
  'EdgeRight',
  'InsideHorizontal',
  'InsideVertical',
];

/** Column width in characters (as .xlsx stores it) to Excel's points: 7 px per character + 5 px padding. */
export function characterWidthToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

function templateInput(cell: TemplateCell): XlInput {
  if (cell.formula) return cell.formula.startsWith('=') ? cell.formula : `=${cell.formula}`;
  const v = cell.value ?? null;
  if (typeof v === 'string') return needsTextPrefix(v) ? `'${v}` : v;
  return v;
}

/** A 2-D array over `range`, null (leave unchanged) where the spec says nothing. */
function gridOf<T>(
  range: CellRange,
  cells: readonly TemplateCell[],
  pick: (c: TemplateCell) => T | null,
): (T | null)[][] {
  const rows = range.bottom - range.top + 1;
  const cols = range.right - range.left + 1;
  const grid: (T | null)[][] = Array.from({ length: rows }, () => new Array<T | null>(cols).fill(null));
  for (const c of cells) {
    if (c.row < range.top || c.row > range.bottom || c.col < range.left || c.col > range.right) continue;
    grid[c.row - range.top][c.col - range.left] = pick(c);
  }
  return grid;
}

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

function applyStyle(format: XlRangeFormat, style: CellStyle): void {
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.horizontal !== undefined) {
    format.horizontalAlignment =
      style.horizontal === 'left' ? 'Left' : style.horizontal === 'center' ? 'Center' : 'Right';
  }
  if (style.vertical !== undefined) {
    format.verticalAlignment =
      style.vertical === 'top' ? 'Top' : style.vertical === 'middle' ? 'Center' : 'Bottom';
  }
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.fill !== undefined) format.fill.color = style.fill;
}

function drawThinBorders(sheet: XlWorksheet, area: CellRange): void {
  const range = sheet.getRange(rangeToA1(area));
  // Inside lines only where the range has more than one row / column.
  const sides = BORDER_SIDES.filter(
    (side) =>
      (side !== 'InsideHorizontal' || area.bottom > area.top) &&
      (side !== 'InsideVertical' || area.right > area.left),
  );
  for (const side of sides) {
    const border = range.format.borders.getItem(side);
    border.style = 'Continuous';
    border.weight = 'Thin';
  }
}

/**
 * Queues every write of a template (no sync): merges, number formats before contents (so formulas in
 * percent cells stay formulas), contents as one 2-D array, styles by rectangles of equal style, borders,
 * column widths, row heights, then print setup, data validation and conditional formats where the client
 * supports them.
 */
export function queueTemplate(sheet: XlWorksheet, spec: TemplateSpec, requirements: ExcelRequirements): void {
  const area = sheet.getRange(rangeToA1(spec.range));
  area.unmerge();
  for (const m of spec.merges) sheet.getRange(rangeToA1(m)).merge(false);

  area.numberFormat = gridOf(spec.range, spec.cells, (c) => c.numberFormat ?? null);
  area.formulas = gridOf(spec.range, spec.cells, templateInput);

  const styled = spec.cells.flatMap((c) => {
    const style = styleOf(c);
    return style ? [{ row: c.row, col: c.col, item: { style, key: JSON.stringify(style) } }] : [];
  });
  for (const run of rectangleRuns(styled, (a, b) => a.key === b.key)) {
    applyStyle(sheet.getRange(rangeToA1(run.range)).format, run.items[0][0].style);
  }

  for (const b of spec.borders) drawThinBorders(sheet, b);

  spec.columnWidths.forEach((width, i) => {
    const letters = columnLetters(spec.range.left + i);
    sheet.getRange(`${letters}:${letters}`).format.columnWidth = characterWidthToPoints(width);
  });

  for (const { row, height } of spec.rowHeights ?? []) {
    sheet.getRange(`${row + 1}:${row + 1}`).format.rowHeight = height;
  }

  if (spec.print && requirements.supports('pageLayout')) {
    sheet.pageLayout.orientation = spec.print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
    sheet.pageLayout.paperSize = spec.print.paper;
    // One page wide; 0 pages tall means "as many as needed", as Excel's "Fit All Columns on One Page".
    if (spec.print.fitToWidth) sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  }

  if (requirements.supports('dataValidation')) {
    for (const v of spec.validations) {
      const validation = sheet.getRange(rangeToA1(v.range)).dataValidation;
      validation.rule =
        v.type === 'list'
          ? { list: { inCellDropDown: true, source: v.values.join(',') } }
          : { decimal: { formula1: v.min, formula2: v.max, operator: 'Between' } };
    }
  }

  if (requirements.supports('conditionalFormats')) {
    for (const cf of spec.conditionalFormats) {
      const rule = sheet.getRange(rangeToA1(cf.range)).conditionalFormats.add('Custom');
      rule.custom.rule.formula = cf.formula.startsWith('=') ? cf.formula : `=${cf.formula}`;
      rule.custom.format.fill.color = cf.fill;
    }
  }
}
