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

/**
 * A fill from `getCellProperties`: `#RRGGBB` when the cell has a fill, null for No Fill. Excel answers No
 * Fill as `#FFFFFF` with pattern 'None' or null, and a chosen white as `#FFFFFF` with pattern null too
 * (office-js#4900, #6218): `tintAndShade` tells them apart — null for No Fill, a number for any fill. Where
 * it is not answered, white without a pattern is taken as no fill, so that clearing a highlight clears the
 * cell rather than painting white over the gridlines.
 */
export function fillOf(props: Excel.CellProperties | undefined): string | null {
  const fill = props?.format?.fill;
  if (!fill || !fill.color || fill.pattern === 'None') return null;
  const color = fill.color.toUpperCase();
  if (fill.tintAndShade === null) return null;
  if (typeof fill.tintAndShade === 'number') return color;
  if (color === '#FFFFFF' && (fill.pattern === null || fill.pattern === undefined)) return null;
  return color;
}
