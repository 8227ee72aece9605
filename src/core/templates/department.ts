import { CellRef } from '../address';
import { Indicator, Region, WeightGroup } from '../model';
import { Preset } from '../presets';
import { budgetExecution } from './budgetExecution';
import { closingRows } from './closingRows';
import { BuiltTemplate, finishTemplate, TemplateInfo } from './finish';
import { DEPARTMENT_GOAL_ROWS } from './indicatorRows';
import { LABEL_WEIGHTED_PAGE, labelWeightedTable } from './labelWeightedTable';
import { LABEL, MONEY, SCORE, SheetBuilder, TEXT_ENTRY } from './sheetBuilder';

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
  b.title('部门整体绩效自评表', last);
  b.set(1, 0, '填报日期', LABEL);
  b.span(1, 1, 1, 3, null, LABEL);
  b.set(1, 4, '总分', LABEL);
  b.span(1, 5, 1, last, null, SCORE);
  b.field(2, '单位名称', last);
  b.span(3, 0, 3, 1, '基本支出总额', LABEL);
  b.span(3, 2, 3, 3, null, MONEY);
  b.set(3, 4, '项目支出总额', LABEL);
  b.span(3, 5, 3, last, null, MONEY);

  const fundsTop = 4;
  const funds = budgetExecution(b, fundsTop, last, '部门整体支出总额', FUNDS_POINTS);

  const goalPoints = DEPARTMENT_GOAL_ROWS.reduce((s, x) => s + x.weight, 0);
  const indicators: Indicator[] = [];
  const weightGroups: WeightGroup[] = [];
  let row = fundsTop + 2;
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
  const closingReason = closingRows(b, closing, last);
  b.border(2, 0, closing + 1, last);

  const region: Region = {
    kind: 'department',
    layout: 'department',
    sheet: '',
    range: b.area(0, 0, closing + 1, last),
    title: '部门整体绩效自评表',
    titleCell: b.at(0, 0),
    funds,
    indicators,
    weightGroups,
    total: { ref: b.at(1, 5) },
    closingReason,
  };
  return finishTemplate(b, DEPARTMENT_INFO, region, preset, LABEL_WEIGHTED_PAGE);
}
