import { CellRef } from '../address';
import { LABEL, PARAGRAPH, SheetBuilder } from './sheetBuilder';

/**
 * The two closing rows of the wuhan2020 and department forms from relative row `row`, label A:B and text
 * C:`last`: 偏差大或目标未完成原因分析 (the cell a missing explanation is reported at, which it returns) and
 * 改进措施及结果应用方案.
 */
export function closingRows(b: SheetBuilder, row: number, last: number): CellRef {
  b.span(row, 0, row, 1, '偏差大或目标未完成原因分析', LABEL);
  b.span(row, 2, row, last, null, PARAGRAPH);
  b.span(row + 1, 0, row + 1, 1, '改进措施及结果应用方案', LABEL);
  b.span(row + 1, 2, row + 1, last, null, PARAGRAPH);
  b.height(row, 60, row + 1);
  return b.at(row, 2);
}
