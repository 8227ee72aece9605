import { refToA1 } from '../address';
import { Indicator, WeightGroup } from '../model';
import { PORTRAIT_A4, TemplatePage } from './finish';
import { level1Runs, StandardRow, withPoints } from './indicatorRows';
import { exceedsFormula, OVER_MAX_FILL } from './overMax';
import { HEADING, LABEL, SCORE, SheetBuilder, TEXT_ENTRY } from './sheetBuilder';

export interface LabelWeightedTable {
  indicators: Indicator[];
  /** One group per 一级 label (`产出指标（30分）`), its indicators carrying the 二级 points. */
  level1Groups: WeightGroup[];
  lastRow: number;
}

/** Widths of columns A–G of the wuhan2020 and department forms, which are laid out around this table. */
export const LABEL_WEIGHTED_PAGE: TemplatePage = {
  columnWidths: [12, 16, 26, 22, 12, 12, 8],
  print: PORTRAIT_A4,
};

/**
 * The indicator table of the wuhan2020 and department forms, columns A–G: block label A (merged over the
 * header and rows), 一级 B, 二级 C, 指标名称 D, 年初目标值 E, 实际完成值 F, 得分 G, with the points written
 * into the 一级 and 二级 labels. Scores are bounded by their label's points; a score above them turns red,
 * reading the points back out of the label so that an edited weight still counts.
 */
export function labelWeightedTable(
  b: SheetBuilder,
  head: number,
  blockLabel: string,
  headings: string[],
  rows: StandardRow[],
): LabelWeightedTable {
  const first = head + 1;
  const lastRow = first + rows.length - 1;
  b.span(head, 0, lastRow, 0, blockLabel, LABEL);
  headings.forEach((h, i) => b.set(head, 1 + i, h, HEADING));
  b.height(head, 30);
  const indicators: Indicator[] = rows.map((ind, i) => {
    const r = first + i;
    const label = withPoints(ind.level2, ind.weight);
    b.set(r, 2, label, LABEL);
    b.set(r, 3, null, TEXT_ENTRY);
    b.set(r, 4, null, LABEL);
    b.set(r, 5, null, LABEL);
    b.set(r, 6, null, SCORE);
    b.bounds(r, 6, 0, ind.weight);
    return {
      row: b.at(r, 0).row,
      level1: ind.level1,
      level2: label,
      level2Cell: b.at(r, 2),
      name: '',
      nameCell: b.at(r, 3),
      target: b.at(r, 4),
      actual: b.at(r, 5),
      labelWeight: { points: ind.weight, cell: b.at(r, 2) },
      score: b.at(r, 6),
    };
  });
  const level1Groups: WeightGroup[] = level1Runs(rows).map((run) => {
    const label = withPoints(run.level1, run.weight);
    b.span(first + run.start, 1, first + run.end, 1, label, LABEL);
    const members = indicators.slice(run.start, run.end + 1);
    members.forEach((m) => (m.level1 = label));
    members.forEach((m) => (m.level1Cell = b.at(first + run.start, 1)));
    return {
      label,
      cell: b.at(first + run.start, 1),
      points: run.weight,
      level: 'level1',
      indicatorRows: members.map((m) => m.row),
      children: [],
    };
  });
  const label = refToA1(b.at(first, 2));
  const points = `--MID(${label},FIND("（",${label})+1,FIND("分）",${label})-FIND("（",${label})-1)`;
  // the points are read from the label (`数量指标（10分）`): a label without them is no error, only no highlight
  b.highlight(
    b.area(first, 6, lastRow, 6),
    `=IFERROR(${exceedsFormula(b.at(first, 6), points).slice(1)},FALSE)`,
    OVER_MAX_FILL,
  );
  return { indicators, level1Groups, lastRow };
}
