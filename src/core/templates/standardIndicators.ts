import { Indicator } from '../model';
import { LEVEL1_CHOICES, LEVEL2_CHOICES, level1Runs, StandardRow } from './indicatorRows';
import { LABEL, SheetBuilder, TEXT_ENTRY } from './sheetBuilder';

/** An indicator row's cells that every layout has; the layout adds its own columns. */
export type StandardIndicator = Pick<
  Indicator,
  'row' | 'level1' | 'level1Cell' | 'level2' | 'level2Cell' | 'name' | 'nameCell'
>;

/**
 * The label columns of an indicator table with the standard labels, from relative row `first`: 一级 in
 * `level1Col` (merged over its run), 二级 next to it, a blank 指标名称 after that; both label columns offer the
 * standard choices. `addColumns` lays out the rest of each row and completes its indicator.
 */
export function standardIndicators(
  b: SheetBuilder,
  first: number,
  level1Col: number,
  rows: StandardRow[],
  addColumns: (r: number, indicator: StandardIndicator, row: StandardRow) => Indicator,
): Indicator[] {
  const level2Col = level1Col + 1;
  const nameCol = level1Col + 2;
  const lastRow = first + rows.length - 1;
  const runs = level1Runs(rows);
  for (const run of runs) b.span(first + run.start, level1Col, first + run.end, level1Col, run.level1, LABEL);
  const indicators = rows.map((ind, i) => {
    const r = first + i;
    b.set(r, level2Col, ind.level2, LABEL);
    b.set(r, nameCol, null, TEXT_ENTRY);
    const runStart = runs.find((x) => i >= x.start && i <= x.end)?.start ?? i;
    const standard: StandardIndicator = {
      row: b.at(r, 0).row,
      level1: ind.level1,
      level1Cell: b.at(first + runStart, level1Col),
      level2: ind.level2,
      level2Cell: b.at(r, level2Col),
      name: '',
      nameCell: b.at(r, nameCol),
    };
    return addColumns(r, standard, ind);
  });
  b.list(first, level1Col, lastRow, level1Col, LEVEL1_CHOICES);
  b.list(first, level2Col, lastRow, level2Col, LEVEL2_CHOICES);
  return indicators;
}
