import { SETTINGS_NAMESPACE } from '../../core/settings';
import { columnLetters } from '../../core/address';
import { rangeOfAddress } from '../addresses';
import { SETTINGS_SHEET } from '../file/settings';
import { answerGrid } from './answers';
import { EtWorkbook, EtWorksheet, isWorksheet } from './etApi';
import { XL_SHEET_VERY_HIDDEN } from './etConstants';

const KEY_PREFIX = SETTINGS_NAMESPACE;
/** A cell holds at most 32,767 characters; longer values continue in the next cells of the row. */
export const SETTING_CHUNK = 30_000;

function storedKey(key: string): string {
  return key.startsWith(KEY_PREFIX) ? key : `${KEY_PREFIX}${key}`;
}

/** Key/value rows as the settings sheet holds them: key in column A, value over B, C, … */
function readRows(sheet: EtWorksheet): string[][] {
  const used = sheet.UsedRange;
  const r = rangeOfAddress(used.Address());
  const rows = r.bottom + 1;
  const cols = r.right + 1;
  const grid = answerGrid(used.Value2, r.bottom - r.top + 1, r.right - r.left + 1);
  return Array.from({ length: rows }, (_, row) =>
    Array.from({ length: cols }, (_, col) => {
      const v = row >= r.top && col >= r.left ? grid[row - r.top]?.[col - r.left] : undefined;
      return v === undefined || v === null ? '' : String(v);
    }),
  );
}

function valueOf(row: string[]): string {
  let value = '';
  for (let c = 1; c < row.length && row[c] !== ''; c++) value += row[c];
  return value;
}

/**
 * Workbook settings (the preset, the highlight record) in the same very hidden `selfeval.settings` sheet
 * the file host writes, so a workbook carries them between WPS, Excel files and the command line.
 * `PluginStorage` would not do: it lives on the machine, not in the workbook.
 */
export class SettingsSheet {
  constructor(
    private readonly book: () => EtWorkbook,
    private readonly find: (name: string) => EtWorksheet | null,
  ) {}

  get(key: string): string | null {
    const sheet = this.find(SETTINGS_SHEET);
    if (!sheet) return null;
    const k = storedKey(key);
    const row = readRows(sheet).find((r) => r[0] === k);
    return row ? valueOf(row) : null;
  }

  /** Writes one key's row as text: the key, the value in chunks, and blanks over a longer old value. */
  set(key: string, value: string): void {
    const sheet = this.find(SETTINGS_SHEET) ?? this.create();
    const k = storedKey(key);
    const rows = readRows(sheet);
    const found = rows.findIndex((r) => r[0] === k);
    let rowIndex = found;
    if (rowIndex < 0) {
      rowIndex = rows.length;
      while (rowIndex > 0 && rows[rowIndex - 1].every((c) => c === '')) rowIndex--;
    }
    const chunks: string[] = [];
    for (let i = 0; i < value.length; i += SETTING_CHUNK) chunks.push(value.slice(i, i + SETTING_CHUNK));
    if (chunks.length === 0) chunks.push('');
    const old = found >= 0 ? rows[found].length - 1 : 0;
    const cells = [k, ...chunks, ...new Array<string>(Math.max(0, old - chunks.length)).fill('')];
    const address = `A${rowIndex + 1}:${columnLetters(cells.length - 1)}${rowIndex + 1}`;
    const range = sheet.Range(address);
    range.NumberFormat = '@';
    range.Value2 = [cells];
  }

  /** Adds the sheet after the last one, then hides it and gives the user their active sheet back. */
  private create(): EtWorksheet {
    const book = this.book();
    const sheets = book.Worksheets;
    const active = book.ActiveSheet.Name;
    const last = sheets.Item(sheets.Count);
    const sheet = sheets.Add(undefined, isWorksheet(last) ? last : undefined);
    sheet.Name = SETTINGS_SHEET;
    this.find(active)?.Activate();
    sheet.Visible = XL_SHEET_VERY_HIDDEN;
    return sheet;
  }
}
