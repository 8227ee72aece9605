import { alternationOf } from './pattern';

/**
 * Comparison words and signs written around a number: `≥90%`, `不低于90%`, `90%以上`, `≤15个工作日`,
 * `15个工作日以内`, `25名之前`, `=10`. Symbols arrive width-folded (`＞` → `>`, `≧` → `≥`).
 */

export type Comparison = '>=' | '>' | '<=' | '<' | '=';

const PREFIXES: Record<string, Comparison> = {
  '>=': '>=',
  '=>': '>=',
  '≥': '>=',
  '≮': '>=',
  不低于: '>=',
  不少于: '>=',
  不小于: '>=',
  不得低于: '>=',
  不得少于: '>=',
  大于等于: '>=',
  大于或等于: '>=',
  至少: '>=',
  最少: '>=',
  达到: '>=',
  '>': '>',
  大于: '>',
  高于: '>',
  多于: '>',
  超过: '>',
  '<=': '<=',
  '=<': '<=',
  '≤': '<=',
  '≯': '<=',
  不超过: '<=',
  不高于: '<=',
  不多于: '<=',
  不大于: '<=',
  不得超过: '<=',
  不得高于: '<=',
  小于等于: '<=',
  小于或等于: '<=',
  最多: '<=',
  至多: '<=',
  控制在: '<=',
  前: '<=',
  '<': '<',
  小于: '<',
  低于: '<',
  少于: '<',
  '==': '=',
  '=': '=',
  等于: '=',
};

const SUFFIXES: Record<string, Comparison> = {
  以上: '>=',
  及以上: '>=',
  或以上: '>=',
  之上: '>=',
  以下: '<=',
  及以下: '<=',
  或以下: '<=',
  以内: '<=',
  之内: '<=',
  内: '<=',
  之前: '<=',
  以前: '<=',
  前: '<=',
};

export const PREFIX_PATTERN = alternationOf(Object.keys(PREFIXES));
export const SUFFIX_PATTERN = alternationOf(Object.keys(SUFFIXES));

export function prefixComparison(word: string): Comparison | undefined {
  return PREFIXES[word];
}

export function suffixComparison(word: string): Comparison | undefined {
  return SUFFIXES[word];
}

/**
 * One comparison from a prefix and a suffix written together (`不低于90%以上`); null when they disagree
 * (`控制在90%以上`) — such text is not read as a value.
 */
export function combineComparisons(
  prefix: Comparison | undefined,
  suffix: Comparison | undefined,
): Comparison | 'none' | null {
  if (!prefix) return suffix ?? 'none';
  if (!suffix) return prefix;
  const upward = (c: Comparison) => (c === '>=' || c === '>' ? 1 : c === '<=' || c === '<' ? -1 : 0);
  if (prefix === '=' || upward(prefix) !== upward(suffix)) return null;
  return prefix;
}
