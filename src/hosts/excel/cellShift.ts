import { parseRangeA1 } from '../../core/address';
import { CellShift } from '../host';
import { XlWorksheetChangedEventArgs } from './excelApi';

/** Excel's last row and column (0-based), for whole-row (`5:6`) and whole-column (`C:D`) addresses. */
const LAST_ROW = 1_048_575;
const LAST_COLUMN = 16_383;

/** An event address as a range: `B7:D9`, whole rows `5:6`, whole columns `C:D`; null when unreadable. */
function rangeOfEventAddress(address: string): ReturnType<typeof parseRangeA1> | null {
  const a = address.slice(address.lastIndexOf('!') + 1).replace(/\$/g, '');
  const rows = /^(\d+):(\d+)$/.exec(a);
  if (rows) return { top: Number(rows[1]) - 1, bottom: Number(rows[2]) - 1, left: 0, right: LAST_COLUMN };
  const cols = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(a);
  if (cols) {
    const whole = parseRangeA1(`${cols[1]}1:${cols[2]}1`);
    return { ...whole, top: 0, bottom: LAST_ROW };
  }
  try {
    return parseRangeA1(a);
  } catch {
    return null;
  }
}

/**
 * What an `onChanged` event says moved: rows or columns inserted or deleted (the address names them), or
 * cells inserted or deleted with the direction they shifted (`changeDirectionState`, ExcelApi 1.14; without
 * it, which way cells moved is unknown and nothing is said).
 */
export function cellShiftOf(event: XlWorksheetChangedEventArgs): CellShift | undefined {
  const range = rangeOfEventAddress(event.address);
  if (!range) return undefined;
  const rows = range.bottom - range.top + 1;
  const cols = range.right - range.left + 1;
  // Compared as text: the typings give both the enum and its string values.
  const type: string = event.changeType;
  if (type === 'RowInserted') return { axis: 'rows', at: range.top, count: rows };
  if (type === 'RowDeleted') return { axis: 'rows', at: range.top, count: -rows };
  if (type === 'ColumnInserted') return { axis: 'columns', at: range.left, count: cols };
  if (type === 'ColumnDeleted') return { axis: 'columns', at: range.left, count: -cols };
  const rowBand = { from: range.left, to: range.right };
  const columnBand = { from: range.top, to: range.bottom };
  const direction = event.changeDirectionState;
  if (type === 'CellInserted') {
    const to: string | undefined = direction?.insertShiftDirection;
    if (to === 'Down') return { axis: 'rows', at: range.top, count: rows, band: rowBand };
    if (to === 'Right') return { axis: 'columns', at: range.left, count: cols, band: columnBand };
  }
  if (type === 'CellDeleted') {
    const to: string | undefined = direction?.deleteShiftDirection;
    if (to === 'Up') return { axis: 'rows', at: range.top, count: -rows, band: rowBand };
    if (to === 'Left') return { axis: 'columns', at: range.left, count: -cols, band: columnBand };
  }
  return undefined;
}
