import { makeStyles, tokens } from '@fluentui/react-components';

export const HEADER_WIDTH = 46;
export const HEADER_HEIGHT = 22;
export const GRIDLINE = '#E1E1E1';
export const BORDER = '#5B5B5B';
/** 11 pt, Excel's default font size. */
export const DEFAULT_FONT_PX = (11 * 96) / 72;

/** The grid's fixed look: headers like a spreadsheet's, cells positioned one by one by inline styles. */
export type GridClasses = ReturnType<typeof useGridStyles>;

export const useGridStyles = makeStyles({
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
  // Everything a plain cell needs is here; inline styles carry only its place and what differs from plain.
  cell: {
    position: 'absolute',
    top: 0,
    boxSizing: 'border-box',
    display: 'flex',
    alignItems: 'flex-end',
    paddingLeft: '3px',
    paddingRight: '3px',
    overflow: 'hidden',
    borderRight: `1px solid ${GRIDLINE}`,
    borderBottom: `1px solid ${GRIDLINE}`,
    color: '#000000',
    fontSize: `var(--cell-font-size, ${DEFAULT_FONT_PX}px)`,
    lineHeight: 1.25,
    fontFamily: "'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', 'Segoe UI', sans-serif",
    cursor: 'cell',
  },
  left: { justifyContent: 'flex-start', textAlign: 'left' },
  center: { justifyContent: 'center', textAlign: 'center' },
  right: { justifyContent: 'flex-end', textAlign: 'right' },
  // `safe`: text taller than its cell starts at its first line instead of being cut at the top.
  top: { alignItems: 'flex-start' },
  middle: { alignItems: 'safe center' },
  bottom: { alignItems: 'safe flex-end' },
  spilling: { overflow: 'visible' },
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
