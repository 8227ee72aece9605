import { planFormulas } from '../formulas';
import { Grid } from '../grid';
import { Region } from '../model';
import { Preset } from '../presets';
import { TemplatePrint, TemplateSpec } from '../templateSpec';
import { fillPage } from './pageFill';
import { SheetBuilder } from './sheetBuilder';
import { templateToSnapshot } from './snapshot';

/** What identifies a template in the catalogue. */
export interface TemplateInfo {
  id: string;
  name: string;
  nameEn: string;
  kind: Region['kind'];
  layout: Region['layout'];
}

/** A template and the region detection reports on it, so callers can fill or check it without detecting. */
export interface BuiltTemplate {
  spec: TemplateSpec;
  region: Region;
}

/** The page and widths of a form: how it should look on screen and on paper. */
export interface TemplatePage {
  columnWidths: number[];
  print: TemplatePrint;
}

/** The type size of the printed forms' text (the title is larger); Excel's default 11 prints too small. */
export const BODY_FONT_SIZE = 12;

/** The published forms print one A4 page wide. */
export const PORTRAIT_A4: TemplatePrint = { orientation: 'portrait', paper: 'A4', fitToWidth: true };

function specOf(b: SheetBuilder, info: TemplateInfo, page: TemplatePage): TemplateSpec {
  const { columnWidths } = page;
  const { rows, cols } = b.size();
  return {
    ...info,
    range: b.area(0, 0, rows - 1, Math.max(cols, columnWidths.length) - 1),
    cells: [...b.cells.values()]
      .map((c) => (c.fontSize === undefined ? { ...c, fontSize: BODY_FONT_SIZE } : c))
      .sort((x, y) => x.row - y.row || x.col - y.col),
    merges: [...b.merges],
    borders: [...b.borders],
    columnWidths: [...columnWidths],
    validations: [...b.validations],
    conditionalFormats: [...b.conditionalFormats],
    rowHeights: [...b.rowHeights.entries()]
      .sort((x, y) => x[0] - y[0])
      .map(([row, height]) => ({ row, height })),
    print: { ...page.print },
  };
}

/**
 * Puts the formulas into a laid-out form through the same planner that repairs filled forms, so a template
 * and a repaired form never differ; `region` is the form as detection reports it.
 */
export function finishTemplate(
  b: SheetBuilder,
  info: TemplateInfo,
  region: Region,
  preset: Preset,
  page: TemplatePage,
): BuiltTemplate {
  const draft = specOf(b, info, page);
  const grid = new Grid(templateToSnapshot(draft));
  const plan = planFormulas(grid, { ...region, sheet: grid.name }, preset);
  for (const item of plan.items) {
    if (item.status === 'conflict') throw new Error(`template ${info.id}: ${item.messageEn}`);
    b.formula({ row: item.row, col: item.col }, item.formula, item.computed, item.numberFormat);
  }
  if (page.print.fitToWidth) fillPage(b, page.columnWidths);
  return { spec: specOf(b, info, page), region };
}
