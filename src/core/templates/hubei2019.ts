import { CellRef } from '../address';
import { FundsRow, Region } from '../model';
import { Preset } from '../presets';
import { BuiltTemplate, finishTemplate, PORTRAIT_A4, TemplateInfo } from './finish';
import { HUBEI_ROWS } from './indicatorRows';
import { scoreUpTo } from './overMax';
import { projectGoal } from './projectGoal';
import { HEADING, LABEL, MONEY, SCORE, SheetBuilder, PARAGRAPH, TEXT_ENTRY } from './sheetBuilder';
import { standardIndicators } from './standardIndicators';

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
const HEADINGS = [
  '一级指标',
  '二级指标',
  '指标内容',
  '年度目标值',
  '全年完成值',
  '未完成原因和改进措施',
  '自评分',
];

/**
 * The 2019 Hubei/Wuhan form (seed 000), columns A–H. Unlike the published copies, 自评等次 and 自评得分 get
 * cells of their own in the header line so that both can hold formulas.
 */
export function hubei2019Form(anchor: CellRef, preset: Preset): BuiltTemplate {
  const b = new SheetBuilder(anchor);
  const last = 7;
  b.title('项目支出绩效自评表', last);
  b.span(1, 0, 1, last, '（        年度）', LABEL);
  b.set(2, 0, '自评时间', LABEL);
  b.span(2, 1, 2, 2, null, LABEL);
  b.set(2, 3, '自评等次', LABEL);
  b.set(2, 4, null, LABEL);
  b.set(2, 5, '自评得分', LABEL);
  b.span(2, 6, 2, last, null, SCORE);

  b.field(3, '项目名称', last);
  b.field(4, '合并明细项目', last);
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
  b.height(fundsTop, 30);

  const goalTop = fundsBottom + 1;
  const goal = projectGoal(b, goalTop, last, '自评分', GOAL_POINTS);
  b.height(goalTop + 1, 80);

  // 绩效指标: 一级 B, 二级 C, 指标内容 D, 年度目标值 E, 全年完成值 F, 未完成原因 G, one 自评分 H for the block.
  const head = goalTop + 2;
  const first = head + 1;
  const lastIndicator = first + HUBEI_ROWS.length - 1;
  b.span(head, 0, lastIndicator, 0, `绩效指标（${INDICATOR_POINTS}分）`, LABEL);
  HEADINGS.forEach((h, i) => b.set(head, 1 + i, h, HEADING));
  b.height(head, 30);
  const indicators = standardIndicators(b, first, 1, HUBEI_ROWS, (r, indicator) => {
    b.set(r, 4, null, LABEL);
    b.set(r, 5, null, LABEL);
    b.set(r, 6, null, TEXT_ENTRY);
    return { ...indicator, target: b.at(r, 4), actual: b.at(r, 5), reason: b.at(r, 6) };
  });
  b.span(first, 7, lastIndicator, 7, null, SCORE);
  const blockScore = scoreUpTo(b, first, 7, INDICATOR_POINTS);

  const noteRow = lastIndicator + 1;
  b.set(noteRow, 0, '说明', LABEL);
  b.span(noteRow, 1, noteRow, last, null, PARAGRAPH);
  b.height(noteRow, 40);
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
    goal,
    indicatorBlock: { labelCell: b.at(head, 0), maxPoints: INDICATOR_POINTS, score: { ref: blockScore } },
    indicators,
    weightGroups: [],
    total: { ref: b.at(2, 6) },
    grade: { ref: b.at(2, 4) },
  };
  return finishTemplate(b, HUBEI2019_INFO, region, preset, {
    columnWidths: [10, 12, 18, 22, 12, 12, 20, 10],
    print: PORTRAIT_A4,
  });
}
