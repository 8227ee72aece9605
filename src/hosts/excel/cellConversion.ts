import { CellEdit } from '../../core/edits';
import { CellValue } from '../../core/grid';
import { XlValue } from './excelApi';

/**
 * Text Excel would turn into something else when written (a number, date, boolean or formula): such text
 * is written with a leading apostrophe so it stays text, as typing `'123` does.
 */
const FORMULA_START = /^\s*[=+\-@]/;
const NUMBER_OR_DATE_LIKE = /^[\d０-９.,:/\s%$¥€£()eE年月日．，％\u3000-]+$/;
const BOOLEAN_TEXT = /^\s*(true|false)\s*$/i;

export function needsTextPrefix(text: string): boolean {
  return (
    FORMULA_START.test(text) ||
    (/[\d０-９]/.test(text) && NUMBER_OR_DATE_LIKE.test(text)) ||
    BOOLEAN_TEXT.test(text)
  );
}

/** What to assign through `range.formulas` for a content edit: a formula, a constant, or "" to clear. */
export function contentInput(edit: CellEdit): XlValue {
  if (typeof edit.formula === 'string' && edit.formula !== '') {
    return edit.formula.startsWith('=') ? edit.formula : `=${edit.formula}`;
  }
  const v = edit.value ?? null;
  if (v === null) return '';
  if (typeof v === 'string') return needsTextPrefix(v) ? `'${v}` : v;
  return v;
}

export function isContentEdit(edit: CellEdit): boolean {
  return edit.formula !== undefined || edit.value !== undefined;
}

/** A value read from `range.values`: Excel reports an empty cell as "". */
export function cellValueOf(v: XlValue | null | undefined): CellValue {
  if (v === undefined || v === null || v === '') return null;
  return v;
}

/** A formula read from `range.formulas`: constants come back as themselves, formulas start with `=`. */
export function formulaOf(f: XlValue | null | undefined): string | null {
  return typeof f === 'string' && f.startsWith('=') ? f : null;
}

/** A fill from `getCellProperties`: `#RRGGBB` when the cell has a solid fill, null for no fill. */
export function fillOf(props: Excel.CellProperties | undefined): string | null {
  const fill = props?.format?.fill;
  if (!fill || !fill.color || fill.pattern === 'None') return null;
  return fill.color.toUpperCase();
}
