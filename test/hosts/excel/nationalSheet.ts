/**
 * Builds a sheet of national-layout 项目支出绩效自评表 stacked one under another (22 rows each, a blank
 * row between), with the merges, formulas, cached values, number formats and header fills a real filled
 * form has. 300 tables make a 6,899-row sheet with 4,500 merged areas: far over Excel's 512 per query.
 */
import { CellRange, parseRangeA1 } from '../../../src/core/address';
import { CellValue, SheetSnapshot } from '../../../src/core/grid';

export const NATIONAL_TABLE_ROWS = 22;
export const NATIONAL_TABLE_COLS = 9;
export const HEADER_FILL = '#D9D9D9';

interface TableCell {
  value: CellValue;
  formula?: string;
  numberFormat?: string;
}

const INDICATORS: [string, string, string, string, string, number][] = [
  ['产出指标', '数量指标', '培训人次', '≥200人次', '236人次', 15],
  ['产出指标', '质量指标', '验收合格率', '≥95%', '98%', 15],
  ['产出指标', '时效指标', '完成时间', '12月31日前', '12月20日', 10],
  ['产出指标', '成本指标', '人均成本', '≤500元', '480元', 10],
  ['效益指标', '社会效益指标', '群众知晓率', '≥90%', '93%', 15],
  ['效益指标', '可持续影响指标', '长效机制', '逐步完善', '已建立', 15],
  ['满意度指标', '服务对象满意度指标', '服务对象满意度', '≥90%', '95%', 10],
];

/** One table's cells relative to its top-left corner, and its merges in relative A1. */
function nationalTable(index: number): { cells: Map<string, TableCell>; merges: string[] } {
  const cells = new Map<string, TableCell>();
  const put = (a1: string, value: CellValue, extra: Omit<TableCell, 'value'> = {}) =>
    cells.set(a1, { value, ...extra });
  const budget = 100 + index;
  const actual = Math.round(budget * 0.95 * 100) / 100;
  const rate = actual / budget;
  const fundsScore = Math.round(10 * Math.min(rate, 1) * 100) / 100;

  put('A1', '项目支出绩效自评表');
  put('A2', '（2021年度）');
  put('I3', '单位：万元');
  put('A4', '项目名称');
  put('B4', `第${index + 1}号专项工作经费`);
  put('A5', '主管部门');
  put('B5', '某某区财政局');
  put('F5', '实施单位');
  put('G5', `某某区第${(index % 17) + 1}办公室`);
  put('A6', '项目资金（万元）');
  ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'].forEach((h, i) =>
    put(`${'CDEFGH'[i]}6`, h),
  );
  put('B7', '年度资金总额');
  put('C7', budget, { numberFormat: '0.00' });
  put('D7', budget, { numberFormat: '0.00' });
  put('E7', actual, { numberFormat: '0.00' });
  put('F7', 10);
  put('G7', rate, { formula: '=IF(N(D7)=0,"",E7/D7)', numberFormat: '0.00%' });
  put('H7', fundsScore, { formula: '=IF(G7="","",ROUND(F7*MIN(G7,1),2))' });
  put('B8', '其中：当年财政拨款');
  put('C8', budget, { numberFormat: '0.00' });
  put('D8', budget, { numberFormat: '0.00' });
  put('E8', actual, { numberFormat: '0.00' });
  put('B9', '上年结转资金');
  put('B10', '其他资金');
  for (const r of [8, 9, 10]) for (const c of 'FGH') put(`${c}${r}`, '—');
  put('A11', '年度总体目标');
  put('B11', '预期目标');
  put('F11', '实际完成情况');
  put('B12', '按期完成年度工作任务，提升服务质量。');
  put('F12', '已按期完成年度工作任务，服务质量稳步提升。');
  put('A13', '绩效指标');
  [
    '一级指标',
    '二级指标',
    '三级指标',
    '年度指标值',
    '实际完成值',
    '分值',
    '得分',
    '偏差原因分析及改进措施',
  ].forEach((h, i) => put(`${'BCDEFGHI'[i]}13`, h));
  INDICATORS.forEach(([l1, l2, name, target, done, weight], i) => {
    const r = 14 + i;
    if (i === 0 || INDICATORS[i - 1][0] !== l1) put(`B${r}`, l1);
    put(`C${r}`, l2);
    put(`D${r}`, name);
    put(`E${r}`, target);
    put(`F${r}`, done);
    put(`G${r}`, weight);
    put(`H${r}`, weight);
  });
  put('A21', '总分');
  put('G21', 100, { formula: '=F7+SUM(G14:G20)' });
  put('H21', fundsScore + 90, { formula: '=ROUND(H7+SUM(H14:H20),2)' });
  put('A22', '填报人：');
  put('F22', '联系电话：');

  const merges = [
    'A1:I1',
    'A2:I2',
    'B4:I4',
    'B5:E5',
    'G5:I5',
    'A6:A10',
    'A11:A12',
    'B11:E11',
    'F11:I11',
    'B12:E12',
    'F12:I12',
    'A13:A20',
    'B14:B17',
    'B18:B19',
    'A21:F21',
  ];
  return { cells, merges };
}

/** A sheet holding `tables` national tables; the first starts at A1. */
export function nationalSheet(name: string, tables: number): SheetSnapshot {
  const rowCount = tables * (NATIONAL_TABLE_ROWS + 1) - 1;
  const colCount = NATIONAL_TABLE_COLS;
  const grid = <T>(fill: T) => Array.from({ length: rowCount }, () => new Array<T>(colCount).fill(fill));
  const values = grid<CellValue>(null);
  const formulas = grid<string | null>(null);
  const numberFormats = grid<string | null>('General');
  const fills = grid<string | null>(null);
  const merges: CellRange[] = [];
  for (let t = 0; t < tables; t++) {
    const top = t * (NATIONAL_TABLE_ROWS + 1);
    const table = nationalTable(t);
    for (const [a1, cell] of table.cells) {
      const at = parseRangeA1(a1);
      values[top + at.top][at.left] = cell.value;
      formulas[top + at.top][at.left] = cell.formula ?? null;
      numberFormats[top + at.top][at.left] = cell.numberFormat ?? 'General';
    }
    for (const headerRow of [5, 12]) {
      for (let c = 0; c < colCount; c++) fills[top + headerRow][c] = HEADER_FILL;
    }
    for (const m of table.merges) {
      const r = parseRangeA1(m);
      merges.push({ top: top + r.top, left: r.left, bottom: top + r.bottom, right: r.right });
    }
  }
  return { name, rowCount, colCount, values, formulas, numberFormats, fills, merges };
}
