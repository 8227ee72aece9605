import { CellEdit } from '../core/edits';
import { CellValue } from '../core/grid';

/** What a host is given to put into a cell as if typed: a formula, a constant, or "" to clear. */
export type CellInput = string | number | boolean;

/**
 * Text Excel or ET would turn into something else when written (a number, date, boolean or formula): such
 * text is written with a leading apostrophe so it stays text, as typing `'123` does.
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

/** Formula text as hosts take and give it: with its leading `=`. */
export function withEquals(formula: string): string {
  return formula.startsWith('=') ? formula : `=${formula}`;
}

/** The input for a value or formula: a formula with its `=`, text kept as text, "" for nothing. */
export function typedInput(value: CellValue | undefined, formula: string | null | undefined): CellInput {
  if (typeof formula === 'string' && formula !== '') return withEquals(formula);
  const v = value ?? null;
  if (v === null) return '';
  if (typeof v === 'string') return needsTextPrefix(v) ? `'${v}` : v;
  return v;
}

/** The input for a content edit. */
export function contentInput(edit: CellEdit): CellInput {
  return typedInput(edit.value, edit.formula);
}

/** True when the edit would change what the cell holds (not only how it looks). */
export function isContentEdit(edit: CellEdit): boolean {
  return edit.formula !== undefined || edit.value !== undefined;
}
