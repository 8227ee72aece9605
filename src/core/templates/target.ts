import { CellRef, refToA1 } from '../address';
import { Region } from '../model';
import { Preset } from '../presets';
import { BuiltTemplate, finishTemplate, TemplateInfo } from './finish';
import { TARGET_ROWS } from './indicatorRows';
import { OVER_MAX_FILL } from './overMax';
import { HEADING, LABEL, POINTS, SheetBuilder, TEXT_ENTRY } from './sheetBuilder';
import { standardIndicators } from './standardIndicators';

export const TARGET_INFO: TemplateInfo = {
  id: 'target',
  name: '年度绩效目标表（绩效目标申报）',
  nameEn: 'Annual performance target table',
  kind: 'target',
  layout: 'target',
};

const RATIO = 100;

/**
 * 年度绩效目标表 of a 项目支出绩效目标申报表 (seed 004), columns A–J with two header rows:
 * 目标名称 | 指标权重比例(%) | 一级 | 二级 | 三级 | 指标值 (前年 | 上年 | 预计当年实现 | 指标分值权重) | 指标值确定依据.
 * The ratio cell turns red while the weights under it do not add up to it.
 */
export function targetForm(anchor: CellRef, preset: Preset): BuiltTemplate {
  const b = new SheetBuilder(anchor);
  const last = 9;
  b.title('年度绩效目标表', last);
  b.span(1, 0, 2, 0, '目标名称', HEADING);
  b.span(1, 1, 2, 1, '指标权重比例(%)', HEADING);
  b.span(1, 2, 2, 2, '一级指标', HEADING);
  b.span(1, 3, 2, 3, '二级指标', HEADING);
  b.span(1, 4, 2, 4, '三级指标', HEADING);
  b.span(1, 5, 1, 8, '指标值', HEADING);
  ['前年', '上年', '预计当年实现', '指标分值权重'].forEach((h, i) => b.set(2, 5 + i, h, HEADING));
  b.span(1, last, 2, last, '指标值确定依据', HEADING);

  const first = 3;
  const lastRow = first + TARGET_ROWS.length - 1;
  b.span(first, 0, lastRow, 0, '年度绩效目标1', LABEL);
  b.span(first, 1, lastRow, 1, RATIO, POINTS);
  const indicators = standardIndicators(b, first, 2, TARGET_ROWS, (r, indicator, { weight }) => {
    for (let c = 5; c <= 7; c++) b.set(r, c, null, LABEL);
    b.set(r, 8, weight, POINTS);
    b.set(r, 9, null, TEXT_ENTRY);
    return { ...indicator, target: b.at(r, 7), weight: b.at(r, 8) };
  });
  b.bounds(first, 1, 0, preset.weightTotal);
  b.bounds(first, 8, 0, RATIO, lastRow, 8);
  b.border(1, 0, lastRow, last);
  const ratio = b.at(first, 1);
  const weights = `${refToA1(b.at(first, 8))}:${refToA1(b.at(lastRow, 8))}`.replace(
    /([A-Z]+)(\d+)/g,
    '$$$1$$$2',
  );
  b.highlight(b.area(first, 1), `=SUM(${weights})<>${refToA1(ratio)}`, OVER_MAX_FILL);

  const region: Region = {
    kind: 'target',
    layout: 'target',
    sheet: '',
    range: b.area(0, 0, lastRow, last),
    title: '年度绩效目标表',
    titleCell: b.at(0, 0),
    indicators,
    weightGroups: [],
    targetGoals: [{ name: '年度绩效目标1', nameCell: b.at(first, 0), ratioCell: ratio, indicators }],
  };
  b.height(1, 24, 2);
  return finishTemplate(b, TARGET_INFO, region, preset, {
    columnWidths: [14, 10, 12, 18, 22, 10, 10, 12, 10, 14],
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: true },
  });
}
