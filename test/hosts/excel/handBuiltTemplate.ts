/**
 * A small national-style blank form written out by hand, using every part of TemplateSpec (values,
 * formulas, number formats, fonts, alignment, wrap, fills, merges, borders, widths, both validation kinds,
 * a conditional format), so host tests do not depend on the template catalogue.
 */
import { CellRange, parseRangeA1 } from '../../../src/core/address';
import { TemplateCell, TemplateSpec } from '../../../src/core/templateSpec';

function at(a1: string, anchor: { row: number; col: number }): CellRange {
  const r = parseRangeA1(a1);
  return {
    top: r.top + anchor.row,
    left: r.left + anchor.col,
    bottom: r.bottom + anchor.row,
    right: r.right + anchor.col,
  };
}

export function handBuiltNationalSpec(anchor = { row: 0, col: 0 }): TemplateSpec {
  const cells: TemplateCell[] = [];
  const put = (a1: string, cell: Omit<TemplateCell, 'row' | 'col'>) => {
    const r = at(a1, anchor);
    cells.push({ row: r.top, col: r.left, ...cell });
  };
  put('A1', {
    value: '项目支出绩效自评表',
    bold: true,
    fontSize: 16,
    horizontal: 'center',
    vertical: 'middle',
  });
  put('A2', { value: '（2024年度）', horizontal: 'center' });
  put('A3', { value: '项目名称', bold: true });
  put('A4', { value: '项目资金（万元）', bold: true, wrap: true, vertical: 'middle' });
  ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'].forEach((h, i) =>
    put(`${'CDEFGH'[i]}4`, { value: h, bold: true, fill: '#D9D9D9', horizontal: 'center' }),
  );
  put('B5', { value: '年度资金总额' });
  put('C5', { numberFormat: '0.00' });
  put('D5', { numberFormat: '0.00' });
  put('E5', { numberFormat: '0.00' });
  put('F5', { value: 10 });
  put('G5', { formula: '=IF(N(D5)=0,"",E5/D5)', numberFormat: '0.00%' });
  put('H5', { formula: '=IF(G5="","",ROUND(F5*MIN(G5,1),2))', numberFormat: '0.00' });
  put('B6', { value: '其中：当年财政拨款' });
  put('F6', { value: '—', horizontal: 'center' });
  put('A7', { value: '总分', bold: true });
  put('G7', { formula: '=F5+90', value: 100 });
  put('H7', { formula: '=ROUND(H5,2)', numberFormat: '0.00' });
  put('I7', { value: '12月31日' });

  return {
    id: 'hand-national',
    name: '项目支出绩效自评表',
    nameEn: 'Project self-evaluation (hand-built)',
    kind: 'project',
    layout: 'national',
    range: at('A1:I7', anchor),
    cells,
    merges: ['A1:I1', 'A2:I2', 'B3:I3', 'A4:A6', 'A7:F7'].map((m) => at(m, anchor)),
    borders: [at('A3:I7', anchor)],
    columnWidths: [10, 18, 14, 14, 14, 8, 10, 10, 26],
    validations: [
      { range: at('F5', anchor), type: 'decimal', min: 0, max: 100 },
      { range: at('I7', anchor), type: 'list', values: ['优', '良', '中', '差'] },
    ],
    conditionalFormats: [{ range: at('H5', anchor), formula: '=H5>F5', fill: '#FFC7CE' }],
    rowHeights: [{ row: anchor.row, height: 28 }],
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: true },
  };
}
