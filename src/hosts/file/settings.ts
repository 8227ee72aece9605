import { SETTINGS_NAMESPACE } from '../../core/settings';
import type { Workbook, Worksheet } from 'exceljs';

/**
 * Workbook settings (the preset) live in a very hidden sheet of key/value rows, because ExcelJS cannot write
 * custom document properties. Keys are stored as `selfeval.<key>`; Excel and WPS users never see the sheet.
 */
export const SETTINGS_SHEET = 'selfeval.settings';
const KEY_PREFIX = SETTINGS_NAMESPACE;

export function isSettingsSheet(worksheet: Worksheet): boolean {
  return worksheet.name === SETTINGS_SHEET;
}

export function storedKey(key: string): string {
  return key.startsWith(KEY_PREFIX) ? key : `${KEY_PREFIX}${key}`;
}

function findKeyRow(sheet: Worksheet, key: string): number | null {
  for (let r = 1; r <= sheet.rowCount; r++) {
    if (sheet.findCell(r, 1)?.value === key) return r;
  }
  return null;
}

export function readSetting(workbook: Workbook, key: string): string | null {
  const sheet = workbook.getWorksheet(SETTINGS_SHEET);
  if (!sheet) return null;
  const row = findKeyRow(sheet, storedKey(key));
  if (row === null) return null;
  const value = sheet.findCell(row, 2)?.value;
  return value === null || value === undefined ? null : String(value);
}

export function writeSetting(workbook: Workbook, key: string, value: string): void {
  const sheet =
    workbook.getWorksheet(SETTINGS_SHEET) ?? workbook.addWorksheet(SETTINGS_SHEET, { state: 'veryHidden' });
  const k = storedKey(key);
  const row = findKeyRow(sheet, k) ?? sheet.rowCount + 1;
  sheet.getCell(row, 1).value = k;
  sheet.getCell(row, 2).value = value;
}
