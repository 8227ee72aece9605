import { CellRef, refToA1 } from '../address';
import { FundsRow, Region } from '../model';
import { Preset } from '../presets';
import { BuiltTemplate, finishTemplate, OVER_MAX_FILL, TemplateInfo } from './finish';
import { WUHAN_ROWS } from './indicatorRows';
import { labelWeightedTable } from './labelWeightedTable';
import { HEADING, LABEL, MONEY, SCORE, SheetBuilder, PARAGRAPH, TEXT_ENTRY } from './sheetBuilder';

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
  b.span(0, 0, 0, last, '        年度                项目自评表', { ...HEADING, fontSize: 16 });
  b.set(1, 0, '单位名称', LABEL);
  b.span(1, 1, 1, 2, null, LABEL);
  b.set(1, 3, '填报日期', LABEL);
  b.set(1, 4, null, LABEL);
  b.set(1, 5, '自评得分', LABEL);
  b.set(1, 6, null, SCORE);
  b.span(2, 0, 2, 1, '项目名称', LABEL);
  b.span(2, 2, 2, last, null, TEXT_ENTRY);
  b.span(3, 0, 3, 1, '主管部门', LABEL);
  b.span(3, 2, 3, 3, null, TEXT_ENTRY);
  b.set(3, 4, '项目实施单位', LABEL);
  b.span(3, 5, 3, last, null, TEXT_ENTRY);

  const fundsTop = 4;
  b.span(fundsTop, 0, fundsTop + 1, 0, `预算执行情况（万元）（${FUNDS_POINTS}分）`, LABEL);
  b.set(fundsTop, 1, null, LABEL);
  b.set(fundsTop, 2, '预算数（A）', HEADING);
  b.set(fundsTop, 3, '执行数（B）', HEADING);
  b.set(fundsTop, 4, '执行率（B/A）', HEADING);
  b.span(fundsTop, 5, fundsTop, last, `得分（${FUNDS_POINTS}分*执行率）`, HEADING);
  const r = fundsTop + 1;
  b.set(r, 1, '年度财政资金总额', LABEL);
  b.set(r, 2, null, MONEY);
  b.set(r, 3, null, MONEY);
  b.set(r, 4, null, { ...SCORE, numberFormat: '0.00%' });
  b.span(r, 5, r, last, null, SCORE);
  const fundsTotal: FundsRow = {
    label: '年度财政资金总额',
    row: b.at(r, 0).row,
    budget: b.at(r, 2),
    actual: b.at(r, 3),
    rate: b.at(r, 4),
    score: b.at(r, 5),
  };

  const goalTop = r + 1;
  b.span(goalTop, 0, goalTop + 1, 0, `项目绩效总目标（${GOAL_POINTS}分）`, LABEL);
  b.span(goalTop, 1, goalTop, 3, '年初设定目标', HEADING);
  b.span(goalTop, 4, goalTop, 5, '全年实际完成情况', HEADING);
  b.set(goalTop, 6, '得分', HEADING);
  b.span(goalTop + 1, 1, goalTop + 1, 3, null, PARAGRAPH);
  b.span(goalTop + 1, 4, goalTop + 1, 5, null, PARAGRAPH);
  b.set(goalTop + 1, 6, null, SCORE);
  b.bounds(goalTop + 1, 6, 0, GOAL_POINTS);
  const goalScore = b.at(goalTop + 1, 6);
  b.highlight(b.area(goalTop + 1, 6), `=${refToA1(goalScore)}>${GOAL_POINTS}`, OVER_MAX_FILL);

  const table = labelWeightedTable(
    b,
    goalTop + 2,
    `项目年度绩效指标（${INDICATOR_POINTS}分）`,
    HEADINGS,
    WUHAN_ROWS,
  );
  const closing = table.lastRow + 1;
  b.span(closing, 0, closing, 1, '偏差大或目标未完成原因分析', LABEL);
  b.span(closing, 2, closing, last, null, PARAGRAPH);
  b.span(closing + 1, 0, closing + 1, 1, '改进措施及结果应用方案', LABEL);
  b.span(closing + 1, 2, closing + 1, last, null, PARAGRAPH);
  b.border(2, 0, closing + 1, last);

  const region: Region = {
    kind: 'project',
    layout: 'wuhan2020',
    sheet: '',
    range: b.area(0, 0, closing + 1, last),
    title: '项目自评表',
    titleCell: b.at(0, 0),
    funds: { labelCell: b.at(fundsTop, 0), total: fundsTotal, parts: [], maxPoints: FUNDS_POINTS },
    goal: { labelCell: b.at(goalTop, 0), maxPoints: GOAL_POINTS, score: { ref: goalScore } },
    indicators: table.indicators,
    weightGroups: table.level1Groups,
    total: { ref: b.at(1, 6) },
    closingReason: b.at(closing, 2),
  };
  b.height(0, 32);
  b.height(fundsTop, 30);
  b.height(goalTop + 1, 60);
  b.height(closing, 60, closing + 1);
  return finishTemplate(b, WUHAN2020_INFO, region, preset, {
    columnWidths: [12, 16, 26, 22, 12, 12, 8],
    print: { orientation: 'portrait', paper: 'A4', fitToWidth: true },
  });
}
