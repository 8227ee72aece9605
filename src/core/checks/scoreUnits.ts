import { CellRef } from '../address';
import { Indicator } from '../model';
import { CheckContext } from './context';

/**
 * The indicators that share one weight. Usually a single row with its own 分值; on label-weighted forms a
 * 二级 label (`数量指标（12分）`) merged or repeated over several rows, whose rows' scores together earn it.
 */
export interface ScoreUnit {
  rows: Indicator[];
  /** Points the unit is worth, or null when nothing states them. */
  weight: number | null;
  /** The distinct score cells of the unit's rows, top to bottom. */
  scoreCells: CellRef[];
}

function keyOf(ref: CellRef): string {
  return `${ref.row},${ref.col}`;
}

/** Splits a region's indicators into units, in row order. */
export function scoreUnits(ctx: CheckContext, indicators: Indicator[]): ScoreUnit[] {
  const units: ScoreUnit[] = [];
  const byLabel = new Map<string, ScoreUnit>();
  /** A 分值 merged down over a 二级 group's rows: the rows under it earn it together. */
  let merged: { unit: ScoreUnit; bottom: number } | null = null;
  for (const ind of indicators) {
    const key = ind.labelWeight ? keyOf(ind.labelWeight.cell) : null;
    if (!key && !ind.weight && merged && ind.row <= merged.bottom) {
      merged.unit.rows.push(ind);
      if (ind.score && !merged.unit.scoreCells.some((c) => keyOf(c) === keyOf(ind.score as CellRef)))
        merged.unit.scoreCells.push(ind.score);
      continue;
    }
    let unit = key ? byLabel.get(key) : undefined;
    if (!unit) {
      unit = {
        rows: [],
        weight: ind.labelWeight ? ind.labelWeight.points : ctx.num(ind.weight),
        scoreCells: [],
      };
      units.push(unit);
      if (key) byLabel.set(key, unit);
    }
    unit.rows.push(ind);
    if (ind.score && !unit.scoreCells.some((c) => keyOf(c) === keyOf(ind.score as CellRef)))
      unit.scoreCells.push(ind.score);
    const area = ind.weight ? ctx.grid.areaOf(ind.weight.row, ind.weight.col) : null;
    merged = area && area.bottom > area.top ? { unit, bottom: area.bottom } : key ? merged : null;
  }
  return units;
}

/** The unit's score as shown: the sum of its score cells that hold numbers, null when none does. */
export function unitScore(ctx: CheckContext, unit: ScoreUnit): number | null {
  const values = unit.scoreCells.map((c) => ctx.num(c)).filter((n): n is number => n !== null);
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0);
}
