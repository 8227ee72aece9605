import type { ParsingOptions, WorkBook } from '@e965/xlsx';
import { SheetSnapshot } from '../../../core/grid';
import { LIMITS } from '../limits';
import { SETTINGS_SHEET, storedKey } from '../settings';
import { sheetJsPalette, snapshotOfSheetJs } from './snapshot';

/** What a read-only check needs of a workbook: its sheets as snapshots and our stored settings. */
export interface SnapshotWorkbook {
  /** The sheets a person works with, in tab order (our hidden settings sheet left out). */
  sheets: SheetSnapshot[];
  /** Key/value rows of the settings sheet (`selfeval.preset` → `national-2020`). */
  settings: Map<string, string>;
  /** Index into `sheets` of the sheet the file opens on. */
  activeSheet: number;
  /** Column widths in characters by sheet name, where the file sets them (kept when saved as .xlsx). */
  columnWidths: Map<string, (number | undefined)[]>;
}

type SheetJsModule = typeof import('@e965/xlsx');

/** SheetJS, loaded on first use: the page fetches it as a chunk of its own only when a file needs it. */
let loading: Promise<SheetJsModule> | null = null;
export function loadSheetJs(): Promise<SheetJsModule> {
  loading ??= import('@e965/xlsx');
  return loading;
}

const READ_OPTIONS: ParsingOptions = {
  type: 'array',
  dense: true,
  cellFormula: true,
  cellNF: true,
  cellStyles: true,
  cellDates: false,
  cellHTML: false,
  cellText: true,
  // Empty cells that carry only a number format or a fill.
  sheetStubs: true,
  // Rows past Excel's last are not read: one is kept, so that the sheet is refused as past the limit.
  sheetRows: LIMITS.excelRows + 1,
};

/**
 * Parses .xlsx, .xls (BIFF8 and older), WPS .et in the Excel 97–2003 structure and .ods with SheetJS. It
 * throws SheetJS's own errors; readWorkbook.ts turns them into WorkbookReadError.
 */
export async function parseWithSheetJs(bytes: Uint8Array): Promise<WorkBook> {
  const XLSX = await loadSheetJs();
  return quietly(() => XLSX.read(bytes, READ_OPTIONS));
}

/** Every sheet as a snapshot, plus the settings; nothing of SheetJS's workbook object survives the call. */
export function snapshotWorkbook(workbook: WorkBook): SnapshotWorkbook {
  const palette = sheetJsPalette(workbook);
  const sheets: SheetSnapshot[] = [];
  const columnWidths = new Map<string, (number | undefined)[]>();
  let settings = new Map<string, string>();
  for (const name of workbook.SheetNames) {
    const sheet = workbook.Sheets[name];
    if (!sheet) continue;
    const snapshot = snapshotOfSheetJs(name, sheet, palette);
    if (name === SETTINGS_SHEET) settings = settingsOf(snapshot);
    else {
      sheets.push(snapshot);
      columnWidths.set(
        name,
        (sheet['!cols'] ?? []).map((col) => col?.wch ?? col?.width),
      );
    }
  }
  const view = workbook.Workbook?.Views?.[0] as { activeTab?: number } | undefined;
  const activeTab = view?.activeTab ?? 0;
  const opened = workbook.SheetNames[activeTab];
  const activeSheet = Math.max(
    0,
    sheets.findIndex((s) => s.name === opened),
  );
  return { sheets, settings, activeSheet, columnWidths };
}

/** A stored setting (`preset`), as FileHost.getSetting reads it from the settings sheet. */
export function settingOf(book: SnapshotWorkbook, key: string): string | null {
  return book.settings.get(storedKey(key)) ?? null;
}

function settingsOf(snapshot: SheetSnapshot): Map<string, string> {
  const settings = new Map<string, string>();
  for (const row of snapshot.values) {
    const [key, value] = row;
    if (typeof key === 'string' && value !== null && value !== undefined && !settings.has(key)) {
      settings.set(key, String(value));
    }
  }
  return settings;
}

/**
 * SheetJS reports an .ods number format it only approximates on console.error; the value is still read
 * and the approximation does not change what is checked, so that line is dropped, nothing else.
 */
function quietly<T>(work: () => T): T {
  const original = console.error;
  console.error = (...args: unknown[]) => {
    if (typeof args[0] === 'string' && args[0].startsWith('ODS number format may be incorrect')) return;
    original(...args);
  };
  try {
    return work();
  } finally {
    console.error = original;
  }
}
