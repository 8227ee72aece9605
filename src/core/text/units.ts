import { alternationOf } from './pattern';

/**
 * Units written after a number: money (`万元`), counts with a measure word (`个`, `条街道`, `个工作日`),
 * time and size, and compounds with a denominator (`次/30天`, `人/次`, `元/月/部`). Only these count as a
 * unit: any other word after a number makes the text a sentence, not a value.
 */

/** Money units and their size in 元; 万元 and 元 convert into each other. */
const MONEY_IN_YUAN: Record<string, number> = { 元: 1, 千元: 1e3, 万元: 1e4, 亿元: 1e8 };
/** `100万` in a 万元 column means 100 万元. */
const MONEY_SHORTHAND: Record<string, string> = { 万: '万元', 亿: '亿元' };

/** Measure words that stand alone after a number (`26个`, `2场`, `10.00分`) or before a noun (`12条街道`). */
const MEASURE_WORDS = words(
  '个 次 人 本 场 分 名 台 套 户 件 项 家 所 条 块 张 份 篇 期 批 辆 部 座 处 间 册 支 棵 株 盏 只 位 组 起 宗 例 类 门 架 艘 根 把 幅 副 节 堂 轮 届 卷 袋 箱 盒 瓶 双 栋 层',
);
/** Nouns that may follow a measure word: `条街道`, `个社区`, `个工作日`, `个月`. */
const COUNTED_NOUNS = words(
  '工作日 街道 社区 村 小区 单位 企业 学校 乡镇 部门 项目 网格 村居 月 小时 门店 党员 学生 家庭 课时',
);
/** Units that are words of their own. */
const OTHER_UNITS = words(
  '人次 户次 场次 批次 车次 课时 工作日 天 日 周 年 小时 分钟 季度 平方米 平方 平米 ㎡ 公里 千米 米 亩 吨 公斤 千克 斤',
);
/** Periods that only appear after a `/`: `1次/月`, `次/季度`. */
const PERIODS = words('月 季度 半年 学期');

function words(list: string): string[] {
  return list.split(' ');
}

const WORD_UNITS = alternationOf([
  ...Object.keys(MONEY_IN_YUAN),
  ...Object.keys(MONEY_SHORTHAND),
  ...OTHER_UNITS,
]);
const COUNTED = `(?:${alternationOf(MEASURE_WORDS)})(?:${alternationOf(COUNTED_NOUNS)})?`;
const HEAD = `(?:${WORD_UNITS}|${COUNTED})`;
const DENOMINATOR = `(?:\\d+(?:\\.\\d+)?)?(?:${HEAD}|${alternationOf(PERIODS)})`;

/** Source of a regular expression matching one unit (no whitespace inside), for the readers' grammars. */
export const UNIT_PATTERN = `${HEAD}(?:/${DENOMINATOR})*`;

const UNIT_ONLY = new RegExp(`^(?:${UNIT_PATTERN})$`);

/** True when the text (already width-folded and without whitespace) is exactly a unit, e.g. `分`, `次/30天`. */
export function isUnit(text: string): boolean {
  return UNIT_ONLY.test(text);
}

/** The unit as we report it: the money shorthand `万` becomes `万元`; everything else as written. */
export function reportedUnit(unit: string): string {
  const slash = unit.indexOf('/');
  const head = slash < 0 ? unit : unit.slice(0, slash);
  const rest = slash < 0 ? '' : unit.slice(slash);
  return (MONEY_SHORTHAND[head] ?? head) + rest;
}

const SAME_THING: Record<string, string> = { 天: '日', 平方: '平方米', 平米: '平方米', '㎡': '平方米' };

/** Spelling used to decide whether two units are the same: `个工作日` = `工作日`, `天` = `日`, `平方` = `平方米`. */
function comparableSpelling(unit: string): string {
  return reportedUnit(unit)
    .split('/')
    .map((part) => {
      const match = /^(\d+(?:\.\d+)?)?(.*)$/.exec(part);
      const count = match?.[1] ?? '';
      let word = match?.[2] ?? part;
      if (word.length > 1 && word.startsWith('个')) word = word.slice(1);
      return count + (SAME_THING[word] ?? word);
    })
    .join('/');
}

/**
 * Factor that turns an amount in `from` into an amount in `to`, or null when the two units do not compare
 * (`个` and `人`, `次/月` and `次/年`). Null units are handled by the caller.
 */
export function unitConversion(from: string, to: string): number | null {
  const a = comparableSpelling(from);
  const b = comparableSpelling(to);
  if (a === b) return 1;
  const fromYuan = MONEY_IN_YUAN[a];
  const toYuan = MONEY_IN_YUAN[b];
  if (fromYuan !== undefined && toYuan !== undefined) return fromYuan / toYuan;
  return null;
}
