import { CellRange, columnLetters, rangeToA1 } from '../../core/address';
import { TemplateCell, TemplateSpec } from '../../core/templateSpec';
import { typedInput } from '../cellInput';
import {
  BorderSide,
  borderSides,
  ruleFormula,
  styleRuns,
  templateGrid,
  TemplateStyle,
} from '../templatePlan';
import { XlBorderSide, XlInput, XlRangeFormat, XlWorksheet } from './excelApi';
import { ExcelRequirements } from './requirements';

const BORDER_SIDE: Record<BorderSide, XlBorderSide> = {
  top: 'EdgeTop',
  bottom: 'EdgeBottom',
  left: 'EdgeLeft',
  right: 'EdgeRight',
  insideHorizontal: 'InsideHorizontal',
  insideVertical: 'InsideVertical',
};

/** Column width in characters (as .xlsx stores it) to Excel's points: 7 px per character + 5 px padding. */
export function characterWidthToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** What `range.formulas` gets for a template cell: null leaves a cell the spec declares no content for. */
function templateInput(cell: TemplateCell): XlInput {
  return (cell.value ?? null) === null && !cell.formula ? null : typedInput(cell.value, cell.formula);
}

const HORIZONTAL = { left: 'Left', center: 'Center', right: 'Right' } as const;
const VERTICAL = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;

function applyStyle(format: XlRangeFormat, style: TemplateStyle): void {
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.horizontal !== undefined) format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical !== undefined) format.verticalAlignment = VERTICAL[style.vertical];
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.fill !== undefined) format.fill.color = style.fill;
}

function drawThinBorders(sheet: XlWorksheet, area: CellRange): void {
  const range = sheet.getRange(rangeToA1(area));
  for (const side of borderSides(area)) {
    const border = range.format.borders.getItem(BORDER_SIDE[side]);
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

  // null leaves a cell unchanged: the area is empty or new.
  area.numberFormat = templateGrid(spec, (c) => c.numberFormat ?? null, null);
  area.formulas = templateGrid(spec, templateInput, null);

  for (const run of styleRuns(spec)) applyStyle(sheet.getRange(rangeToA1(run.range)).format, run.style);

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
      rule.custom.rule.formula = ruleFormula(cf);
      rule.custom.format.fill.color = cf.fill;
    }
  }
}
