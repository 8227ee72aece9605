/**
 * Column headings of the funds and indicator blocks, by role: one table of the words real forms print
 * (DOMAIN.md §1, §8). Headings are matched after `normalizeLabel` (no spaces or line breaks, `（）` folded to
 * `()`, no `：:`) and after `headingCore` drops what forms append to a heading: a bracketed letter, ratio or
 * unit (`(A)`, `(B/A)`, `(万元)`, `(%)`), a trailing `*` or `①`.
 */

export type FundsRole = 'initialBudget' | 'budget' | 'actual' | 'weight' | 'rate' | 'score';

export type IndicatorRole =
  | 'level1'
  | 'level2'
  | 'name'
  | 'target'
  /** `调整指标值` beside `年初指标值` (重庆): the target in force when it is filled in. */
  | 'adjustedTarget'
  | 'actual'
  | 'weight'
  | 'score'
  | 'reason'
  /** Sub-columns of a target split under a two-row header: 指标性质 / 指标值 / 度量单位. */
  | 'nature'
  | 'targetValue'
  | 'unit';

/** A role and the words that name it; the first entry that matches wins, so more specific words go first. */
type WordTable<R extends string> = readonly { role: R; words: RegExp }[];

/** Brackets forms append to a heading: letters, ratios, units, points (`(A)`, `(B/A)`, `(万元)`, `(20分*执行率)`). */
const TRAILING_BRACKETS = /(\([^()]*\))+$/;

/** The heading without what forms append to it. `得分(20分*执行率)` keeps its bracket (it states points). */
export function headingCore(norm: string): string {
  return norm
    .replace(/[*①②③④⑤]+$/, '')
    .replace(TRAILING_BRACKETS, '')
    .replace(/[*①②③④⑤]+$/, '');
}

const FUNDS_WORDS: WordTable<FundsRole> = [
  { role: 'initialBudget', words: /^年初(预算|批复)(数|金额|资金)?$/ },
  // `全年（调整）预算数`: the adjusted budget with its qualifier in brackets (重庆)
  { role: 'budget', words: /^(全年|调整后?|年度|全年调整后?)?(\(调整后?\))?预算(数|金额|资金)?$/ },
  { role: 'actual', words: /^(全年|实际|年度|预算|全年实际)?(执行|支出)(数|金额)?$/ },
  // `执行率权重`, `执行率得分`: the points and score of the rate, not the rate itself (重庆)
  { role: 'weight', words: /^(指标|执行率)?(分值|权重|标准分)$|^指标分值权重/ },
  { role: 'score', words: /^执行率(得分|评分)/ },
  { role: 'rate', words: /^(预算)?执行率/ },
  { role: 'score', words: /^(得分|自评分|自评得分|评分)/ },
];

const INDICATOR_WORDS: WordTable<IndicatorRole> = [
  { role: 'level1', words: /^一级指标(名称)?$/ },
  { role: 'level2', words: /^二级指标(名称)?$/ },
  { role: 'name', words: /^(三级指标|指标内容|指标名称|明细指标|评价指标|具体指标|绩效指标名称)/ },
  { role: 'reason', words: /原因/ },
  { role: 'nature', words: /^(指标)?(性质|属性|类型|方向)$|^(计算|比较)符号$/ },
  { role: 'unit', words: /^(度量|计量|考核)?单位$/ },
  { role: 'adjustedTarget', words: /^(调整后?|全年调整后?|全年\(调整后?\))(的)?(指标|目标)值$/ },
  {
    role: 'target',
    words:
      /^(年度|年初|预期|计划|全年|本年)?(指标|目标|计划)值$|^(年度|年初)?(绩效)?目标值$|^(预期|计划)指标值$/,
  },
  {
    role: 'actual',
    words: /^(全年|年度|本年|年终|年末)?(实际完成|完成|实际)(指标)?(值|情况|数)?$|^(全年)?实际(值|数)$/,
  },
  { role: 'weight', words: /^(指标)?(分值|权重|标准分|满分)$/ },
  { role: 'score', words: /^(得分|自评分|自评得分|评分|指标得分|实际得分)$/ },
];

/** Sub-headings under a split target: the value itself is `指标值` (or just `值`, `数值`). */
const TARGET_VALUE_WORDS = /^(指标|目标)?(值|数值)$/;

function roleOf<R extends string>(table: WordTable<R>, text: string): R | null {
  for (const entry of table) if (entry.words.test(text)) return entry.role;
  return null;
}

/** Headings repeat on every form of a sheet: each word is matched once. */
const fundsRoleCache = new Map<string, FundsRole | null>();
const indicatorRoleCache = new Map<string, IndicatorRole | null>();

function cached<R>(cache: Map<string, R>, norm: string, read: (n: string) => R): R {
  if (cache.has(norm)) return cache.get(norm) as R;
  const role = read(norm);
  if (cache.size > 20000) cache.clear();
  cache.set(norm, role);
  return role;
}

export function fundsHeaderRole(norm: string): FundsRole | null {
  return cached(fundsRoleCache, norm, readFundsRole);
}

export function indicatorHeaderRole(norm: string): IndicatorRole | null {
  return cached(indicatorRoleCache, norm, readIndicatorRole);
}

function readFundsRole(norm: string): FundsRole | null {
  if (norm.length > 20) return null;
  // 得分计算方法, 执行率说明: columns that describe, never hold, a value
  if (/依据|说明|解释|标准|方法/.test(norm)) return null;
  return roleOf(FUNDS_WORDS, norm) ?? roleOf(FUNDS_WORDS, headingCore(norm));
}

function readIndicatorRole(norm: string): IndicatorRole | null {
  if (norm.length > 24) return null;
  if (/原因/.test(norm)) return 'reason';
  // 指标值确定依据, 指标解释, 评分标准, 计算方法: columns that describe, never hold, a value
  if (/依据|说明|解释|标准|方法/.test(norm)) return null;
  return roleOf(INDICATOR_WORDS, norm) ?? roleOf(INDICATOR_WORDS, headingCore(norm));
}

/** A sub-heading of a split target (`指标性质`, `指标值`, `度量单位`), or null. */
export function targetPartRole(norm: string): 'nature' | 'targetValue' | 'unit' | null {
  const core = headingCore(norm);
  if (TARGET_VALUE_WORDS.test(core)) return 'targetValue';
  const role = indicatorHeaderRole(norm);
  if (role === 'nature' || role === 'unit') return role;
  if (role === 'target') return 'targetValue';
  return null;
}
