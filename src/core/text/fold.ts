/**
 * Width folding: forms mix full-width and half-width characters freely (`＞90％`, `１２３`, `（30分）`), so
 * every reader first folds text to one spelling.
 */

const FULLWIDTH_FIRST = 0xff01;
const FULLWIDTH_LAST = 0xff5e;
const FULLWIDTH_OFFSET = 0xfee0;

/** Look-alikes outside the full-width block that people type for the same thing. */
const LOOKALIKES: Record<string, string> = {
  '\u3000': ' ', // ideographic space
  '\u00a0': ' ',
  '\u2267': '≥', // ≧
  '\u2a7e': '≥', // ⩾
  '\u2266': '≤', // ≦
  '\u2a7d': '≤', // ⩽
  '\u301c': '~', // 〜
  '\ufe6a': '%', // ﹪
};

/** Full-width ASCII to half-width, ideographic and no-break spaces to plain spaces, `≧≦` to `≥≤`. */
export function foldWidth(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= FULLWIDTH_FIRST && code <= FULLWIDTH_LAST)
      out += String.fromCodePoint(code - FULLWIDTH_OFFSET);
    else out += LOOKALIKES[ch] ?? ch;
  }
  return out;
}

/** Every kind of whitespace: ideographic space, line breaks, no-break and zero-width spaces. */
export const WHITESPACE = '[\\s\\u200b\\u2060]';

const WHITESPACE_RUNS = new RegExp(`${WHITESPACE}+`, 'g');

export function stripWhitespace(text: string): string {
  return text.replace(WHITESPACE_RUNS, '');
}
