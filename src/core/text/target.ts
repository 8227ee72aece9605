import { CellValue, isErrorValue } from '../grid';
import { isBlankText } from './blank';
import { formatShowsYear, isDateFormat, isPercentFormat, serialToDate } from './numberFormat';
import {
  combineComparisons,
  Comparison,
  PREFIX_PATTERN,
  prefixComparison,
  SUFFIX_PATTERN,
  suffixComparison,
} from './operators';
import { compactText, QUANTITY_PATTERN, toQuantity } from './quantity';
import { unitConversion } from './units';

export type Target =
  | { kind: 'blank' }
  | { kind: 'numeric'; op: Comparison | 'none'; value: number; unit: string | null; percent: boolean }
  | { kind: 'range'; low: number; high: number; unit: string | null; percent: boolean }
  /** `year` only when the cell shows one (`2021年1月31日`, a date formatted `yyyy/m/d`). */
  | { kind: 'date'; month: number; day: number; op: '<=' | 'none'; year?: number }
  | { kind: 'qualitative'; text: string };

const NUMERIC = new RegExp(`^(${PREFIX_PATTERN})?(-)?${QUANTITY_PATTERN}(${SUFFIX_PATTERN})?$`);
const RANGE = new RegExp(`^${QUANTITY_PATTERN}(?:-|~|—|–|―|——|至|到)${QUANTITY_PATTERN}(?:之间)?$`);

const DEADLINE_PREFIX = '截至|截止到|截止|不晚于|不迟于|≤|<=';
const DEADLINE_SUFFIX = '之前|以前|前|之内|以内|内|为止|止';
const DATE = new RegExp(
  `^(?:(${DEADLINE_PREFIX})|于|在)?(?:(\\d{4})年)?(\\d{1,2})月(?:(\\d{1,2})[日号]|(?:底|末))(${DEADLINE_SUFFIX})?(?:完成|完工|办结)?$`,
);

/**
 * Parses a target or an actual value (actuals carry operators too, e.g. `≤80%`, `≥80%`). Anything that is
 * not a short number-with-operator/unit expression, a range or a date is qualitative, sentences with a
 * number inside included (`全年预计化解矛盾纠纷2500件`, `财政拨款5万元`, `测评满意度≥90%`).
 */
export function parseTarget(v: CellValue, numberFormat?: string | null): Target {
  if (v === null) return { kind: 'blank' };
  if (typeof v === 'boolean') return { kind: 'qualitative', text: v ? 'TRUE' : 'FALSE' };
  if (typeof v === 'number') return numberTarget(v, numberFormat);
  const text = v.trim();
  if (isErrorValue(v)) return { kind: 'qualitative', text };
  if (isBlankText(v)) return { kind: 'blank' };
  const compact = compactText(v);
  const parsed =
    compact === null ? null : (dateTarget(compact) ?? rangeTarget(compact) ?? numericTarget(compact));
  return parsed ?? { kind: 'qualitative', text };
}

function numberTarget(v: number, numberFormat: string | null | undefined): Target {
  if (!Number.isFinite(v)) return { kind: 'qualitative', text: '#NUM!' };
  if (isDateFormat(numberFormat)) {
    const date = serialToDate(v);
    if (!date) return { kind: 'qualitative', text: String(v) };
    const target: Target = { kind: 'date', month: date.month, day: date.day, op: 'none' };
    return formatShowsYear(numberFormat) ? { ...target, year: date.year } : target;
  }
  return { kind: 'numeric', op: 'none', value: v, unit: null, percent: isPercentFormat(numberFormat) };
}

function numericTarget(compact: string): Target | null {
  const match = NUMERIC.exec(compact);
  if (!match) return null;
  const [, prefix, minus, numberText, percentSign, unitText, suffix] = match;
  const quantity = toQuantity(numberText, !!percentSign, unitText);
  if (!quantity) return null;
  const op = combineComparisons(
    prefix === undefined ? undefined : prefixComparison(prefix),
    suffix === undefined ? undefined : suffixComparison(suffix),
  );
  if (op === null) return null;
  const { value, unit, percent } = quantity;
  if (minus) {
    // `-100%` is `=100%` garbled by the PDF extraction (DECISIONS.md); any other minus sign in a target is
    // too uncertain to read.
    return percent && value === 1 && op === 'none'
      ? { kind: 'numeric', op: '=', value, unit, percent }
      : null;
  }
  if (namesYear(value, unit)) return null;
  return { kind: 'numeric', op, value, unit, percent };
}

function rangeTarget(compact: string): Target | null {
  const match = RANGE.exec(compact);
  if (!match) return null;
  const [, lowText, lowPercent, lowUnit, highText, highPercent, highUnit] = match;
  // `97-100%`: one percent sign covers both ends.
  const percent = !!lowPercent || !!highPercent;
  const low = toQuantity(lowText, percent, lowUnit);
  const high = toQuantity(highText, percent, highUnit);
  if (!low || !high || low.value > high.value) return null;
  if (low.unit !== null && high.unit !== null && unitConversion(low.unit, high.unit) !== 1) return null;
  const unit = high.unit ?? low.unit;
  if (namesYear(low.value, unit)) return null;
  return { kind: 'range', low: low.value, high: high.value, unit, percent };
}

/** `2020年` (or `2020-2021年`) names a year, not a number of years. */
function namesYear(value: number, unit: string | null): boolean {
  return unit === '年' && value >= 1900;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysIn(month: number, year: number | undefined): number {
  if (month !== 2 || year === undefined) return DAYS_IN_MONTH[month - 1];
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return leap ? 29 : 28;
}

function dateTarget(compact: string): Target | null {
  const match = DATE.exec(compact);
  if (!match) return null;
  const [, deadlinePrefix, yearText, monthText, dayText, deadlineSuffix] = match;
  const year = yearText === undefined ? undefined : Number(yearText);
  const month = Number(monthText);
  if (month < 1 || month > 12 || (year !== undefined && (year < 1900 || year > 2200))) return null;
  const last = daysIn(month, year);
  // `12月底` is the month's last day.
  const day = dayText === undefined ? last : Number(dayText);
  if (day < 1 || day > last) return null;
  const op = deadlinePrefix !== undefined || deadlineSuffix !== undefined ? '<=' : 'none';
  const target: Target = { kind: 'date', month, day, op };
  return year === undefined ? target : { ...target, year };
}
