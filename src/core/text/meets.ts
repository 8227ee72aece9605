import { Target } from './target';
import { unitConversion } from './units';

/** A set of numbers a value may take: a point, a half-line (`≥80%`) or an interval (`97%-100%`). */
interface Interval {
  low: number;
  lowOpen: boolean;
  high: number;
  highOpen: boolean;
}

type Quantified = Extract<Target, { kind: 'numeric' } | { kind: 'range' }>;
type DateTarget = Extract<Target, { kind: 'date' }>;

/**
 * true = actual meets target, false = clearly not met, null = cannot tell (incomparable units,
 * qualitative, …). No operator means at least, except `cost` targets that are amounts (not percents): at
 * most. Dates are deadlines; an actual month more than six months before the target month is next year.
 * Ranges: actual inside [low, high]. An actual with an operator is decided only when every value it allows
 * gives the same answer.
 */
export function meets(target: Target, actual: Target, opts: { cost: boolean }): boolean | null {
  if (target.kind === 'date' && actual.kind === 'date') return meetsDeadline(target, actual);
  if (!isQuantified(target) || !isQuantified(actual)) return null;
  if (target.percent !== actual.percent) return null;
  const factor = conversion(actual.unit, target.unit);
  if (factor === null) return null;
  const allowed = targetInterval(target, opts.cost);
  const claimed = scale(intervalOf(actual), factor);
  if (contains(allowed, claimed)) return true;
  if (disjoint(allowed, claimed)) return false;
  return null;
}

function isQuantified(t: Target): t is Quantified {
  return t.kind === 'numeric' || t.kind === 'range';
}

/** Factor from the actual's unit to the target's; one side without a unit compares as it stands. */
function conversion(actualUnit: string | null, targetUnit: string | null): number | null {
  if (actualUnit === null || targetUnit === null) return 1;
  return unitConversion(actualUnit, targetUnit);
}

function targetInterval(target: Quantified, cost: boolean): Interval {
  if (target.kind === 'range') return closed(target.low, target.high);
  const op = target.op !== 'none' ? target.op : cost && !target.percent ? '<=' : '>=';
  return comparisonInterval(op, target.value);
}

function intervalOf(t: Quantified): Interval {
  if (t.kind === 'range') return closed(t.low, t.high);
  return comparisonInterval(t.op === 'none' ? '=' : t.op, t.value);
}

function comparisonInterval(op: '>=' | '>' | '<=' | '<' | '=', v: number): Interval {
  switch (op) {
    case '>=':
      return { low: v, lowOpen: false, high: Infinity, highOpen: true };
    case '>':
      return { low: v, lowOpen: true, high: Infinity, highOpen: true };
    case '<=':
      return { low: -Infinity, lowOpen: true, high: v, highOpen: false };
    case '<':
      return { low: -Infinity, lowOpen: true, high: v, highOpen: true };
    case '=':
      return closed(v, v);
  }
}

function closed(low: number, high: number): Interval {
  return { low, lowOpen: false, high, highOpen: false };
}

function scale(i: Interval, factor: number): Interval {
  return factor === 1 ? i : { ...i, low: i.low * factor, high: i.high * factor };
}

/** Equal up to floating-point noise (unit conversions, parsed decimals). */
function same(a: number, b: number): boolean {
  if (a === b) return true;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

function below(a: number, b: number): boolean {
  return a < b && !same(a, b);
}

/** Every value of `inner` lies in `outer`. */
function contains(outer: Interval, inner: Interval): boolean {
  const lowOk = same(inner.low, outer.low) ? !outer.lowOpen || inner.lowOpen : below(outer.low, inner.low);
  const highOk = same(inner.high, outer.high)
    ? !outer.highOpen || inner.highOpen
    : below(inner.high, outer.high);
  return lowOk && highOk;
}

/** No value lies in both. */
function disjoint(a: Interval, b: Interval): boolean {
  return endsBefore(a, b) || endsBefore(b, a);
}

function endsBefore(first: Interval, second: Interval): boolean {
  if (same(first.high, second.low)) return first.highOpen || second.lowOpen;
  return below(first.high, second.low);
}

/** Deadlines: met when the actual date is on or before the target date. */
function meetsDeadline(target: DateTarget, actual: DateTarget): boolean | null {
  const targetDay = dayNumber(target.month, target.day);
  let actualDay = dayNumber(actual.month, actual.day);
  if (target.year !== undefined && actual.year !== undefined) {
    actualDay += (actual.year - target.year) * 12 * 32;
  } else {
    // One fiscal year: a month more than six months before the target's is next year, more than six
    // after it is last year (`12月20日` → `1月31日` is late).
    const monthsAfter = actual.month - target.month;
    if (monthsAfter < -6) actualDay += 12 * 32;
    else if (monthsAfter > 6) actualDay -= 12 * 32;
  }
  if (actualDay <= targetDay) return true;
  // `12月31日前` as an actual only says "no later than": late is not certain.
  return actual.op === '<=' ? null : false;
}

/** Orders dates within and across years; days are spaced so that months never overlap. */
function dayNumber(month: number, day: number): number {
  return month * 32 + day;
}
