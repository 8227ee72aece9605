import type { Worksheet } from 'exceljs';
import { TemplateSpec } from '../core/templateSpec';

/** ExcelJS paper size code of A4. */
const A4 = 9;

/**
 * Row heights and print setup of a template, written onto the sheet the file host filled. The file host's
 * insertTemplate does not read these optional spec fields yet; until it does, the CLI applies them here.
 */
export function applyTemplatePage(worksheet: Worksheet, spec: TemplateSpec): void {
  for (const { row, height } of spec.rowHeights ?? []) worksheet.getRow(row + 1).height = height;
  if (!spec.print) return;
  worksheet.pageSetup = {
    ...worksheet.pageSetup,
    paperSize: A4,
    orientation: spec.print.orientation,
    fitToPage: spec.print.fitToWidth,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
  };
}
