import { fmt } from './checks/context';
import { ScoringRule } from './presets';
import { meets } from './text/meets';
import { Target } from './text/target';
import { unitConversion } from './text/units';

/** The score an indicator's completion allows under the scoring rule, and the arithmetic that gives it. */
export interface RuleScore {
  /** Lowest and highest score the rule allows (equal for quantitative indicators). */
  low: number;
  high: number;
  /** `97 ÷ 100 × 15 = 14.55`, or the band (`部分达成：60%–80% × 10`); written only when a finding needs it. */
  arithmetic(): { zh: string; en: string };
}

const round2 = (x: number) => Math.round((x + Number.EPSILON) * 100) / 100;

/** Qualitative actuals that state their band, as the finance platform's forms write them. */
function statedBand(actual: Target): 'achieved' | 'partly' | 'missed' | null {
  if (actual.kind !== 'qualitative') return null;
  const t = actual.text.replace(/\s/g, '');
  if (t === '部分达成') return 'partly';
  if (t === '未达成') return 'missed';
  if (t === '达成' || t === '全部达成') return 'achieved';
  return null;
}

function bandScore(band: 'achieved' | 'partly' | 'missed', points: number, rule: ScoringRule): RuleScore {
  const { achieved, partly } = rule.bands;
  const [lo, hi, zh] =
    band === 'achieved'
      ? [achieved, 1, '达成']
      : band === 'partly'
        ? [partly, achieved, '部分达成']
        : [0, partly, '未达成'];
  const pct = (x: number) => `${round2(x * 100)}%`;
  const low = round2(points * lo);
  const high = round2(points * hi);
  const range = `${pct(lo)}–${pct(hi)} × ${fmt(points)} = ${fmt(low)}–${fmt(high)}`;
  return { low, high, arithmetic: () => ({ zh: `${zh}：${range}`, en: `${band}: ${range}` }) };
}

function exact(value: number, terms: () => [zh: string, en: string]): RuleScore {
  const v = round2(value);
  return {
    low: v,
    high: v,
    arithmetic: () => {
      const [zh, en] = terms();
      return { zh: `${zh} = ${fmt(v)}`, en: `${en} = ${fmt(v)}` };
    },
  };
}

/**
 * What the rule allows for an indicator worth `points` (DOMAIN §9): full points when the target is met; a
 * positive target missed, points × actual ÷ target; a negative one, points × target ÷ actual (`ratio`) or
 * points × (1 − (actual − target) ÷ target), never below 0 (`linear`). Exact targets (`=`), ranges, dates,
 * incomparable units and qualitative text other than a stated band: null, a judgement.
 */
export function ruleScore(
  target: Target,
  actual: Target,
  points: number,
  opts: { cost: boolean; rule: ScoringRule },
): RuleScore | null {
  const band = statedBand(actual);
  if (band) return bandScore(band, points, opts.rule);
  if (target.kind !== 'numeric' || actual.kind !== 'numeric') return null;
  if (actual.op !== 'none' || target.percent !== actual.percent) return null;
  const factor = actual.unit === null || target.unit === null ? 1 : unitConversion(actual.unit, target.unit);
  if (factor === null) return null;
  const met = meets(target, actual, { cost: opts.cost });
  if (met === null) return null;
  if (met) return exact(points, () => ['已达标：满分', 'met: full points']);
  const op = target.op !== 'none' ? target.op : opts.cost && !target.percent ? '<=' : '>=';
  if (op === '=') return null;
  const t = target.value;
  const a = actual.value * factor;
  const shown = (x: number) => (target.percent ? `${fmt(round2(x * 100))}%` : fmt(x));
  if (op === '>=' || op === '>') {
    if (t <= 0) return null;
    return exact((points * a) / t, () => [
      `${shown(a)} ÷ ${shown(t)} × ${fmt(points)}`,
      `${shown(a)} / ${shown(t)} × ${fmt(points)}`,
    ]);
  }
  if (a <= 0 || t <= 0) return null;
  if (opts.rule.negative === 'ratio')
    return exact((points * t) / a, () => [
      `${shown(t)} ÷ ${shown(a)} × ${fmt(points)}`,
      `${shown(t)} / ${shown(a)} × ${fmt(points)}`,
    ]);
  const linear = Math.max(0, points * (1 - (a - t) / t));
  return exact(linear, () => [
    `${fmt(points)} × (1 − (${shown(a)} − ${shown(t)}) ÷ ${shown(t)})`,
    `${fmt(points)} × (1 − (${shown(a)} − ${shown(t)}) / ${shown(t)})`,
  ]);
}
