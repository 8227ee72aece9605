import { Grid, CellValue } from '../grid';
import { Indicator } from '../model';
import { isPercentFormat } from '../text/numberFormat';
import { CellRef } from '../address';

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
