import { CellRange, rangeToA1, toA1 } from '../../core/address';
import { TemplatePrint, TemplateSpec } from '../../core/templateSpec';
import { CellInput, typedInput } from '../cellInput';
import {
  BorderSide,
  borderSides,
  columnWidthRuns,
  numberFormatRuns,
  ruleFormula,
  styleRuns,
  templateGrid,
  TemplateStyle,
} from '../templatePlan';
import { hexToBgr } from './colors';
import { EtPageSetup, EtRange, EtWorksheet } from './etApi';
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
  XL_LANDSCAPE,
  XL_LEFT,
  XL_PAPER_A4,
  XL_PORTRAIT,
  XL_RIGHT,
  XL_THIN,
  XL_TOP,
  XL_VALID_ALERT_STOP,
  XL_VALIDATE_DECIMAL,
  XL_VALIDATE_LIST,
} from './etConstants';

const HORIZONTAL = { left: XL_LEFT, center: XL_CENTER, right: XL_RIGHT } as const;
const VERTICAL = { top: XL_TOP, middle: XL_CENTER, bottom: XL_BOTTOM } as const;

function applyStyle(range: EtRange, style: TemplateStyle): void {
  if (style.bold !== undefined) range.Font.Bold = style.bold;
  if (style.fontSize !== undefined) range.Font.Size = style.fontSize;
  if (style.horizontal !== undefined) range.HorizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical !== undefined) range.VerticalAlignment = VERTICAL[style.vertical];
  if (style.wrap !== undefined) range.WrapText = style.wrap;
  if (style.fill !== undefined) range.Interior.Color = hexToBgr(style.fill);
}

const BORDER_SIDE: Record<BorderSide, number> = {
  top: XL_EDGE_TOP,
  bottom: XL_EDGE_BOTTOM,
  left: XL_EDGE_LEFT,
  right: XL_EDGE_RIGHT,
  insideHorizontal: XL_INSIDE_HORIZONTAL,
  insideVertical: XL_INSIDE_VERTICAL,
};

/** Thin lines on every edge of every cell. */
function drawThinBorders(range: EtRange, r: CellRange): void {
  const borders = range.Borders;
  for (const side of borderSides(r)) {
    const border = borders.Item(BORDER_SIDE[side]);
    border.LineStyle = XL_CONTINUOUS;
    border.Weight = XL_THIN;
  }
}

/**
 * A4, the spec's orientation, centred across the page; fitting one page wide needs Zoom off first (ET
 * ignores FitToPages while a zoom percentage is set), and FitToPagesTall false means as many pages tall
 * as the form needs.
 */
function applyPrint(page: EtPageSetup, print: TemplatePrint): void {
  page.PaperSize = XL_PAPER_A4;
  page.Orientation = print.orientation === 'landscape' ? XL_LANDSCAPE : XL_PORTRAIT;
  page.CenterHorizontally = true;
  if (print.fitToWidth) {
    page.Zoom = false;
    page.FitToPagesWide = 1;
    page.FitToPagesTall = false;
  }
}

/**
 * Writes a template onto a sheet whose area is empty: contents as one 2-D array before merging (so the
 * merges find their covered cells empty and ET asks nothing), number formats before contents (so formulas
 * in percent cells stay formulas), styles by rectangles of equal style, borders, column widths (ET takes
 * them in characters, as the spec gives them), row heights (points), print setup, validation, then conditional
 * formats. ET reads a
 * conditional format's relative references from the active cell, so each range's top-left cell is
 * selected before its rule is added; the sheet must be active.
 */
export function writeTemplate(sheet: EtWorksheet, spec: TemplateSpec): void {
  const area = sheet.Range(rangeToA1(spec.range));
  area.UnMerge();

  for (const run of numberFormatRuns(spec)) sheet.Range(rangeToA1(run.range)).NumberFormat = run.format;
  // "" where the spec says nothing: the area is known to be empty.
  area.Formula = templateGrid<CellInput>(spec, (c) => typedInput(c.value, c.formula), '');
  for (const m of spec.merges) sheet.Range(rangeToA1(m)).Merge();

  for (const run of styleRuns(spec)) applyStyle(sheet.Range(rangeToA1(run.range)), run.style);

  for (const b of spec.borders) drawThinBorders(sheet.Range(rangeToA1(b)), b);

  for (const run of columnWidthRuns(spec)) sheet.Range(run.columns).ColumnWidth = run.width;

  for (const { row, height } of spec.rowHeights ?? [])
    sheet.Range(`${row + 1}:${row + 1}`).RowHeight = height;

  if (spec.print) applyPrint(sheet.PageSetup, spec.print);

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
    const condition = sheet
      .Range(rangeToA1(cf.range))
      .FormatConditions.Add(XL_EXPRESSION, undefined, ruleFormula(cf));
    condition.Interior.Color = hexToBgr(cf.fill);
  }
}
