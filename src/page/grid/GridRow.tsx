import { CSSProperties, memo, ReactNode } from 'react';
import { CellRange, toA1 } from '../../core/address';
import { Geometry } from './geometry';
import { BORDER, DEFAULT_FONT_PX, GridClasses, HEADER_HEIGHT, HEADER_WIDTH } from './gridStyles';
import { SheetView } from './sheetView';

/** How far text may run on into empty cells to its right. */
const MAX_SPILL_COLS = 12;

export function cellId(prefix: string, row: number, col: number): string {
  return `${prefix}-r${row}c${col}`;
}

interface GridRowProps {
  view: SheetView;
  row: number;
  /** Columns drawn. */
  first: number;
  last: number;
  /** False for a row above the window drawn only for the merged areas that start in it and reach down. */
  drawCells: boolean;
  /** The selection covers this row (its header is shaded). */
  active: boolean;
  /** Column of the selected cell or area starting in this row, -1 for none. */
  selectedCol: number;
  idPrefix: string;
  classes: GridClasses;
  geo: Geometry;
}

/**
 * One sheet row: its sticky header and its cells in the drawn columns. Memoised, so that scrolling draws only
 * the rows that come into the window, not every row again.
 */
export const GridRow = memo(function GridRow(props: GridRowProps) {
  const { view, row, first, last, drawCells, active, selectedCol, idPrefix, classes: styles, geo } = props;
  const cells: ReactNode[] = [];
  const draw = (area: CellRange) =>
    cells.push(
      <GridCell
        key={area.left}
        id={cellId(idPrefix, row, area.left)}
        view={view}
        area={area}
        selected={selectedCol === area.left}
        spillLimit={last + MAX_SPILL_COLS}
        classes={styles}
        geo={geo}
      />,
    );
  for (const m of view.mergesStartingIn(row)) {
    if (m.right >= first && m.left <= last) draw(m);
  }
  if (drawCells) {
    for (let c = first; c <= last; c++) {
      if (!view.mergeAt(row, c)) draw({ top: row, left: c, bottom: row, right: c });
    }
  }
  return (
    <div
      role="row"
      aria-rowindex={row + 2}
      className={styles.row}
      style={{
        top: HEADER_HEIGHT + geo.rows.start(row),
        height: geo.rows.size(row),
        width: HEADER_WIDTH + geo.cols.total,
      }}
    >
      <div
        role="rowheader"
        aria-colindex={1}
        className={`${styles.rowHeader} ${active ? styles.headerActive : ''}`}
      >
        {row + 1}
      </div>
      {cells}
    </div>
  );
});

interface GridCellProps {
  id: string;
  view: SheetView;
  area: CellRange;
  selected: boolean;
  spillLimit: number;
  classes: GridClasses;
  geo: Geometry;
}

/** One cell or merged area: value as shown, fill, font, alignment, and its right and bottom lines. */
function GridCell({ id, view, area, selected, spillLimit, classes: styles, geo }: GridCellProps) {
  const { top: row, left: col } = area;
  const look = view.look(row, col);
  const text = view.text(row, col);
  const width = geo.cols.span(area.left, area.right);
  const height = geo.rows.span(area.top, area.bottom);
  const horizontal =
    look.horizontal ?? (view.isNumber(row, col) ? 'right' : view.isText(row, col) ? 'left' : 'center');
  const rightLine =
    view.look(area.top, area.right).border.right || view.look(area.top, area.right + 1).border.left;
  const bottomLine =
    view.look(area.bottom, area.left).border.bottom || view.look(area.bottom + 1, area.left).border.top;
  const fill = view.fill(row, col);

  // Unwrapped text runs on over empty cells to its right, as in a spreadsheet.
  let spill = width;
  const merged = area.right > area.left || area.bottom > area.top;
  if (text && !look.wrap && !merged && horizontal === 'left' && view.isText(row, col)) {
    for (let c = col + 1; c <= spillLimit && c < geo.cols.count; c++) {
      if (!view.isEmpty(row, c) || view.mergeAt(row, c)) break;
      spill += geo.cols.size(c);
    }
  }

  // Only what differs from a plain cell goes inline: setting styles is what scrolling spends its time on.
  const style: CSSProperties = { left: HEADER_WIDTH + geo.cols.start(col), width, height };
  if (fill) style.backgroundColor = fill;
  if (rightLine) style.borderRightColor = BORDER;
  if (bottomLine) style.borderBottomColor = BORDER;
  // Plain cells take their size from the grid's --cell-font-size, which follows the zoom.
  if (Math.abs(look.fontPx - DEFAULT_FONT_PX) > 0.01) style.fontSize = look.fontPx * geo.zoom;
  if (look.bold) style.fontWeight = 700;
  if (look.italic) style.fontStyle = 'italic';
  if (look.color && look.color !== '#000000') style.color = look.color;
  const cellClass = [
    styles.cell,
    styles[horizontal],
    styles[look.vertical],
    spill > width ? styles.spilling : '',
  ]
    .filter(Boolean)
    .join(' ');
  const textClass = look.wrap ? styles.wrapped : `${styles.text} ${spill > width ? styles.spill : ''}`;
  return (
    <div
      id={id}
      role="gridcell"
      aria-colindex={col + 2}
      aria-rowspan={area.bottom > area.top ? area.bottom - area.top + 1 : undefined}
      aria-colspan={area.right > area.left ? area.right - area.left + 1 : undefined}
      aria-selected={selected}
      data-cell={toA1(row, col)}
      className={cellClass}
      style={style}
      title={view.formula(row, col) ?? undefined}
    >
      {text && (
        <span className={textClass} style={spill > width ? { width: spill - 6 } : undefined}>
          {text}
        </span>
      )}
    </div>
  );
}
