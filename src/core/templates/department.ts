import { CellRef } from '../address';
import { FundsRow, Indicator, Region, WeightGroup } from '../model';
import { Preset } from '../presets';
import { BuiltTemplate, finishTemplate, TemplateInfo } from './finish';
import { DEPARTMENT_GOAL_ROWS } from './indicatorRows';
import { labelWeightedTable } from './labelWeightedTable';
import { HEADING, LABEL, MONEY, SCORE, SheetBuilder, PARAGRAPH, TEXT_ENTRY } from './sheetBuilder';

export const DEPARTMENT_INFO: TemplateInfo = {
  id: 'department',
  name: '部门整体绩效自评表（年度目标分块，权重写在标签中）',
  nameEn: 'Department-wide self-evaluation',
  kind: 'department',
  layout: 'department',
};

const FUNDS_POINTS = 20;
const GOAL_COUNT = 2;
const HEADINGS = ['一级指标', '二级指标', '指标名称', '年初目标值', '实际完成值', '得分'];

/**
 * 部门整体绩效自评表 (seed 001, first table), columns A–G: funds 20 points and two 年度目标 blocks of 40, each
 * with its own indicator table; 总分 sits in the header line in a cell of its own.
 */
export function departmentForm(anchor: CellRef, preset: Preset): BuiltTemplate {
  const b = new SheetBuilder(anchor);
  const last = 6;
  b.span(0, 0, 0, last, '部门整体绩效自评表', { ...HEADING, fontSize: 16 });
  b.set(1, 0, '填报日期', LABEL);
  b.span(1, 1, 1, 3, null, LABEL);
  b.set(1, 4, '总分', LABEL);
  b.span(1, 5, 1, last, null, SCORE);
  b.span(2, 0, 2, 1, '单位名称', LABEL);
  b.span(2, 2, 2, last, null, TEXT_ENTRY);
  b.span(3, 0, 3, 1, '基本支出总额', LABEL);
  b.span(3, 2, 3, 3, null, MONEY);
  b.set(3, 4, '项目支出总额', LABEL);
  b.span(3, 5, 3, last, null, MONEY);

  // Funds: 预算数（A） C, 执行数（B） D, 执行率 E, 得分 F:G.
  const fundsTop = 4;
  b.span(fundsTop, 0, fundsTop + 1, 0, `预算执行情况（万元）（${FUNDS_POINTS}分）`, LABEL);
  b.set(fundsTop, 1, null, LABEL);
  b.set(fundsTop, 2, '预算数（A）', HEADING);
  b.set(fundsTop, 3, '执行数（B）', HEADING);
  b.set(fundsTop, 4, '执行率（B/A）', HEADING);
  b.span(fundsTop, 5, fundsTop, last, `得分（${FUNDS_POINTS}分*执行率）`, HEADING);
  const r = fundsTop + 1;
  b.set(r, 1, '部门整体支出总额', LABEL);
  b.set(r, 2, null, MONEY);
  b.set(r, 3, null, MONEY);
  b.set(r, 4, null, { ...SCORE, numberFormat: '0.00%' });
  b.span(r, 5, r, last, null, SCORE);
  const fundsTotal: FundsRow = {
    label: '部门整体支出总额',
    row: b.at(r, 0).row,
    budget: b.at(r, 2),
    actual: b.at(r, 3),
    rate: b.at(r, 4),
    score: b.at(r, 5),
  };

  const goalPoints = DEPARTMENT_GOAL_ROWS.reduce((s, x) => s + x.weight, 0);
  const indicators: Indicator[] = [];
  const weightGroups: WeightGroup[] = [];
  let row = r + 1;
  for (let g = 1; g <= GOAL_COUNT; g++) {
    const goalLabel = `年度目标${g}（${goalPoints}分）：`;
    b.span(row, 0, row, last, goalLabel, TEXT_ENTRY);
    const goalCell = b.at(row, 0);
    b.height(row, 45);
    const table = labelWeightedTable(b, row + 1, `年度绩效指标${g}`, HEADINGS, DEPARTMENT_GOAL_ROWS);
    indicators.push(...table.indicators);
    weightGroups.push({
      label: goalLabel,
      cell: goalCell,
      points: goalPoints,
      level: 'goal',
      indicatorRows: table.indicators.map((i) => i.row),
      children: table.level1Groups,
    });
    row = table.lastRow + 1;
  }

  const closing = row;
  b.span(closing, 0, closing, 1, '偏差大或目标未完成原因分析', LABEL);
  b.span(closing, 2, closing, last, null, PARAGRAPH);
  b.span(closing + 1, 0, closing + 1, 1, '改进措施及结果应用方案', LABEL);
  b.span(closing + 1, 2, closing + 1, last, null, PARAGRAPH);
  b.border(2, 0, closing + 1, last);

  const region: Region = {
    kind: 'department',
    layout: 'department',
    sheet: '',
    range: b.area(0, 0, closing + 1, last),
    title: '部门整体绩效自评表',
    titleCell: b.at(0, 0),
    funds: { labelCell: b.at(fundsTop, 0), total: fundsTotal, parts: [], maxPoints: FUNDS_POINTS },
    indicators,
    weightGroups,
    total: { ref: b.at(1, 5) },
    closingReason: b.at(closing, 2),
  };
  b.height(0, 32);
  b.height(fundsTop, 30);
  b.height(closing, 60, closing + 1);
  return finishTemplate(b, DEPARTMENT_INFO, region, preset, {
    columnWidths: [12, 16, 26, 22, 12, 12, 8],
    print: { orientation: 'portrait', paper: 'A4', fitToWidth: true },
  });
}
