import { CellValue } from '../../core/grid';
import { EtAnswer, EtScalar } from './etApi';

/**
 * ET hands error cells through the JS bridge as the COM error codes VBA calls CVErr values; they are
 * turned back into the error text the rest of the project recognises.
 */
const ERROR_CODES = new Map<number, string>([
  [-2146826281, '#DIV/0!'],
  [-2146826246, '#N/A'],
  [-2146826259, '#NAME?'],
  [-2146826288, '#NULL!'],
  [-2146826252, '#NUM!'],
  [-2146826265, '#REF!'],
  [-2146826273, '#VALUE!'],
]);

/**
 * A `Value2` / `Formula` answer as `rows` × `cols` cells. ET answers one cell with a scalar, several with a
 * 2-D array, and some builds a single row or column with a 1-D array (read row by row); anything missing
 * reads as undefined.
 */
export function answerGrid(answer: EtAnswer, rows: number, cols: number): EtScalar[][] {
  if (!Array.isArray(answer)) return [[answer as EtScalar]];
  const list: readonly (EtScalar | readonly EtScalar[])[] = answer;
  const isFlat = !list.some((item) => Array.isArray(item));
  const cell = (r: number, c: number): EtScalar => {
    if (isFlat) return list[r * cols + c] as EtScalar;
    const row = list[r];
    return Array.isArray(row) ? (row as readonly EtScalar[])[c] : c === 0 ? (row as EtScalar) : undefined;
  };
  return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => cell(r, c)));
}

/** A cached value from `Value2`: empty cells as null, error codes as their text. */
export function cellValueOf(v: EtScalar): CellValue {
  if (v === undefined || v === null || v === '') return null;
  if (typeof v === 'number') return ERROR_CODES.get(v) ?? v;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  return null;
}

/** A formula from `Formula`: constants come back as their text, formulas start with `=`. */
export function formulaOf(f: EtScalar): string | null {
  return typeof f === 'string' && f.startsWith('=') && f.length > 1 ? f : null;
}
