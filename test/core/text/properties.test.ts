import { isBlankCell, meets, parseTarget, readNumber, Target } from '../../../src/core/cellText';

/** Deterministic generator (LCG) so that a failure replays exactly. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const TOKENS = words(
  '0 1 9 13 100 1,343 . .08 , % ％ １ ２ － - — ~ / 　 万 万元 元 分 个 次 人 本 工作日 条街道 30天 月 日 年 前 以上 ' +
    '以内 不低于 不超过 ≥ ≤ > < = ＞ ≧ ＝ 无 完成 逐步提高 e NaN #DIV/0! 底 号 2021 12 31',
).concat([' ']);

/** Pieces of well-formed values, so that operators, ranges and dates are exercised too. */
const PREFIXES = words('≥ ≤ > < = ＞ ≧ ＝ 不低于 不超过 前 -').concat(['', '', '']);
const NUMBERS = words('0 1 2 13 90 97 100 98.8 1,343.08 ４,５９１.７３ 0.5 1712');
const TAILS = words('% 万 万元 元 分 个 次 人/次 次/30天 个工作日 条街道 名 年').concat(['', '']);
const SUFFIXES = words('以上 及以上 以内 之前 内').concat(['', '', '', '']);

function words(list: string): string[] {
  return list.split(' ');
}

function pick<T>(next: () => number, items: T[]): T {
  return items[Math.floor(next() * items.length)];
}

function structuredText(next: () => number): string {
  const shape = next();
  if (shape < 0.2)
    return `${pick(next, NUMBERS)}${pick(next, TAILS)}-${pick(next, NUMBERS)}${pick(next, TAILS)}`;
  if (shape < 0.35) {
    const year = next() < 0.3 ? `${2019 + Math.floor(next() * 4)}年` : '';
    const day = next() < 0.2 ? '底' : `${1 + Math.floor(next() * 31)}日`;
    return `${year}${1 + Math.floor(next() * 13)}月${day}${pick(next, ['', '前', '之前'])}`;
  }
  return `${pick(next, PREFIXES)}${pick(next, NUMBERS)}${pick(next, TAILS)}${pick(next, SUFFIXES)}`;
}

function randomText(next: () => number): string {
  const length = 1 + Math.floor(next() * 5);
  let out = '';
  for (let i = 0; i < length; i++) out += pick(next, TOKENS);
  return out;
}

function finiteTarget(t: Target): boolean {
  switch (t.kind) {
    case 'numeric':
      return Number.isFinite(t.value);
    case 'range':
      return Number.isFinite(t.low) && Number.isFinite(t.high) && t.low <= t.high;
    case 'date':
      return t.month >= 1 && t.month <= 12 && t.day >= 1 && t.day <= 31;
    default:
      return true;
  }
}

describe('reader invariants over generated text', () => {
  const next = generator(20240601);
  const samples = [
    ...Array.from({ length: 3000 }, () => randomText(next)),
    ...Array.from({ length: 3000 }, () => structuredText(next)),
  ];

  it('never lets NaN or infinity out, and decimals are whole numbers', () => {
    for (const text of samples) {
      const n = readNumber(text);
      if (n.kind === 'number') {
        expect(Number.isFinite(n.value)).toBe(true);
        expect(n.decimals === null || (Number.isInteger(n.decimals) && n.decimals >= 0)).toBe(true);
      }
      expect(finiteTarget(parseTarget(text))).toBe(true);
    }
  });

  it('agrees on blanks across readNumber, parseTarget and isBlankCell', () => {
    for (const text of samples) {
      const blank = isBlankCell(text);
      expect(readNumber(text).kind === 'blank').toBe(blank);
      expect(parseTarget(text).kind === 'blank').toBe(blank);
    }
  });

  it('reads an unsigned number the same way as a value and as a target', () => {
    for (const text of samples) {
      const n = readNumber(text);
      if (n.kind !== 'number' || n.value < 0) continue;
      const t = parseTarget(text);
      if (t.kind === 'qualitative') continue; // a year such as `2021年` is a number but no target
      expect(t).toEqual({ kind: 'numeric', op: 'none', value: n.value, unit: n.unit, percent: n.percent });
    }
  });

  it('judges every comparable target as met by itself', () => {
    for (const text of samples) {
      const t = parseTarget(text);
      if (t.kind === 'blank' || t.kind === 'qualitative') continue;
      expect(meets(t, t, { cost: false })).toBe(true);
      expect(meets(t, t, { cost: true })).toBe(true);
    }
  });
});
