import { CellRef } from '../address';
import { FundsRow, Region } from '../model';
import { Preset } from '../presets';
import { BuiltTemplate, finishTemplate, PORTRAIT_A4, TemplateInfo } from './finish';
import { NATIONAL_ROWS } from './indicatorRows';
import { exceedsFormula, OVER_MAX_FILL } from './overMax';
import { HEADING, LABEL, MONEY, POINTS, SCORE, SheetBuilder, PARAGRAPH, TEXT_ENTRY } from './sheetBuilder';
import { standardIndicators } from './standardIndicators';

export const NATIONAL_INFO: TemplateInfo = {
  id: 'national',
  name: '项目支出绩效自评表（财预〔2020〕10号）',
  nameEn: 'Project self-evaluation (national, 2020)',
  kind: 'project',
  layout: 'national',
};

const FUNDS_POINTS = 10;
const FUNDS_ROWS = ['年度资金总额', '其中：当年财政拨款', '上年结转资金', '其他资金'];
const HEADINGS = [
  '一级指标',
  '二级指标',
  '三级指标',
  '年度指标值',
  '实际完成值',
  '分值',
  '得分',
  '偏差原因分析及改进措施',
];
const NOTE =
  '注：单位自评指标的权重由各单位根据项目实际情况确定。原则上预算执行率和一级指标权重统一设置为：预算执行率10%、' +
  '产出指标50%、效益指标30%、服务对象满意度指标10%。如有特殊情况，一级指标权重可做适当调整。';

/**
 * 项目支出绩效自评表 as annexed to 财预〔2020〕10号 (seeds 002, 003), columns A–I:
 * funds block rows 5–9, 年度总体目标 rows 10–11, indicators from row 12, 总分 last.
 */
export function nationalForm(anchor: CellRef, preset: Preset): BuiltTemplate {
  const b = new SheetBuilder(anchor);
  const last = 8;
  b.title('项目支出绩效自评表', last);
  b.span(1, 0, 1, last - 1, '（        年度）', LABEL);
  b.set(1, last, '单位：万元', { horizontal: 'right', vertical: 'middle' });

  b.field(2, '项目名称', last);
  b.span(3, 0, 3, 1, '主管部门', LABEL);
  b.span(3, 2, 3, 4, null, TEXT_ENTRY);
  b.span(3, 5, 3, 6, '实施单位', LABEL);
  b.span(3, 7, 3, last, null, TEXT_ENTRY);

  // Funds block: 年初预算数 C, 全年预算数 D, 全年执行数 E, 分值 F, 执行率 G, 得分 H:I.
  const fundsTop = 4;
  b.span(fundsTop, 0, fundsTop + FUNDS_ROWS.length, 0, '项目资金（万元）', LABEL);
  b.set(fundsTop, 1, null, LABEL);
  ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率'].forEach((h, i) =>
    b.set(fundsTop, 2 + i, h, HEADING),
  );
  b.span(fundsTop, 7, fundsTop, last, '得分', HEADING);
  const fundsRows: FundsRow[] = FUNDS_ROWS.map((label, i) => {
    const r = fundsTop + 1 + i;
    b.set(r, 1, label, i === 0 ? LABEL : { ...LABEL, horizontal: 'left' });
    for (let c = 2; c <= 4; c++) b.set(r, c, null, MONEY);
    if (i === 0) {
      b.set(r, 5, FUNDS_POINTS, POINTS);
      b.set(r, 6, null, { ...SCORE, numberFormat: '0.00%' });
      b.span(r, 7, r, last, null, SCORE);
    } else {
      b.set(r, 5, '—', LABEL);
      b.set(r, 6, '—', LABEL);
      b.span(r, 7, r, last, '—', LABEL);
    }
    const row = b.at(r, 0).row;
    const cell = (c: number) => b.at(r, c);
    return i === 0
      ? {
          label,
          row,
          initialBudget: cell(2),
          budget: cell(3),
          actual: cell(4),
          weight: cell(5),
          rate: cell(6),
          score: cell(7),
        }
      : { label, row, initialBudget: cell(2), budget: cell(3), actual: cell(4) };
  });
  b.bounds(fundsTop + 1, 5, 0, preset.weightTotal);
  const fundsTotal = fundsTop + 1;
  b.highlight(b.area(fundsTotal, 7), exceedsFormula(b.at(fundsTotal, 7), b.at(fundsTotal, 5)), OVER_MAX_FILL);

  // 年度总体目标
  const goalTop = fundsTop + FUNDS_ROWS.length + 1;
  b.span(goalTop, 0, goalTop + 1, 0, '年度总体目标', LABEL);
  b.span(goalTop, 1, goalTop, 4, '预期目标', HEADING);
  b.span(goalTop, 5, goalTop, last, '实际完成情况', HEADING);
  b.span(goalTop + 1, 1, goalTop + 1, 4, null, PARAGRAPH);
  b.span(goalTop + 1, 5, goalTop + 1, last, null, PARAGRAPH);

  // Indicators: 一级 B, 二级 C, 三级 D, 年度指标值 E, 实际完成值 F, 分值 G, 得分 H, 偏差原因 I.
  const head = goalTop + 2;
  const first = head + 1;
  const lastIndicator = first + NATIONAL_ROWS.length - 1;
  b.span(head, 0, lastIndicator, 0, '绩效指标', LABEL);
  HEADINGS.forEach((h, i) => b.set(head, 1 + i, h, HEADING));
  b.height(head, 30);
  const indicators = standardIndicators(b, first, 1, NATIONAL_ROWS, (r, indicator, { weight }) => {
    b.set(r, 4, null, LABEL);
    b.set(r, 5, null, LABEL);
    b.set(r, 6, weight, POINTS);
    b.set(r, 7, null, SCORE);
    b.set(r, 8, null, TEXT_ENTRY);
    b.bounds(r, 7, 0, weight);
    const cell = (c: number) => b.at(r, c);
    return {
      ...indicator,
      target: cell(4),
      actual: cell(5),
      weight: cell(6),
      score: cell(7),
      reason: cell(8),
    };
  });
  b.bounds(first, 6, 0, preset.weightTotal, lastIndicator, 6);
  b.highlight(
    b.area(first, 7, lastIndicator, 7),
    exceedsFormula(b.at(first, 7), b.at(first, 6)),
    OVER_MAX_FILL,
  );

  const totalRow = lastIndicator + 1;
  b.span(totalRow, 0, totalRow, 5, '总分', HEADING);
  b.set(totalRow, 6, null, POINTS);
  b.set(totalRow, 7, null, SCORE);
  b.set(totalRow, 8, null, TEXT_ENTRY);
  b.border(2, 0, totalRow, last);
  b.span(totalRow + 1, 0, totalRow + 1, last, NOTE, PARAGRAPH);

  const region: Region = {
    kind: 'project',
    layout: 'national',
    sheet: '',
    range: b.area(0, 0, totalRow, last),
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
    total: { ref: b.at(totalRow, 7) },
    totalWeight: b.at(totalRow, 6),
  };
  b.height(goalTop + 1, 60);
  b.height(totalRow + 1, 45);
  return finishTemplate(b, NATIONAL_INFO, region, preset, {
    columnWidths: [8, 18, 18, 22, 12, 12, 7, 8, 20],
    print: PORTRAIT_A4,
  });
}
