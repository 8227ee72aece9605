import type { Worksheet } from 'exceljs';
import { TemplateSpec } from '../../core/templateSpec';

/** ExcelJS paper size code of A4. */
const A4 = 9;

/** Row heights and print setup of a template (A4, one page wide, as the published forms print). */
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
