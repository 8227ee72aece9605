import { CellValue } from '../../core/grid';
import { XlValue } from './excelApi';

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
