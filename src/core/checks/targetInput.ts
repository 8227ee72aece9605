import { Grid, CellValue } from '../grid';
import { Indicator } from '../model';
import { isPercentFormat } from '../text/numberFormat';
import { CellRef } from '../address';
import { parseTarget, Target } from '../text/target';

/** What `parseTarget` reads for one side of an indicator: the cell's value and its number format. */
export interface TargetInput {
  value: CellValue;
  format: string | null;
}

/** 指标性质 words as operators: `正向` is "at least", `反向` "at most"; `定量` / `定性` say nothing. */
function natureOperator(text: string): string {
  const t = text.replace(/\s/g, '');
  if (/^(≥|>=|＞=|≧|>|＞|≤|<=|≦|<|＜|=|＝)$/.test(t)) return t;
  if (t === '正向') return '≥';
  if (t === '反向') return '≤';
  return '';
}

const STARTS_WITH_OPERATOR =
  /^\s*(≥|>=|≧|>|＞|≤|<=|≦|<|＜|=|＝|不低于|不少于|不高于|不超过|大于|小于|高于|低于)/;

function plain(grid: Grid, ref: CellRef): { text: string; percent: boolean } | null {
  const v = grid.value(ref.row, ref.col);
  if (v === null) return null;
  const percent = typeof v === 'number' && isPercentFormat(grid.numberFormat(ref.row, ref.col));
  if (typeof v === 'number') return { text: String(percent ? Math.round(v * 1e10) / 1e8 : v), percent };
  return { text: String(v).trim(), percent: false };
}

function unitOf(grid: Grid, ind: Indicator): string {
  if (!ind.targetUnit) return '';
  const u = grid.value(ind.targetUnit.row, ind.targetUnit.col);
  return typeof u === 'string' ? u.trim() : '';
}

/** A number standing alone, in the split target's unit (`96` under `%` reads `96%`). */
function withUnit(p: { text: string; percent: boolean }, unit: string): string {
  if (p.percent) return `${p.text}%`;
  return unit && /^[\d.,\s]+$/.test(p.text) ? `${p.text}${unit}` : p.text;
}

/**
 * The target as one value: the 年度指标值 cell, or a target split over 指标性质 | 指标值 | 度量单位 read as
 * one (`≥` + `95` + `%` is `≥95%`, DOMAIN §8).
 */
export function targetInput(grid: Grid, ind: Indicator): TargetInput | null {
  if (!ind.target) return null;
  const { row, col } = ind.target;
  if (!ind.targetNature && !ind.targetUnit)
    return { value: grid.value(row, col), format: grid.numberFormat(row, col) };
  const value = plain(grid, ind.target);
  if (value === null) return { value: null, format: null };
  const natureCell = ind.targetNature && grid.value(ind.targetNature.row, ind.targetNature.col);
  const nature = typeof natureCell === 'string' ? natureOperator(natureCell) : '';
  const op = STARTS_WITH_OPERATOR.test(value.text) ? '' : nature;
  return { value: `${op}${withUnit(value, unitOf(grid, ind))}`, format: null };
}

/** The actual value; under a split target a bare number takes the target's unit (完成值 `96` under `%`). */
export function actualInput(grid: Grid, ind: Indicator): TargetInput | null {
  if (!ind.actual) return null;
  const { row, col } = ind.actual;
  if (!ind.targetUnit) return { value: grid.value(row, col), format: grid.numberFormat(row, col) };
  const value = plain(grid, ind.actual);
  if (value === null) return { value: null, format: null };
  return { value: withUnit(value, unitOf(grid, ind)), format: null };
}

const parsedCache = new WeakMap<Grid, Map<string, Target>>();

function memo(grid: Grid, key: string, read: () => Target): Target {
  let cache = parsedCache.get(grid);
  if (!cache) {
    cache = new Map();
    parsedCache.set(grid, cache);
  }
  const hit = cache.get(key);
  if (hit) return hit;
  const parsed = read();
  cache.set(key, parsed);
  return parsed;
}

/** The target as read (`parseTarget`), once per grid and cell: the checks and the declared-target pairing share it. */
export function parsedTarget(grid: Grid, ind: Indicator): Target | null {
  if (!ind.target) return null;
  return memo(grid, `t${ind.target.row},${ind.target.col}`, () => {
    const input = targetInput(grid, ind) as TargetInput;
    return parseTarget(input.value, input.format);
  });
}

/** The actual value as read, once per grid and cell. */
export function parsedActual(grid: Grid, ind: Indicator): Target | null {
  if (!ind.actual) return null;
  return memo(grid, `a${ind.actual.row},${ind.actual.col}`, () => {
    const input = actualInput(grid, ind) as TargetInput;
    return parseTarget(input.value, input.format);
  });
}
