import { CellValue, SheetSnapshot } from '../grid';
import { TemplateSpec } from '../templateSpec';

/**
 * The sheet a host shows right after inserting the template: values (formulas with their cached values),
 * formulas, number formats, fills and merges, anchored at A1 like every snapshot.
 */
export function templateToSnapshot(spec: TemplateSpec, name = spec.name): SheetSnapshot {
  const rowCount = spec.range.bottom + 1;
  const colCount = spec.range.right + 1;
  const grid = <T>(fill: T): T[][] =>
    Array.from({ length: rowCount }, () => new Array<T>(colCount).fill(fill));
  const values = grid<CellValue>(null);
  const formulas = grid<string | null>(null);
  const numberFormats = grid<string | null>(null);
  const fills = grid<string | null>(null);
  for (const c of spec.cells) {
    if (c.value !== undefined) values[c.row][c.col] = c.value;
    if (c.formula) formulas[c.row][c.col] = c.formula;
    if (c.numberFormat) numberFormats[c.row][c.col] = c.numberFormat;
    if (c.fill) fills[c.row][c.col] = c.fill;
  }
  return { name, rowCount, colCount, values, formulas, numberFormats, fills, merges: [...spec.merges] };
}
