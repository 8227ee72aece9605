/** A regular-expression alternation of literal words, longest first so that `及以上` wins over `以上`. */
export function alternationOf(words: string[]): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}
