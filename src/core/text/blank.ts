import { CellValue } from '../grid';
import { foldWidth, stripWhitespace } from './fold';
import { isUnit } from './units';

/** Words people write in a cell to say "nothing here". */
const NOTHING_WORDS = new Set(['无', '暂无']);
/** Dashes and slashes only: `—`, `-`, `--`, `----`, `——`, `/`. */
const DASHES_ONLY = /^[-/\\\u2010-\u2015\u2212\u2500\u2501\u30fc\ufe58\ufe63]+$/;

/** Blank text: empty or whitespace, dashes or a slash, `无`, or a bare unit (`分`, `%`, `万元`). */
export function isBlankText(text: string): boolean {
  const t = stripWhitespace(foldWidth(text));
  return t === '' || t === '%' || DASHES_ONLY.test(t) || NOTHING_WORDS.has(t) || isUnit(t);
}

/** True for a cell a person reads as empty (null included); numbers, booleans and error values are never blank. */
export function isBlankCell(v: CellValue): boolean {
  return v === null || (typeof v === 'string' && isBlankText(v));
}
