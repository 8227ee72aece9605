import { CellRef, refToA1 } from '../address';
import { FundsRow, Indicator, Region } from '../model';
import { Preset } from '../presets';
import { BuiltTemplate, finishTemplate, OVER_MAX_FILL, TemplateInfo } from './finish';
import { HUBEI_ROWS, LEVEL1_CHOICES, LEVEL2_CHOICES, level1Runs } from './indicatorRows';
import { HEADING, LABEL, MONEY, SCORE, SheetBuilder, PARAGRAPH, TEXT_ENTRY } from './sheetBuilder';

export const HUBEI2019_INFO: TemplateInfo = {
  id: 'hubei2019',
  name: '项目支出绩效自评表（湖北 2019：资金20/目标20/指标60）',
  nameEn: 'Project self-evaluation (Hubei 2019)',
  kind: 'project',
  layout: 'hubei2019',
};

const FUNDS_POINTS = 20;
const GOAL_POINTS = 20;
const INDICATOR_POINTS = 60;
const FUNDS_ROWS = [
  '年度资金总额：',
  '其中：中央补助',
  '省补助',
  '市补助',
  '国债资金',
  '区级预算资金',
  '其他资金',
];

/**
 * The 2019 Hubei/Wuhan form (seed 000), columns A–H. Unlike the published copies, 自评等次 and 自评得分 get
 * cells of their own in the header line so that both can hold formulas.
 */
export function hubei2019Form(anchor: CellRef, preset: Preset): BuiltTemplate {
  const b = new SheetBuilder(anchor);
  const last = 7;
  b.span(0, 0, 0, last, '项目支出绩效自评表', { ...HEADING, fontSize: 16 });
  b.span(1, 0, 1, last, '（        年度）', LABEL);
  b.set(2, 0, '自评时间', LABEL);
  b.span(2, 1, 2, 2, null, LABEL);
  b.set(2, 3, '自评等次', LABEL);
  b.set(2, 4, null, LABEL);
  b.set(2, 5, '自评得分', LABEL);
  b.span(2, 6, 2, last, null, SCORE);

  b.span(3, 0, 3, 1, '项目名称', LABEL);
  b.span(3, 2, 3, last, null, TEXT_ENTRY);
  b.span(4, 0, 4, 1, '合并明细项目', LABEL);
  b.span(4, 2, 4, last, null, TEXT_ENTRY);
  b.span(5, 0, 5, 1, '主管部门', LABEL);
  b.span(5, 2, 5, 3, null, TEXT_ENTRY);
  b.span(5, 4, 5, 5, '实施单位', LABEL);
  b.span(5, 6, 5, last, null, TEXT_ENTRY);

  // Funds: row labels B:C, 全年预算数（A） D, 全年执行数（B） E, 预算执行率 F, 自评分 G:H merged down the block.
  const fundsTop = 6;
  const fundsBottom = fundsTop + FUNDS_ROWS.length;
  b.span(fundsTop, 0, fundsBottom, 0, `项目资金（${FUNDS_POINTS}分）`, LABEL);
  b.span(fundsTop, 1, fundsTop, 2, null, LABEL);
  b.set(fundsTop, 3, '全年预算数（A）', HEADING);
  b.set(fundsTop, 4, '全年执行数（B）', HEADING);
  b.set(fundsTop, 5, '预算执行率（B/A）', HEADING);
  b.span(fundsTop, 6, fundsTop, last, '自评分', HEADING);
  const fundsRows: FundsRow[] = FUNDS_ROWS.map((label, i) => {
    const r = fundsTop + 1 + i;
    b.span(r, 1, r, 2, label, { ...LABEL, horizontal: i === 0 ? 'center' : 'left' });
    b.set(r, 3, null, MONEY);
    b.set(r, 4, null, MONEY);
    b.set(r, 5, null, { ...SCORE, numberFormat: '0.00%' });
    const cell = (c: number) => b.at(r, c);
    return i === 0
      ? { label, row: cell(0).row, budget: cell(3), actual: cell(4), rate: cell(5), score: cell(6) }
      : { label, row: cell(0).row, budget: cell(3), actual: cell(4), rate: cell(5) };
  });
  b.span(fundsTop + 1, 6, fundsBottom, last, null, SCORE);

  // 项目绩效总目标: 年初设定目标 B:D, 全年实际完成情况 E:F, 自评分 G:H.
  const goalTop = fundsBottom + 1;
  b.span(goalTop, 0, goalTop + 1, 0, `项目绩效总目标（${GOAL_POINTS}分）`, LABEL);
  b.span(goalTop, 1, goalTop, 3, '年初设定目标', HEADING);
  b.span(goalTop, 4, goalTop, 5, '全年实际完成情况', HEADING);
  b.span(goalTop, 6, goalTop, last, '自评分', HEADING);
  b.span(goalTop + 1, 1, goalTop + 1, 3, null, PARAGRAPH);
  b.span(goalTop + 1, 4, goalTop + 1, 5, null, PARAGRAPH);
  b.span(goalTop + 1, 6, goalTop + 1, last, null, SCORE);
  b.bounds(goalTop + 1, 6, 0, GOAL_POINTS);
  const goalScore = b.at(goalTop + 1, 6);
  b.highlight(b.area(goalTop + 1, 6), `=${refToA1(goalScore)}>${GOAL_POINTS}`, OVER_MAX_FILL);

  // 绩效指标: 一级 B, 二级 C, 指标内容 D, 年度目标值 E, 全年完成值 F, 未完成原因 G, one 自评分 H for the block.
  const head = goalTop + 2;
  const first = head + 1;
  const lastIndicator = first + HUBEI_ROWS.length - 1;
  b.span(head, 0, lastIndicator, 0, `绩效指标（${INDICATOR_POINTS}分）`, LABEL);
  ['一级指标', '二级指标', '指标内容', '年度目标值', '全年完成值', '未完成原因和改进措施', '自评分'].forEach(
    (h, i) => b.set(head, 1 + i, h, HEADING),
  );
  const runs = level1Runs(HUBEI_ROWS);
  for (const run of runs) b.span(first + run.start, 1, first + run.end, 1, run.level1, LABEL);
  const indicators: Indicator[] = HUBEI_ROWS.map((ind, i) => {
    const r = first + i;
    b.set(r, 2, ind.level2, LABEL);
    b.set(r, 3, null, TEXT_ENTRY);
    b.set(r, 4, null, LABEL);
    b.set(r, 5, null, LABEL);
    b.set(r, 6, null, TEXT_ENTRY);
    const run = runs.find((x) => i >= x.start && i <= x.end);
    return {
      row: b.at(r, 0).row,
      level1: ind.level1,
      level1Cell: b.at(first + (run?.start ?? i), 1),
      level2: ind.level2,
      level2Cell: b.at(r, 2),
      name: '',
      nameCell: b.at(r, 3),
      target: b.at(r, 4),
      actual: b.at(r, 5),
      reason: b.at(r, 6),
    };
  });
  b.span(first, 7, lastIndicator, 7, null, SCORE);
  b.list(first, 1, lastIndicator, 1, LEVEL1_CHOICES);
  b.list(first, 2, lastIndicator, 2, LEVEL2_CHOICES);
  b.bounds(first, 7, 0, INDICATOR_POINTS);
  const blockScore = b.at(first, 7);
  b.highlight(b.area(first, 7), `=${refToA1(blockScore)}>${INDICATOR_POINTS}`, OVER_MAX_FILL);

  const noteRow = lastIndicator + 1;
  b.set(noteRow, 0, '说明', LABEL);
  b.span(noteRow, 1, noteRow, last, null, PARAGRAPH);
  b.border(3, 0, noteRow, last);

  const region: Region = {
    kind: 'project',
    layout: 'hubei2019',
    sheet: '',
    range: b.area(0, 0, noteRow, last),
    title: '项目支出绩效自评表',
    titleCell: b.at(0, 0),
    funds: {
      labelCell: b.at(fundsTop, 0),
      total: fundsRows[0],
      parts: fundsRows.slice(1),
      maxPoints: FUNDS_POINTS,
    },
    goal: { labelCell: b.at(goalTop, 0), maxPoints: GOAL_POINTS, score: { ref: goalScore } },
    indicatorBlock: { labelCell: b.at(head, 0), maxPoints: INDICATOR_POINTS, score: { ref: blockScore } },
    indicators,
    weightGroups: [],
    total: { ref: b.at(2, 6) },
    grade: { ref: b.at(2, 4) },
  };
  b.height(0, 32);
  b.height(fundsTop, 30);
  b.height(goalTop + 1, 80);
  b.height(head, 30);
  b.height(noteRow, 40);
  return finishTemplate(b, HUBEI2019_INFO, region, preset, {
    columnWidths: [10, 12, 18, 22, 12, 12, 20, 10],
    print: { orientation: 'portrait', paper: 'A4', fitToWidth: true },
  });
}
