import { applyTemplatePage } from './templatePage';
import * as ExcelJS from 'exceljs';
import { rangesOverlap, rangeToA1 } from '../../core/address';
import { TemplateCell, TemplateSpec, TemplateValidation } from '../../core/templateSpec';
import { isHexColour } from '../refusals';
import { toExcelConstant, toExcelResult } from './cellValue';
import { hexToArgb, solidFill } from './colors';
import { mergeStyle } from './writeCell';

const THIN: Partial<ExcelJS.Border> = { style: 'thin' };
const THIN_BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** What in a spec would make ExcelJS fail half-way, or null: checked before the first cell is written. */
export function templateProblem(spec: TemplateSpec): string | null {
  const colours = [...spec.cells.map((c) => c.fill), ...spec.conditionalFormats.map((c) => c.fill)];
  const bad = colours.find((c) => c !== undefined && !isHexColour(c));
  if (bad !== undefined) return `模板中的颜色无效：${bad}`;
  for (let i = 0; i < spec.merges.length; i++) {
    for (let k = i + 1; k < spec.merges.length; k++) {
      if (rangesOverlap(spec.merges[i], spec.merges[k])) {
        return `模板中的合并区域重叠：${rangeToA1(spec.merges[i])} 与 ${rangeToA1(spec.merges[k])}`;
      }
    }
  }
  return null;
}

/**
 * Writes a template onto a worksheet: contents and formats first, then merges (keeping each covered cell's
 * own borders), borders, column widths, validations and conditional formats. The caller has checked that
 * the area is free and that `templateProblem` finds nothing.
 */
export function writeTemplate(worksheet: ExcelJS.Worksheet, spec: TemplateSpec): void {
  applyTemplatePage(worksheet, spec);
  for (const tc of spec.cells) writeTemplateCell(worksheet.getCell(tc.row + 1, tc.col + 1), tc);
  for (const m of spec.merges)
    worksheet.mergeCellsWithoutStyle(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  for (const b of spec.borders) {
    for (let r = b.top; r <= b.bottom; r++) {
      for (let c = b.left; c <= b.right; c++)
        mergeStyle(worksheet.getCell(r + 1, c + 1), { border: THIN_BOX });
    }
  }
  spec.columnWidths.forEach((width, i) => {
    worksheet.getColumn(spec.range.left + 1 + i).width = width;
  });
  for (const v of spec.validations) {
    const validation = toDataValidation(v);
    for (let r = v.range.top; r <= v.range.bottom; r++) {
      for (let c = v.range.left; c <= v.range.right; c++)
        worksheet.getCell(r + 1, c + 1).dataValidation = validation;
    }
  }
  spec.conditionalFormats.forEach((cf, i) => {
    worksheet.addConditionalFormatting({
      ref: rangeToA1(cf.range),
      rules: [
        {
          type: 'expression',
          priority: i + 1,
          formulae: [cf.formula.replace(/^=/, '')],
          // Conditional fills take their colour from bgColor (a differential format), not fgColor.
          style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: hexToArgb(cf.fill) } } },
        },
      ],
    });
  });
}

function writeTemplateCell(cell: ExcelJS.Cell, tc: TemplateCell): void {
  if (tc.formula) cell.value = { formula: tc.formula.replace(/^=/, ''), result: toExcelResult(tc.value) };
  else if (tc.value !== undefined) cell.value = toExcelConstant(tc.value);
  const style: Partial<ExcelJS.Style> = {};
  if (tc.numberFormat) style.numFmt = tc.numberFormat;
  if (tc.bold !== undefined || tc.fontSize !== undefined) {
    const font: Partial<ExcelJS.Font> = { ...cell.font };
    if (tc.bold !== undefined) font.bold = tc.bold;
    if (tc.fontSize !== undefined) font.size = tc.fontSize;
    style.font = font;
  }
  if (tc.horizontal || tc.vertical || tc.wrap !== undefined) {
    const alignment: Partial<ExcelJS.Alignment> = { ...cell.alignment };
    if (tc.horizontal) alignment.horizontal = tc.horizontal;
    if (tc.vertical) alignment.vertical = tc.vertical;
    if (tc.wrap !== undefined) alignment.wrapText = tc.wrap;
    style.alignment = alignment;
  }
  if (tc.fill) style.fill = solidFill(tc.fill);
  mergeStyle(cell, style);
}

function toDataValidation(v: TemplateValidation): ExcelJS.DataValidation {
  if (v.type === 'list') {
    return {
      type: 'list',
      allowBlank: true,
      showErrorMessage: true,
      formulae: [`"${v.values.join(',')}"`],
    };
  }
  return {
    type: 'decimal',
    operator: 'between',
    allowBlank: true,
    showErrorMessage: true,
    error: `请输入 ${v.min} 到 ${v.max} 之间的数字`,
    formulae: [v.min, v.max],
  };
}
