import { CellRef } from '../address';
import { Region } from '../model';
import { Preset } from '../presets';
import { budgetExecution } from './budgetExecution';
import { closingRows } from './closingRows';
import { BuiltTemplate, finishTemplate, TemplateInfo } from './finish';
import { WUHAN_ROWS } from './indicatorRows';
import { LABEL_WEIGHTED_PAGE, labelWeightedTable } from './labelWeightedTable';
import { projectGoal } from './projectGoal';
import { LABEL, SCORE, SheetBuilder, TEXT_ENTRY } from './sheetBuilder';

export const WUHAN2020_INFO: TemplateInfo = {
  id: 'wuhan2020',
  name: '项目自评表（武汉 2020：资金20/目标20/指标60，权重写在标签中）',
  nameEn: 'Project self-evaluation (Wuhan 2020)',
  kind: 'project',
  layout: 'wuhan2020',
};

const FUNDS_POINTS = 20;
const GOAL_POINTS = 20;
const INDICATOR_POINTS = 60;
const HEADINGS = ['一级指标', '二级指标', '指标名称', '年初目标值（A）', '实际完成值（B）', '得分'];

/** The 2020 Wuhan project table (seed 001, after the department table), columns A–G. */
export function wuhan2020Form(anchor: CellRef, preset: Preset): BuiltTemplate {
  const b = new SheetBuilder(anchor);
  const last = 6;
  b.title('        年度                项目自评表', last);
  b.set(1, 0, '单位名称', LABEL);
  b.span(1, 1, 1, 2, null, LABEL);
  b.set(1, 3, '填报日期', LABEL);
  b.set(1, 4, null, LABEL);
  b.set(1, 5, '自评得分', LABEL);
  b.set(1, 6, null, SCORE);
  b.field(2, '项目名称', last);
  b.span(3, 0, 3, 1, '主管部门', LABEL);
  b.span(3, 2, 3, 3, null, TEXT_ENTRY);
  b.set(3, 4, '项目实施单位', LABEL);
  b.span(3, 5, 3, last, null, TEXT_ENTRY);

  const fundsTop = 4;
  const funds = budgetExecution(b, fundsTop, last, '年度财政资金总额', FUNDS_POINTS);

  const goalTop = fundsTop + 2;
  const goal = projectGoal(b, goalTop, last, '得分', GOAL_POINTS);
  b.height(goalTop + 1, 60);

  const table = labelWeightedTable(
    b,
    goalTop + 2,
    `项目年度绩效指标（${INDICATOR_POINTS}分）`,
    HEADINGS,
    WUHAN_ROWS,
  );
  const closing = table.lastRow + 1;
  const closingReason = closingRows(b, closing, last);
  b.border(2, 0, closing + 1, last);

  const region: Region = {
    kind: 'project',
    layout: 'wuhan2020',
    sheet: '',
    range: b.area(0, 0, closing + 1, last),
    title: '项目自评表',
    titleCell: b.at(0, 0),
    funds,
    goal,
    indicators: table.indicators,
    weightGroups: table.level1Groups,
    total: { ref: b.at(1, 6) },
    closingReason,
  };
  return finishTemplate(b, WUHAN2020_INFO, region, preset, LABEL_WEIGHTED_PAGE);
}
