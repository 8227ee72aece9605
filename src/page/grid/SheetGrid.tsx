import {
  CSSProperties,
  KeyboardEvent,
  MouseEvent,
  ReactNode,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { CellRange, columnLetters, rangesOverlap, toA1 } from '../../core/address';
import { LineRange, renderRange } from './axis';
import { SheetView } from './sheetView';

export const HEADER_WIDTH = 46;
export const HEADER_HEIGHT = 22;
const ROW_OVERSCAN = 15;
const COL_OVERSCAN = 3;
/** How far text may run into empty cells to its right. */
const MAX_SPILL_COLS = 12;
const GRIDLINE = '#E1E1E1';
const BORDER = '#5B5B5B';

export type Reveal = 'center' | 'nearest';

export interface SheetGridProps {
  view: SheetView;
  /** The selected cell or range on this sheet, merges included. */
  selection: CellRange | null;
  /** Bumped to scroll the selection into view (`center` when the pane asked for it). */
  reveal: { seq: number; mode: Reveal };
  onSelect(range: CellRange, reveal: Reveal | null): void;
  label: string;
}

const useStyles = makeStyles({
  scroller: {
    position: 'relative',
    overflow: 'auto',
    height: '100%',
    width: '100%',
    backgroundColor: '#FFFFFF',
    outlineStyle: 'none',
    ':focus-visible': { boxShadow: `inset 0 0 0 2px ${tokens.colorStrokeFocus2}` },
  },
  canvas: { position: 'relative' },
  headerRow: {
    position: 'sticky',
    top: 0,
    zIndex: 4,
    height: `${HEADER_HEIGHT}px`,
    backgroundColor: '#F3F3F3',
  },
  corner: {
    position: 'sticky',
    left: 0,
    zIndex: 5,
    width: `${HEADER_WIDTH}px`,
    height: `${HEADER_HEIGHT}px`,
    boxSizing: 'border-box',
    backgroundColor: '#E6E6E6',
    borderRight: `1px solid #C8C8C8`,
    borderBottom: `1px solid #C8C8C8`,
  },
  columnHeader: {
    position: 'absolute',
    top: 0,
    height: `${HEADER_HEIGHT}px`,
    boxSizing: 'border-box',
    borderRight: `1px solid #C8C8C8`,
    borderBottom: `1px solid #C8C8C8`,
    backgroundColor: '#F3F3F3',
    color: '#444444',
    fontSize: '12px',
    lineHeight: `${HEADER_HEIGHT - 1}px`,
    textAlign: 'center',
    overflow: 'hidden',
  },
  row: { position: 'absolute', left: 0 },
  rowHeader: {
    position: 'sticky',
    left: 0,
    zIndex: 3,
    width: `${HEADER_WIDTH}px`,
    height: '100%',
    boxSizing: 'border-box',
    backgroundColor: '#F3F3F3',
    borderRight: `1px solid #C8C8C8`,
    borderBottom: `1px solid #C8C8C8`,
    color: '#444444',
    fontSize: '12px',
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    overflow: 'hidden',
  },
  headerActive: { backgroundColor: '#D2E8D8', color: '#0B5A2A', fontWeight: tokens.fontWeightSemibold },
  cell: {
    position: 'absolute',
    top: 0,
    boxSizing: 'border-box',
    display: 'flex',
    paddingLeft: '3px',
    paddingRight: '3px',
    overflow: 'hidden',
    color: '#000000',
    lineHeight: '18px',
    fontFamily: "'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', 'Segoe UI', sans-serif",
    cursor: 'cell',
  },
  text: { whiteSpace: 'pre', overflow: 'hidden', textOverflow: 'clip', minWidth: 0 },
  wrapped: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', width: '100%' },
  spill: { position: 'relative', zIndex: 1, flexShrink: 0 },
  selection: {
    position: 'absolute',
    zIndex: 2,
    boxSizing: 'border-box',
    border: '2px solid #107C41',
    pointerEvents: 'none',
  },
});

/**
 * A read-only spreadsheet grid over a SheetView: sticky row and column headers, merged cells spanning,
 * fills, and only the rows and columns in view (plus a margin) in the DOM, so that a 10,000-row sheet
 * scrolls as smoothly as a short one. Click or arrow keys select; the page tells the host.
 */
export function SheetGrid({ view, selection, reveal, onSelect, label }: SheetGridProps) {
  const styles = useStyles();
  const idPrefix = useId();
  const scroller = useRef<HTMLDivElement>(null);
  const frame = useRef(0);
  const [rows, setRows] = useState<LineRange | null>(null);
  const [cols, setCols] = useState<LineRange | null>(null);

  const measure = useCallback(() => {
    const el = scroller.current;
    if (!el) return;
    const visibleRows = view.rows.visible(el.scrollTop, el.clientHeight - HEADER_HEIGHT);
    const visibleCols = view.cols.visible(el.scrollLeft, el.clientWidth - HEADER_WIDTH);
    setRows((current) => renderRange(current, visibleRows, view.rows.count, ROW_OVERSCAN));
    setCols((current) => renderRange(current, visibleCols, view.cols.count, COL_OVERSCAN));
  }, [view]);

  useLayoutEffect(() => {
    setRows(null);
    setCols(null);
    measure();
  }, [measure]);

  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const observer = new ResizeObserver(() => measure());
    observer.observe(el);
    return () => observer.disconnect();
  }, [measure]);

  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  const onScroll = useCallback(() => {
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(measure);
  }, [measure]);

  // Scroll the selection into view when asked to (a finding clicked in the pane, a key pressed).
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el || !selection) return;
    const top = view.rows.start(selection.top);
    const left = view.cols.start(selection.left);
    const height = Math.min(view.rows.span(selection.top, selection.bottom), el.clientHeight - HEADER_HEIGHT);
    const width = Math.min(view.cols.span(selection.left, selection.right), el.clientWidth - HEADER_WIDTH);
    const viewHeight = el.clientHeight - HEADER_HEIGHT;
    const viewWidth = el.clientWidth - HEADER_WIDTH;
    const fitsRows = top >= el.scrollTop && top + height <= el.scrollTop + viewHeight;
    const fitsCols = left >= el.scrollLeft && left + width <= el.scrollLeft + viewWidth;
    if (reveal.mode === 'center') {
      if (!fitsRows) el.scrollTop = Math.max(0, top - viewHeight / 3);
      if (!fitsCols) el.scrollLeft = Math.max(0, left - viewWidth / 4);
    } else {
      if (top < el.scrollTop) el.scrollTop = top;
      else if (top + height > el.scrollTop + viewHeight) el.scrollTop = top + height - viewHeight;
      if (left < el.scrollLeft) el.scrollLeft = left;
      else if (left + width > el.scrollLeft + viewWidth) el.scrollLeft = left + width - viewWidth;
    }
    measure();
    // Only a new request scrolls: re-renders of the same selection must leave the user's scrolling alone.
  }, [reveal.seq]);

  const cellAt = (event: MouseEvent<HTMLDivElement>): { row: number; col: number } | null => {
    const el = scroller.current;
    if (!el) return null;
    const box = el.getBoundingClientRect();
    const x = event.clientX - box.left;
    const y = event.clientY - box.top;
    if (x < HEADER_WIDTH || y < HEADER_HEIGHT || x > el.clientWidth || y > el.clientHeight) return null;
    return {
      row: view.rows.indexAt(el.scrollTop + y - HEADER_HEIGHT),
      col: view.cols.indexAt(el.scrollLeft + x - HEADER_WIDTH),
    };
  };

  const onMouseDown = (event: MouseEvent<HTMLDivElement>) => {
    const hit = cellAt(event);
    if (hit) onSelect(view.areaOf(hit.row, hit.col), null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const el = scroller.current;
    const from = selection ?? { top: 0, left: 0, bottom: 0, right: 0 };
    const pageRows = el ? Math.max(1, Math.floor((el.clientHeight - HEADER_HEIGHT) / 20) - 1) : 10;
    const last = { row: view.rows.count - 1, col: view.cols.count - 1 };
    let target: { row: number; col: number } | null = null;
    switch (event.key) {
      case 'ArrowDown':
        target = { row: Math.min(last.row, from.bottom + 1), col: from.left };
        break;
      case 'ArrowUp':
        target = { row: Math.max(0, from.top - 1), col: from.left };
        break;
      case 'ArrowRight':
        target = { row: from.top, col: Math.min(last.col, from.right + 1) };
        break;
      case 'ArrowLeft':
        target = { row: from.top, col: Math.max(0, from.left - 1) };
        break;
      case 'PageDown':
        target = { row: Math.min(last.row, from.top + pageRows), col: from.left };
        break;
      case 'PageUp':
        target = { row: Math.max(0, from.top - pageRows), col: from.left };
        break;
      case 'Home':
        target = event.ctrlKey ? { row: 0, col: 0 } : { row: from.top, col: 0 };
        break;
    }
    if (!target) return;
    event.preventDefault();
    onSelect(view.areaOf(target.row, target.col), 'nearest');
  };

  const cellId = (row: number, col: number) => `${idPrefix}-r${row}c${col}`;
  const width = HEADER_WIDTH + view.cols.total;
  const height = HEADER_HEIGHT + view.rows.total;

  const body: ReactNode[] = [];
  const headers: ReactNode[] = [];
  const drawnIds = new Set<string>();
  if (rows && cols) {
    const inView: CellRange = { top: rows.first, bottom: rows.last, left: cols.first, right: cols.last };
    const mergesByTop = new Map<number, CellRange[]>();
    for (const m of view.snapshot.merges) {
      if (!rangesOverlap(m, inView)) continue;
      const list = mergesByTop.get(m.top) ?? [];
      list.push(m);
      mergesByTop.set(m.top, list);
    }
    const rowIndices = new Set<number>(mergesByTop.keys());
    for (let r = rows.first; r <= rows.last; r++) rowIndices.add(r);
    const activeRows = selection ?? { top: -1, bottom: -1, left: -1, right: -1 };

    for (let c = cols.first; c <= cols.last; c++) {
      const active = c >= activeRows.left && c <= activeRows.right;
      headers.push(
        <div
          key={c}
          role="columnheader"
          aria-colindex={c + 2}
          className={`${styles.columnHeader} ${active ? styles.headerActive : ''}`}
          style={{ left: HEADER_WIDTH + view.cols.start(c), width: view.cols.size(c) }}
        >
          {columnLetters(c)}
        </div>,
      );
    }

    for (const r of [...rowIndices].sort((a, b) => a - b)) {
      const cells: ReactNode[] = [];
      const draw = (area: CellRange) => {
        const { top: row, left: col } = area;
        const selected =
          !!selection && selection.top === row && selection.left === col && selection.bottom === area.bottom;
        const id = cellId(row, col);
        drawnIds.add(id);
        cells.push(
          <GridCell
            key={col}
            id={id}
            view={view}
            area={area}
            selected={selected}
            styles={styles}
            spillLimit={cols.last + MAX_SPILL_COLS}
          />,
        );
      };
      for (const m of mergesByTop.get(r) ?? []) draw(m);
      if (r >= rows.first && r <= rows.last) {
        for (let c = cols.first; c <= cols.last; c++) {
          if (!view.mergeAt(r, c)) draw({ top: r, left: c, bottom: r, right: c });
        }
      }
      const active = r >= activeRows.top && r <= activeRows.bottom;
      body.push(
        <div
          key={r}
          role="row"
          aria-rowindex={r + 2}
          className={styles.row}
          style={{ top: HEADER_HEIGHT + view.rows.start(r), height: view.rows.size(r), width }}
        >
          <div role="rowheader" className={`${styles.rowHeader} ${active ? styles.headerActive : ''}`}>
            {r + 1}
          </div>
          {cells}
        </div>,
      );
    }
  }

  const activeId = selection ? cellId(selection.top, selection.left) : null;
  return (
    <div
      ref={scroller}
      className={styles.scroller}
      role="grid"
      aria-label={label}
      aria-readonly="true"
      aria-rowcount={view.rows.count + 1}
      aria-colcount={view.cols.count + 1}
      aria-activedescendant={activeId && drawnIds.has(activeId) ? activeId : undefined}
      tabIndex={0}
      onScroll={onScroll}
      onMouseDown={onMouseDown}
      onKeyDown={onKeyDown}
      data-sheet={view.name}
    >
      <div className={styles.canvas} style={{ width, height }}>
        <div role="row" aria-rowindex={1} className={styles.headerRow} style={{ width }}>
          <div role="columnheader" aria-colindex={1} className={styles.corner}>
            <span style={VISUALLY_HIDDEN}>行号</span>
          </div>
          {headers}
        </div>
        {body}
        {selection && (
          <div
            aria-hidden="true"
            className={styles.selection}
            data-testid="grid-selection"
            style={{
              top: HEADER_HEIGHT + view.rows.start(selection.top) - 1,
              left: HEADER_WIDTH + view.cols.start(selection.left) - 1,
              width: view.cols.span(selection.left, selection.right) + 1,
              height: view.rows.span(selection.top, selection.bottom) + 1,
            }}
          />
        )}
      </div>
    </div>
  );
}

const VISUALLY_HIDDEN: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
};

const JUSTIFY = { left: 'flex-start', center: 'center', right: 'flex-end' } as const;
const ALIGN = { top: 'flex-start', middle: 'center', bottom: 'flex-end' } as const;

interface GridCellProps {
  id: string;
  view: SheetView;
  area: CellRange;
  selected: boolean;
  styles: ReturnType<typeof useStyles>;
  spillLimit: number;
}

/** One cell or merged area: value as shown, fill, font, alignment, and its right and bottom lines. */
function GridCell({ id, view, area, selected, styles, spillLimit }: GridCellProps) {
  const { top: row, left: col } = area;
  const look = view.look(row, col);
  const text = view.text(row, col);
  const width = view.cols.span(area.left, area.right);
  const height = view.rows.span(area.top, area.bottom);
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
    for (let c = col + 1; c <= spillLimit && c < view.cols.count; c++) {
      if (!view.isEmpty(row, c) || view.mergeAt(row, c)) break;
      spill += view.cols.size(c);
    }
  }

  const style: CSSProperties = {
    left: HEADER_WIDTH + view.cols.start(col),
    width,
    height,
    backgroundColor: fill ?? undefined,
    borderRight: `1px solid ${rightLine ? BORDER : GRIDLINE}`,
    borderBottom: `1px solid ${bottomLine ? BORDER : GRIDLINE}`,
    justifyContent: JUSTIFY[horizontal],
    textAlign: horizontal,
    alignItems: ALIGN[look.vertical],
    fontSize: look.fontPx,
    fontWeight: look.bold ? 700 : undefined,
    fontStyle: look.italic ? 'italic' : undefined,
    color: look.color ?? undefined,
    overflow: spill > width ? 'visible' : 'hidden',
  };
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
      className={styles.cell}
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
