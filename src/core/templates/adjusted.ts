import { CellRef } from '../address';
import { FundsRow, Region } from '../model';
import { Preset } from '../presets';
import { BuiltTemplate, finishTemplate, PORTRAIT_A4, TemplateInfo } from './finish';
import { NATIONAL_ROWS } from './indicatorRows';
import { exceedsFormula, OVER_MAX_FILL } from './overMax';
import { HEADING, LABEL, MONEY, PARAGRAPH, POINTS, SCORE, SheetBuilder, TEXT_ENTRY } from './sheetBuilder';
import { standardIndicators } from './standardIndicators';

export const ADJUSTED_INFO: TemplateInfo = {
  id: 'adjusted',
  name: '项目支出绩效自评表（调整后预算、指标性质/度量单位）',
  nameEn: 'Project self-evaluation (adjusted budget, split targets)',
  kind: 'project',
  layout: 'adjusted',
};

const FUNDS_POINTS = 10;
const FUNDS_ROWS = ['年度资金总额', '其中：财政资金', '上年结转资金', '其他资金'];
const CLOSING_ROWS = ['评价结论', '存在问题', '改进措施'];
/** 指标性质: an operator, or 定性 for a qualitative target (DOMAIN §8). */
const NATURE_CHOICES = ['≥', '≤', '=', '＞', '＜', '定性'];
const SIGNATURES = '项目负责人：            财务负责人：            填表人：            联系电话：';

/**
 * The provincial form with an adjusted budget (DOMAIN §8), columns A–K: funds 年初预算数 C | 调整后预算数 D |
 * 执行数 E | 分值 F | 执行率 G | 得分 H:K; indicators 一级 B | 二级 C | 三级 D | 年度指标值 E:G (指标性质 | 指标值 |
 * 度量单位, a two-row header) | 权重 H | 完成值 I | 得分 J | 偏差原因分析及改进措施 K; 合计; 评价结论, 存在问题,
 * 改进措施; the signature line below the table.
 */
export function adjustedForm(anchor: CellRef, preset: Preset): BuiltTemplate {
  const b = new SheetBuilder(anchor);
  const last = 10;
  b.title('项目支出绩效自评表', last);
  b.span(1, 0, 1, last - 2, '（        年度）', LABEL);
  b.span(1, last - 1, 1, last, '单位：万元', { horizontal: 'right', vertical: 'middle' });

  b.field(2, '项目名称', last);
  b.span(3, 0, 3, 1, '主管部门', LABEL);
  b.span(3, 2, 3, 5, null, TEXT_ENTRY);
  b.span(3, 6, 3, 7, '实施单位', LABEL);
  b.span(3, 8, 3, last, null, TEXT_ENTRY);

  const fundsTop = 4;
  b.span(fundsTop, 0, fundsTop + FUNDS_ROWS.length, 0, '项目资金（万元）', LABEL);
  b.set(fundsTop, 1, null, LABEL);
  ['年初预算数', '调整后预算数', '执行数', '分值', '执行率'].forEach((h, i) =>
    b.set(fundsTop, 2 + i, h, HEADING),
  );
  b.span(fundsTop, 7, fundsTop, last, '得分', HEADING);
  const fundsRows: FundsRow[] = FUNDS_ROWS.map((label, i) => {
    const r = fundsTop + 1 + i;
    b.set(r, 1, label, i === 0 ? LABEL : { ...LABEL, horizontal: 'left' });
    for (let c = 2; c <= 4; c++) b.set(r, c, null, MONEY);
    const cell = (c: number) => b.at(r, c);
    const row = b.at(r, 0).row;
    if (i > 0) {
      b.set(r, 5, '—', LABEL);
      b.set(r, 6, '—', LABEL);
      b.span(r, 7, r, last, '—', LABEL);
      return { label, row, initialBudget: cell(2), budget: cell(3), actual: cell(4) };
    }
    b.set(r, 5, FUNDS_POINTS, POINTS);
    b.set(r, 6, null, { ...SCORE, numberFormat: '0.00%' });
    b.span(r, 7, r, last, null, SCORE);
    return {
      label,
      row,
      initialBudget: cell(2),
      budget: cell(3),
      actual: cell(4),
      weight: cell(5),
      rate: cell(6),
      score: cell(7),
    };
  });
  const fundsTotal = fundsTop + 1;
  b.bounds(fundsTotal, 5, 0, preset.weightTotal);
  b.highlight(b.area(fundsTotal, 7), exceedsFormula(b.at(fundsTotal, 7), b.at(fundsTotal, 5)), OVER_MAX_FILL);

  const goalTop = fundsTop + FUNDS_ROWS.length + 1;
  b.span(goalTop, 0, goalTop + 1, 0, '年度总体目标', LABEL);
  b.span(goalTop, 1, goalTop, 5, '预期目标', HEADING);
  b.span(goalTop, 6, goalTop, last, '实际完成情况', HEADING);
  b.span(goalTop + 1, 1, goalTop + 1, 5, null, PARAGRAPH);
  b.span(goalTop + 1, 6, goalTop + 1, last, null, PARAGRAPH);

  // two-row header: 年度指标值 spans 指标性质 | 指标值 | 度量单位; every other heading is merged down both rows
  const head = goalTop + 2;
  const first = head + 2;
  const lastIndicator = first + NATIONAL_ROWS.length - 1;
  b.span(head, 0, lastIndicator, 0, '绩效指标', LABEL);
  const heading = (col: number, text: string) => b.span(head, col, head + 1, col, text, HEADING);
  heading(1, '一级指标');
  heading(2, '二级指标');
  heading(3, '三级指标');
  b.span(head, 4, head, 6, '年度指标值', HEADING);
  ['指标性质', '指标值', '度量单位'].forEach((h, i) => b.set(head + 1, 4 + i, h, HEADING));
  heading(7, '权重');
  heading(8, '完成值');
  heading(9, '得分');
  heading(10, '偏差原因分析及改进措施');
  b.height(head, 22, head + 1);
  const indicators = standardIndicators(b, first, 1, NATIONAL_ROWS, (r, indicator, { weight }) => {
    b.set(r, 4, null, LABEL);
    b.set(r, 5, null, LABEL);
    b.set(r, 6, null, LABEL);
    b.set(r, 7, weight, POINTS);
    b.set(r, 8, null, LABEL);
    b.set(r, 9, null, SCORE);
    b.set(r, 10, null, TEXT_ENTRY);
    b.bounds(r, 9, 0, weight);
    const cell = (c: number) => b.at(r, c);
    return {
      ...indicator,
      targetNature: cell(4),
      target: cell(5),
      targetUnit: cell(6),
      actual: cell(8),
      weight: cell(7),
      score: cell(9),
      reason: cell(10),
    };
  });
  b.list(first, 4, lastIndicator, 4, NATURE_CHOICES);
  b.bounds(first, 7, 0, preset.weightTotal, lastIndicator, 7);
  b.highlight(
    b.area(first, 9, lastIndicator, 9),
    exceedsFormula(b.at(first, 9), b.at(first, 7)),
    OVER_MAX_FILL,
  );

  const totalRow = lastIndicator + 1;
  b.span(totalRow, 0, totalRow, 6, '合计', HEADING);
  b.set(totalRow, 7, null, POINTS);
  b.set(totalRow, 8, null, LABEL);
  b.set(totalRow, 9, null, SCORE);
  b.set(totalRow, 10, null, TEXT_ENTRY);
  CLOSING_ROWS.forEach((label, i) => {
    const r = totalRow + 1 + i;
    b.span(r, 0, r, 1, label, HEADING);
    b.span(r, 2, r, last, null, PARAGRAPH);
    b.height(r, 45);
  });
  const lastRow = totalRow + CLOSING_ROWS.length;
  b.border(2, 0, lastRow, last);
  b.span(lastRow + 1, 0, lastRow + 1, last, SIGNATURES, TEXT_ENTRY);

  const region: Region = {
    kind: 'project',
    layout: 'adjusted',
    sheet: '',
    range: b.area(0, 0, lastRow, last),
    title: '项目支出绩效自评表',
    titleCell: b.at(0, 0),
    funds: {
      labelCell: b.at(fundsTop, 0),
      total: fundsRows[0],
      parts: fundsRows.slice(1),
      maxPoints: FUNDS_POINTS,
    },
    indicators,
    weightGroups: [],
    total: { ref: b.at(totalRow, 9) },
    totalWeight: b.at(totalRow, 7),
  };
  b.height(goalTop + 1, 60);
  return finishTemplate(b, ADJUSTED_INFO, region, preset, {
    columnWidths: [7, 14, 14, 20, 7, 8, 7, 7, 11, 8, 18],
    print: PORTRAIT_A4,
  });
}
