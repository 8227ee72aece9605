import { foldWidth, stripWhitespace, WHITESPACE } from './fold';
import { reportedUnit, UNIT_PATTERN } from './units';

/**
 * A number as written in a cell, with its percent sign or unit: `1,343.08`, `98.8%`, `10.00分`, `次/30天`.
 * The readers build their grammars from the patterns here.
 */
export interface Quantity {
  /** Percents as fractions: `98.8%` → 0.988. */
  value: number;
  percent: boolean;
  unit: string | null;
  /** Digits written after the decimal point. */
  decimals: number;
}

/** Thousands separators only in groups of three (`1,343.08`); no sign, no exponent. */
const NUMBER_PATTERN = '(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d*)?|\\.\\d+';

/** Three capture groups: the number, the percent sign, the unit. */
export const QUANTITY_PATTERN = `(${NUMBER_PATTERN})(%)?(${UNIT_PATTERN})?`;

const SPACE_INSIDE_NUMBER = new RegExp(`[\\d.,]${WHITESPACE}+[\\d.,]`);

/**
 * Width-folded text without whitespace, ready for the grammars; null when whitespace splits a number
 * (`1 343`), which a person could read more than one way.
 */
export function compactText(text: string): string | null {
  const folded = foldWidth(text).trim();
  if (SPACE_INSIDE_NUMBER.test(folded)) return null;
  return stripWhitespace(folded);
}

/**
 * Builds a quantity from the three captured parts; null when it has both a percent sign and a unit, or the
 * number does not fit a double. `percent` may be forced by the caller (`97-100%` puts both ends in percent).
 */
export function toQuantity(
  numberText: string,
  percent: boolean,
  unitText: string | undefined,
): Quantity | null {
  if (percent && unitText) return null;
  const digits = numberText.replace(/,/g, '');
  const point = digits.indexOf('.');
  // Shifting the exponent in the literal keeps 98.8% exactly 0.988 (98.8 / 100 would not be).
  const value = Number(percent ? `${digits}e-2` : digits);
  if (!Number.isFinite(value)) return null;
  return {
    value,
    percent,
    unit: unitText ? reportedUnit(unitText) : null,
    decimals: point < 0 ? 0 : digits.length - point - 1,
  };
}
