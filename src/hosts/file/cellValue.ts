import type { CellErrorValue, CellValue as ExcelValue } from 'exceljs';
import { CellValue } from '../../core/grid';

const MS_PER_DAY = 86_400_000;
/** Days from the 1900 date system's day 0 to 1970-01-01; the 1904 system starts 1462 days later. */
const EPOCH_1900 = 25_569;
const OFFSET_1904 = 1_462;

const EXCELJS_ERRORS = new Set<string>(['#N/A', '#REF!', '#NAME?', '#DIV/0!', '#NULL!', '#VALUE!', '#NUM!']);

/** A date as the serial number Excel stores (ExcelJS turns date-formatted numbers into Date objects). */
export function dateToSerial(date: Date, date1904: boolean): number {
  const serial = date.getTime() / MS_PER_DAY + EPOCH_1900 - (date1904 ? OFFSET_1904 : 0);
  const whole = Math.round(serial);
  return Math.abs(serial - whole) < 1e-9 ? whole : serial;
}

/**
 * The value a person sees, from any ExcelJS value shape: rich text and hyperlinks as their text, errors as
 * `#DIV/0!`, dates as serial numbers, formulas (plain or shared) as their cached result.
 */
export function toCellValue(value: ExcelValue, date1904: boolean): CellValue {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case 'number':
    case 'string':
    case 'boolean':
      return value;
    case 'object':
      break;
    case 'bigint':
    case 'function':
    case 'symbol':
    case 'undefined':
      return null;
  }
  if (value instanceof Date) return dateToSerial(value, date1904);
  if ('error' in value) return value.error;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result = value.result;
    return result === undefined ? null : toCellValue(result, date1904);
  }
  if ('hyperlink' in value) {
    // The displayed text of a link may itself be rich text.
    const text: unknown = value.text;
    return typeof text === 'string' ? text : toCellValue(text as ExcelValue, date1904);
  }
  return null;
}

/** A cached value for ExcelJS to store: error texts become error values, as Excel would have them. */
export function toExcelResult(
  value: CellValue | undefined,
): number | string | boolean | CellErrorValue | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' && EXCELJS_ERRORS.has(value.trim())) {
    return { error: value.trim() as CellErrorValue['error'] };
  }
  return value;
}

/** A constant for ExcelJS to store. */
export function toExcelConstant(value: CellValue | undefined): ExcelValue {
  return toExcelResult(value) ?? null;
}
