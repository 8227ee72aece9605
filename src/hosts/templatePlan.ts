import { CellRange, columnLetters } from '../core/address';
import { TemplateCell, TemplateConditionalFormat, TemplateSpec } from '../core/templateSpec';
import { withEquals } from './cellInput';
import { rectangleRuns } from './rectangleRuns';

/**
 * Host-neutral preparation of a template: its cells grouped into the rectangles one host call can write,
 * so that each adapter only maps them to its own API.
 */

/** How a template cell looks, apart from its contents and number format. */
export type TemplateStyle = Pick<
  TemplateCell,
  'bold' | 'fontSize' | 'horizontal' | 'vertical' | 'wrap' | 'fill'
>;

function styleOf(c: TemplateCell): TemplateStyle | null {
  const style: TemplateStyle = {};
  if (c.bold !== undefined) style.bold = c.bold;
  if (c.fontSize !== undefined) style.fontSize = c.fontSize;
  if (c.horizontal !== undefined) style.horizontal = c.horizontal;
  if (c.vertical !== undefined) style.vertical = c.vertical;
  if (c.wrap !== undefined) style.wrap = c.wrap;
  if (c.fill !== undefined) style.fill = c.fill;
  return Object.keys(style).length > 0 ? style : null;
}

/** The styled cells as rectangles of one style each. */
export function styleRuns(spec: TemplateSpec): { range: CellRange; style: TemplateStyle }[] {
  const styled = spec.cells.flatMap((c) => {
    const style = styleOf(c);
    return style ? [{ row: c.row, col: c.col, item: { style, key: JSON.stringify(style) } }] : [];
  });
  return rectangleRuns(styled, (a, b) => a.key === b.key).map((run) => ({
    range: run.range,
    style: run.items[0][0].style,
  }));
}

/** The number formats as rectangles of one format each. */
export function numberFormatRuns(spec: TemplateSpec): { range: CellRange; format: string }[] {
  const formats = spec.cells.flatMap((c) =>
    c.numberFormat ? [{ row: c.row, col: c.col, item: c.numberFormat }] : [],
  );
  return rectangleRuns(formats, (a, b) => a === b).map((run) => ({
    range: run.range,
    format: run.items[0][0],
  }));
}

/** A 2-D array over the spec's range: `pick` of each cell the spec declares, `empty` elsewhere. */
export function templateGrid<T>(spec: TemplateSpec, pick: (c: TemplateCell) => T, empty: T): T[][] {
  const r = spec.range;
  const grid: T[][] = Array.from({ length: r.bottom - r.top + 1 }, () =>
    new Array<T>(r.right - r.left + 1).fill(empty),
  );
  for (const c of spec.cells) {
    if (c.row < r.top || c.row > r.bottom || c.col < r.left || c.col > r.right) continue;
    grid[c.row - r.top][c.col - r.left] = pick(c);
  }
  return grid;
}

export type BorderSide = 'top' | 'bottom' | 'left' | 'right' | 'insideHorizontal' | 'insideVertical';

/** The lines of a grid over `area`: its edges, and inside lines where it has more than one row / column. */
export function borderSides(area: CellRange): BorderSide[] {
  return [
    'left',
    'top',
    'bottom',
    'right',
    ...(area.right > area.left ? (['insideVertical'] as const) : []),
    ...(area.bottom > area.top ? (['insideHorizontal'] as const) : []),
  ];
}

/** Consecutive columns of equal width, as `B:D` ranges, widths in characters as the spec gives them. */
export function columnWidthRuns(spec: TemplateSpec): { columns: string; width: number }[] {
  const runs: { first: number; last: number; width: number }[] = [];
  spec.columnWidths.forEach((width, i) => {
    const col = spec.range.left + i;
    const last = runs[runs.length - 1];
    if (last && last.width === width && last.last === col - 1) last.last = col;
    else runs.push({ first: col, last: col, width });
  });
  return runs.map((run) => ({
    columns: `${columnLetters(run.first)}:${columnLetters(run.last)}`,
    width: run.width,
  }));
}

/** A conditional format's formula with the leading `=` both hosts expect. */
export function ruleFormula(cf: TemplateConditionalFormat): string {
  return withEquals(cf.formula);
}
