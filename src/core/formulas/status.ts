import { isBlankCell, readNumber } from '../cellText';
import { CellValue } from '../grid';
import { isSameFormula } from './sameFormula';
import { FormulaRole, FormulaStatus } from './types';

export interface CurrentCell {
  value: CellValue;
  formula: string | null;
  numberFormat: string | null;
}

/** The two values read as the same: within tolerance, or equal to the digits a typed percent shows. */
export function sameValue(
  current: CellValue,
  numberFormat: string | null,
  computed: CellValue,
  role: FormulaRole,
  tolerance: number,
): boolean {
  const emptyLike = (v: CellValue) => v === null || v === '';
  if (emptyLike(computed)) return emptyLike(current) || isBlankCell(current);
  // Text results (a grade, an error code) must match as written.
  if (typeof computed === 'string') return typeof current === 'string' && current.trim() === computed.trim();
  if (typeof computed !== 'number') return current === computed;
  const read = readNumber(current, numberFormat);
  if (read.kind !== 'number') return false;
  if (Math.abs(read.value - computed) <= tolerance + 1e-9) return true;
  // A rate typed or shown with fewer digits (`99%` for 98.53%) is the same rate as shown.
  if (role === 'rate' && read.decimals !== null) {
    const digits = read.percent ? read.decimals + 2 : read.decimals;
    return Number(computed.toFixed(digits)) === Number(read.value.toFixed(digits));
  }
  return false;
}

/**
 * unchanged: our formula is there with the value it gives; write: nothing a person typed would be lost
 * (empty, a blank mark, another formula, a stale cache, or a constant equal to the result); conflict: a
 * constant that differs from the result.
 */
export function formulaStatus(
  current: CurrentCell,
  formula: string,
  computed: CellValue,
  role: FormulaRole,
  tolerance: number,
): FormulaStatus {
  const same = () => sameValue(current.value, current.numberFormat, computed, role, tolerance);
  if (isSameFormula(current.formula, formula)) return same() ? 'unchanged' : 'write';
  if (current.formula) return 'write';
  if (current.value === null || isBlankCell(current.value)) return 'write';
  if (typeof current.value === 'string' && current.value.trim() === '') return 'write';
  return same() ? 'write' : 'conflict';
}
