import { columnIndex, columnLetters } from '../../core/address';

/**
 * Moves a formula by (rows, cols) the way Excel fills it: relative references shift, `$` parts stay.
 * Used for shared formulas, where a file stores the text once (the master) and every other cell of the
 * group only points at it. String literals, quoted sheet names, function names and structured references
 * are left alone.
 */
const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

const CELL_REF = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})$/;
const COLUMN_REF = /^(\$?)([A-Za-z]{1,3})$/;
const ROW_REF = /^(\$?)(\d{1,7})$/;
const WORD_CHAR = /[A-Za-z0-9_$.\\\u00C0-\uFFFF]/;

export function translateFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  let out = '';
  let i = 0;
  const n = formula.length;
  while (i < n) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      const end = closingQuote(formula, i, ch);
      out += formula.slice(i, end);
      i = end;
    } else if (ch === '[') {
      const end = closingBracket(formula, i);
      out += formula.slice(i, end);
      i = end;
    } else if (WORD_CHAR.test(ch)) {
      let end = i;
      while (end < n && WORD_CHAR.test(formula[end])) end++;
      const word = formula.slice(i, end);
      const next = formula[end];
      if (next === '(' || next === '!' || next === '[') {
        out += word; // function name, sheet name or table name
        i = end;
        continue;
      }
      const span = next === ':' ? rangeEnd(formula, end + 1) : null;
      if (span && isLineRange(word, span.word)) {
        out += `${shiftLine(word, rows, cols)}:${shiftLine(span.word, rows, cols)}`;
        i = span.end;
      } else {
        out += CELL_REF.test(word) ? shiftCell(word, rows, cols) : word;
        i = end;
      }
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

/** Index just past the closing quote; doubled quotes are escapes. */
function closingQuote(text: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === quote) {
      if (text[i + 1] === quote) i += 2;
      else return i + 1;
    } else i++;
  }
  return text.length;
}

function closingBracket(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    if (text[i] === '[') depth++;
    else if (text[i] === ']' && --depth === 0) return i + 1;
  }
  return text.length;
}

function rangeEnd(text: string, start: number): { word: string; end: number } | null {
  let end = start;
  while (end < text.length && WORD_CHAR.test(text[end])) end++;
  return end > start ? { word: text.slice(start, end), end } : null;
}

/** `A:C` or `3:5`: whole columns or whole rows. */
function isLineRange(a: string, b: string): boolean {
  return (COLUMN_REF.test(a) && COLUMN_REF.test(b)) || (ROW_REF.test(a) && ROW_REF.test(b));
}

function shiftLine(word: string, rows: number, cols: number): string {
  const col = COLUMN_REF.exec(word);
  if (col) {
    const c = col[1] ? columnIndex(col[2]) : columnIndex(col[2]) + cols;
    return c < 0 || c >= MAX_COL ? '#REF!' : `${col[1]}${columnLetters(c)}`;
  }
  const row = ROW_REF.exec(word);
  if (!row) return word;
  const r = row[1] ? Number(row[2]) : Number(row[2]) + rows;
  return r < 1 || r > MAX_ROW ? '#REF!' : `${row[1]}${r}`;
}

function shiftCell(word: string, rows: number, cols: number): string {
  const m = CELL_REF.exec(word);
  if (!m) return word;
  const [, colAbs, letters, rowAbs, digits] = m;
  const baseCol = columnIndex(letters);
  const baseRow = Number(digits);
  if (baseCol >= MAX_COL || baseRow < 1 || baseRow > MAX_ROW) return word; // a name such as ABCD1 or TAX0
  const c = colAbs ? baseCol : baseCol + cols;
  const r = rowAbs ? baseRow : baseRow + rows;
  if (c < 0 || c >= MAX_COL || r < 1 || r > MAX_ROW) return '#REF!';
  return `${colAbs}${columnLetters(c)}${rowAbs}${r}`;
}
