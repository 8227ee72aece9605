import {
  CSSProperties,
  KeyboardEvent,
  MouseEvent,
  ReactNode,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { CellRange, columnLetters, rangesOverlap } from '../../core/address';
import { LineRange, renderRange } from './axis';
import { effectiveZoom, geometryOf, ZoomChoice } from './geometry';
import { DEFAULT_FONT_PX, HEADER_HEIGHT, HEADER_WIDTH, useGridStyles } from './gridStyles';
import { cellId, GridRow } from './GridRow';
import { SheetView } from './sheetView';
import { usePageText } from '../pageText';

const ROW_OVERSCAN = 15;
const COL_OVERSCAN = 3;

export type Reveal = 'center' | 'nearest';

export interface SheetGridProps {
  view: SheetView;
  /** The selected cell or range on this sheet, merges included. */
  selection: CellRange | null;
  /** Bumped to scroll the selection into view (`center` when the pane asked for it). */
  reveal: { seq: number; mode: Reveal };
  onSelect(range: CellRange, reveal: Reveal | null): void;
  label: string;
  zoom: ZoomChoice;
  /** Told what `fit` comes to for this sheet in this window, whenever that changes. */
  onFit(zoom: number): void;
}

/**
 * A read-only spreadsheet grid over a SheetView: sticky row and column headers, merged cells spanning,
 * fills, and only the rows and columns in view (plus a margin) in the DOM, so that a 10,000-row sheet
 * scrolls as smoothly as a short one. Click or arrow keys select; the page tells the host.
 */
export function SheetGrid(props: SheetGridProps) {
  const { view, selection, reveal, onSelect, label, onFit } = props;
  const styles = useGridStyles();
  const t = usePageText();
  const idPrefix = useId();
  const scroller = useRef<HTMLDivElement>(null);
  const frame = useRef(0);
  const [rows, setRows] = useState<LineRange | null>(null);
  const [cols, setCols] = useState<LineRange | null>(null);
  const [width, setWidth] = useState(0);
  const fit = effectiveZoom('fit', view, width - HEADER_WIDTH);
  const zoom = props.zoom === 'fit' ? fit : props.zoom;
  const geo = useMemo(() => geometryOf(view, zoom), [view, zoom]);

  useEffect(() => onFit(fit), [fit, onFit]);

  const measure = useCallback(() => {
    const el = scroller.current;
    if (!el) return;
    const visibleRows = geo.rows.visible(el.scrollTop, el.clientHeight - HEADER_HEIGHT);
    const visibleCols = geo.cols.visible(el.scrollLeft, el.clientWidth - HEADER_WIDTH);
    setRows((current) => renderRange(current, visibleRows, geo.rows.count, ROW_OVERSCAN));
    setCols((current) => renderRange(current, visibleCols, geo.cols.count, COL_OVERSCAN));
  }, [geo]);

  useLayoutEffect(() => {
    setRows(null);
    setCols(null);
    measure();
  }, [measure]);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    setWidth(el.clientWidth);
    const observer = new ResizeObserver(() => {
      setWidth(el.clientWidth);
      measure();
    });
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
    const top = geo.rows.start(selection.top);
    const left = geo.cols.start(selection.left);
    const areaHeight = Math.min(
      geo.rows.span(selection.top, selection.bottom),
      el.clientHeight - HEADER_HEIGHT,
    );
    const areaWidth = Math.min(geo.cols.span(selection.left, selection.right), el.clientWidth - HEADER_WIDTH);
    const viewHeight = el.clientHeight - HEADER_HEIGHT;
    const viewWidth = el.clientWidth - HEADER_WIDTH;
    const fitsRows = top >= el.scrollTop && top + areaHeight <= el.scrollTop + viewHeight;
    const fitsCols = left >= el.scrollLeft && left + areaWidth <= el.scrollLeft + viewWidth;
    if (reveal.mode === 'center') {
      if (!fitsRows) el.scrollTop = Math.max(0, top - viewHeight / 3);
      if (!fitsCols) el.scrollLeft = Math.max(0, left - viewWidth / 4);
    } else {
      if (top < el.scrollTop) el.scrollTop = top;
      else if (top + areaHeight > el.scrollTop + viewHeight) el.scrollTop = top + areaHeight - viewHeight;
      if (left < el.scrollLeft) el.scrollLeft = left;
      else if (left + areaWidth > el.scrollLeft + viewWidth) el.scrollLeft = left + areaWidth - viewWidth;
    }
    // On a narrow screen the pane sits below the grid: a finding clicked there must bring the grid (and so
    // the cell) back into the window, not only scroll inside a grid the user cannot see.
    const cellTop = el.getBoundingClientRect().top + HEADER_HEIGHT + top - el.scrollTop;
    const windowHeight = el.ownerDocument.defaultView?.innerHeight ?? 0;
    if (windowHeight > 0 && (cellTop < 0 || cellTop + Math.min(areaHeight, 20) > windowHeight)) {
      el.scrollIntoView({ block: 'nearest' });
    }
    measure();
    // Only a new request (or a new zoom, which moves every cell) scrolls: re-renders of the same selection
    // must leave the user's scrolling alone.
  }, [reveal.seq, geo.zoom]);

  const cellAt = (event: MouseEvent<HTMLDivElement>): { row: number; col: number } | null => {
    const el = scroller.current;
    if (!el) return null;
    const box = el.getBoundingClientRect();
    const x = event.clientX - box.left;
    const y = event.clientY - box.top;
    if (x < HEADER_WIDTH || y < HEADER_HEIGHT || x > el.clientWidth || y > el.clientHeight) return null;
    return {
      row: geo.rows.indexAt(el.scrollTop + y - HEADER_HEIGHT),
      col: geo.cols.indexAt(el.scrollLeft + x - HEADER_WIDTH),
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
    const last = { row: geo.rows.count - 1, col: geo.cols.count - 1 };
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

  const canvasWidth = HEADER_WIDTH + geo.cols.total;
  const canvasHeight = HEADER_HEIGHT + geo.rows.total;

  const body: ReactNode[] = [];
  const headers: ReactNode[] = [];
  let activeDrawn = false;
  if (rows && cols) {
    const inView: CellRange = { top: rows.first, bottom: rows.last, left: cols.first, right: cols.last };
    // Rows above the window are drawn too when a merged area starting in them reaches into it.
    const rowIndices = new Set<number>();
    for (const m of view.snapshot.merges) {
      if (m.top < rows.first && rangesOverlap(m, inView)) rowIndices.add(m.top);
    }
    for (let r = rows.first; r <= rows.last; r++) rowIndices.add(r);
    const active = selection ?? { top: -1, bottom: -1, left: -1, right: -1 };
    activeDrawn = rowIndices.has(active.top) && active.right >= cols.first && active.left <= cols.last;

    for (let c = cols.first; c <= cols.last; c++) {
      const shaded = c >= active.left && c <= active.right;
      headers.push(
        <div
          key={c}
          role="columnheader"
          aria-colindex={c + 2}
          className={`${styles.columnHeader} ${shaded ? styles.headerActive : ''}`}
          style={{ left: HEADER_WIDTH + geo.cols.start(c), width: geo.cols.size(c) }}
        >
          {columnLetters(c)}
        </div>,
      );
    }
    for (const r of [...rowIndices].sort((a, b) => a - b)) {
      body.push(
        <GridRow
          key={r}
          view={view}
          row={r}
          first={cols.first}
          last={cols.last}
          drawCells={r >= rows.first}
          active={r >= active.top && r <= active.bottom}
          selectedCol={r === active.top ? active.left : -1}
          idPrefix={idPrefix}
          classes={styles}
          geo={geo}
        />,
      );
    }
  }

  const activeId = selection && activeDrawn ? cellId(idPrefix, selection.top, selection.left) : undefined;
  return (
    <div
      ref={scroller}
      className={styles.scroller}
      role="grid"
      aria-label={label}
      aria-readonly="true"
      aria-rowcount={geo.rows.count + 1}
      aria-colcount={geo.cols.count + 1}
      aria-activedescendant={activeId}
      tabIndex={0}
      onScroll={onScroll}
      onMouseDown={onMouseDown}
      onKeyDown={onKeyDown}
      data-sheet={view.name}
      data-zoom={zoom}
      style={{ ['--cell-font-size' as string]: `${DEFAULT_FONT_PX * zoom}px` }}
    >
      <div className={styles.canvas} style={{ width: canvasWidth, height: canvasHeight }}>
        <div role="row" aria-rowindex={1} className={styles.headerRow} style={{ width: canvasWidth }}>
          <div role="columnheader" aria-colindex={1} className={styles.corner}>
            <span style={VISUALLY_HIDDEN}>{t('rowNumbers')}</span>
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
              top: HEADER_HEIGHT + geo.rows.start(selection.top) - 1,
              left: HEADER_WIDTH + geo.cols.start(selection.left) - 1,
              width: geo.cols.span(selection.left, selection.right) + 1,
              height: geo.rows.span(selection.top, selection.bottom) + 1,
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
