import { CellEdit } from '../../core/edits';
import { CellValue } from '../../core/grid';
import { needsTextPrefix } from '../excel/cellConversion';
import { EtInput } from './etApi';

/**
 * What to assign through `Range.Formula` for a value or formula: ET parses what it is given as if typed,
 * so text that would turn into a number, date, boolean or formula gets a leading apostrophe, and "" clears.
 */
export function inputOf(value: CellValue | undefined, formula: string | null | undefined): EtInput {
  if (typeof formula === 'string' && formula !== '') return formula.startsWith('=') ? formula : `=${formula}`;
  const v = value ?? null;
  if (v === null) return '';
  if (typeof v === 'string') return needsTextPrefix(v) ? `'${v}` : v;
  return v;
}

export function contentInput(edit: CellEdit): EtInput {
  return inputOf(edit.value, edit.formula);
}

export function isContentEdit(edit: CellEdit): boolean {
  return edit.formula !== undefined || edit.value !== undefined;
}
