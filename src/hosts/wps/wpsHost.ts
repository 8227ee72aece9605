import { CellRange, rangeToA1, toA1 } from '../../core/address';
import { EditPlan } from '../../core/edits';
import { CellValue, SheetSnapshot } from '../../core/grid';
import { TemplateSpec } from '../../core/templateSpec';
import { rangeCellCount, rangeOfAddress } from '../addresses';
import { SETTINGS_SHEET } from '../file/settings';
import { editsBySheet } from '../editsBySheet';
import { CellsChange, Host, HostError, SaveAttempt, SaveDecision } from '../host';
import { subscribeToSheetChanges } from './changeEvents';
import { WpsSaveGate } from './saveGate';
import {
  areaNotEmpty,
  editProblem,
  MAX_SHEET_CELLS,
  PROTECTED_MESSAGE,
  rangeToSelect,
  settingNotSaved,
  sheetTooLarge,
} from '../refusals';
import { answerGrid, cellValueOf, formulaOf } from './answers';
import { prepareSheet, writeSheet } from './editWriter';
import { EtActivatedSheet, EtApiEvents, EtApplication, EtWorkbook, EtWorksheet, isWorksheet } from './etApi';
import { SettingsSheet } from './settingsSheet';
import { listenBothWays } from './apiEventListener';
import { showOwnPane } from './ownPane';
import { checkSheetProtection } from './sheetProtection';
import { AreaFormats, scanFormats } from './formatScan';
import { scanMerges } from './mergeScan';
import { mergesForWriting, xmlSpreadsheetOf } from './sheetMerges';
import { writeTemplate } from './templateWriter';

const SHEET_NAME_LIMIT = 31;
const INVALID_SHEET_NAME = /[:\\/?*[\]]/;

function emptySnapshot(name: string): SheetSnapshot {
  return {
    name,
    rowCount: 0,
    colCount: 0,
    values: [],
    formulas: [],
    numberFormats: [],
    fills: [],
    merges: [],
  };
}

/**
 * The WPS 表格 host over the ET object model of the WPS JS API. ET calls are synchronous and each one
 * crosses into WPS, so every action asks for whole ranges: a sheet is read as `UsedRange.Value2` and
 * `.Formula` (two calls) plus number formats, fills and merges asked of whole rectangles and split only
 * where cells differ; a plan is written as rectangles. Calls grow with tables and merged areas, not cells.
 */
export class WpsHost implements Host {
  readonly kind = 'wps' as const;
  private readonly settings: SettingsSheet;

  constructor(
    private readonly app: EtApplication,
    /** ET's application events; null where the add-in root has none (no sheet-change reports then). */
    private readonly events: EtApiEvents | null = null,
  ) {
    this.settings = new SettingsSheet(
      () => this.book(),
      (name) => this.findSheet(name),
    );
  }

  async sheetNames(): Promise<string[]> {
    return this.guard(() => this.allSheets().filter((n) => n !== SETTINGS_SHEET));
  }

  async activeSheetName(): Promise<string> {
    return this.guard(() => this.book().ActiveSheet.Name);
  }

  async readSheet(name: string): Promise<SheetSnapshot> {
    return this.guard(() => {
      const sheet = this.sheet(name);
      const used = sheet.UsedRange;
      const area = rangeOfAddress(used.Address());
      if (rangeCellCount(area) > MAX_SHEET_CELLS) throw sheetTooLarge(name);
      const rows = area.bottom - area.top + 1;
      const cols = area.right - area.left + 1;
      const values = answerGrid(used.Value2, rows, cols);
      const formulas = answerGrid(used.Formula, rows, cols);
      const blankA1 =
        rangeCellCount(area) === 1 && area.top === 0 && area.left === 0 && cellValueOf(values[0][0]) === null;
      if (blankA1 && formulaOf(formulas[0][0]) === null) return emptySnapshot(name);
      const isEmpty = (row: number, col: number) =>
        cellValueOf(values[row - area.top][col - area.left]) === null &&
        formulaOf(formulas[row - area.top][col - area.left]) === null;
      // One call for merges, number formats and fills where WPS answers XML Spreadsheet; else range by range.
      const xml = xmlSpreadsheetOf(used, area);
      const merges = xml ? xml.merges : scanMerges(sheet, area, isEmpty);
      const formats = xml ?? scanFormats(sheet, area);
      return assembleSnapshot(name, area, values, formulas, formats, merges);
    }, name);
  }

  async applyPlan(plan: EditPlan): Promise<void> {
    if (plan.edits.length === 0) return;
    // Checked before the first write, so a bad plan changes nothing.
    for (const e of plan.edits) {
      const problem = editProblem(e);
      if (problem) throw new HostError('failed', problem);
    }
    const bySheet = editsBySheet(plan.edits);
    this.guard(
      () => {
        const targets = [...bySheet].map(([name, edits]) => ({ name, edits, sheet: this.sheet(name) }));
        for (const t of targets) checkSheetProtection(t.sheet, t.name, t.edits);
        const prepared = targets.map((t) => prepareSheet(t.sheet, t.name, t.edits, mergesForWriting));
        this.withScreenFrozen(() => prepared.forEach(writeSheet));
      },
      bySheet.size === 1 ? [...bySheet.keys()][0] : undefined,
    );
  }

  async select(sheetName: string, a1: string): Promise<void> {
    const range = rangeToSelect(a1);
    this.guard(() => {
      const sheet = this.sheet(sheetName);
      sheet.Activate();
      sheet.Range(rangeToA1(range)).Select();
    }, sheetName);
  }

  async getSelection(): Promise<{ sheet: string; a1: string } | null> {
    return this.guard(() => {
      if (!this.app.ActiveWorkbook) return null;
      const window = this.app.ActiveWindow;
      if (!window) return null;
      const selection = window.RangeSelection;
      return { sheet: selection.Worksheet.Name, a1: rangeToA1(rangeOfAddress(selection.Address())) };
    });
  }

  /**
   * `ApiEvent` `SheetActivate`: reports the activated sheet's name (the active sheet's when the event
   * passes no readable sheet). Without `ApiEvent`, or when WPS refuses the listener, nothing is reported
   * and the pane's 重新检查 stays the way to re-check.
   */
  onActiveSheetChange(listener: (sheet: string) => void): () => void {
    const events = this.events;
    if (!events) return () => undefined;
    const onActivate = (sheet: EtActivatedSheet) => {
      let name: string | null;
      try {
        name = sheetNameOf(sheet) ?? this.book().ActiveSheet.Name;
      } catch {
        return;
      }
      listener(name);
    };
    const remove = listenBothWays(events, 'SheetActivate', onActivate, (sheet: EtActivatedSheet) =>
      sheetNameOf(sheet),
    );
    return remove ?? (() => undefined);
  }

  /** `ApiEvent` `SheetChange` (see changeEvents.ts). */
  onCellsChange(listener: (change: CellsChange) => void): () => void {
    return subscribeToSheetChanges(this.events, listener);
  }

  /** `ApiEvent` `WorkbookBeforeSave` (see saveGate.ts). */
  onBeforeSave(decide: (attempt: SaveAttempt) => SaveDecision): () => void {
    return this.saveGate().subscribe(decide);
  }

  async saveWorkbook(): Promise<void> {
    this.guard(() => this.saveGate().save());
  }

  private gate: WpsSaveGate | null = null;
  private saveGate(): WpsSaveGate {
    this.gate ??= new WpsSaveGate(this.events, () => this.book(), { showPane: () => showOwnPane(this.app) });
    return this.gate;
  }

  async insertTemplate(spec: TemplateSpec, sheetName: string, newSheet: boolean): Promise<void> {
    this.guard(() => {
      let sheet: EtWorksheet | null = null;
      if (newSheet) {
        this.checkNewSheetName(sheetName);
      } else {
        sheet = this.sheet(sheetName);
        if (sheet.ProtectContents) throw new HostError('protected', PROTECTED_MESSAGE);
        const r = spec.range;
        const now = answerGrid(sheet.Range(rangeToA1(r)).Formula, r.bottom - r.top + 1, r.right - r.left + 1);
        if (now.some((row) => row.some((f) => f !== undefined && f !== null && f !== '')))
          throw areaNotEmpty(r);
      }
      this.withScreenFrozen(() => {
        const target = sheet ?? this.addSheet(sheetName);
        target.Activate();
        writeTemplate(target, spec);
        target.Range(toA1(spec.range.top, spec.range.left)).Select();
      });
    }, sheetName);
  }

  async deleteSheet(name: string): Promise<void> {
    this.guard(() => {
      const sheet = this.sheet(name);
      this.deleteQuietly(sheet);
    }, name);
  }

  async setSheetProtection(name: string, protection: { unlocked: CellRange[] } | null): Promise<void> {
    this.guard(() => {
      const sheet = this.sheet(name);
      if (protection) {
        // Unlocked first: a protected sheet refuses changes to locks.
        for (const r of protection.unlocked) sheet.Range(rangeToA1(r)).Locked = false;
        sheet.Protect();
      } else {
        sheet.Unprotect();
      }
    }, name);
  }

  async getSetting(key: string): Promise<string | null> {
    return this.guard(() => this.settings.get(key));
  }

  async setSetting(key: string, value: string): Promise<void> {
    try {
      this.withScreenFrozen(() => this.settings.set(key, value));
    } catch (e) {
      if (e instanceof HostError && e.code !== 'failed') throw e;
      throw settingNotSaved(e);
    }
  }

  private book(): EtWorkbook {
    const book = this.app.ActiveWorkbook;
    if (!book) throw new HostError('empty', '请先打开一个工作簿。');
    return book;
  }

  /** Every sheet name in tab order, the hidden settings sheet included. */
  private allSheets(): string[] {
    const sheets = this.book().Worksheets;
    const names: string[] = [];
    for (let i = 1, n = sheets.Count; i <= n; i++) {
      const item = sheets.Item(i);
      if (isWorksheet(item)) names.push(item.Name);
    }
    return names;
  }

  /** ET throws for a name it does not hold (older builds answer nothing): both read as "no such sheet". */
  private findSheet(name: string): EtWorksheet | null {
    const sheets = this.book().Worksheets;
    try {
      const item = sheets.Item(name);
      return isWorksheet(item) ? item : null;
    } catch {
      return null;
    }
  }

  private sheet(name: string): EtWorksheet {
    const sheet = this.findSheet(name);
    if (!sheet) throw new HostError('not-found', `找不到工作表「${name}」。`);
    return sheet;
  }

  private checkNewSheetName(name: string): void {
    if (name.trim() === '' || name.length > SHEET_NAME_LIMIT || INVALID_SHEET_NAME.test(name)) {
      throw new HostError('failed', `工作表名称「${name}」无效。`);
    }
    const lower = name.toLowerCase();
    if (this.allSheets().some((n) => n.toLowerCase() === lower)) {
      throw new HostError('failed', `已存在名为「${name}」的工作表，请换一个名称。`);
    }
  }

  /** Adds a sheet after the last one the user sees (the settings sheet stays last) and names it. */
  private addSheet(name: string): EtWorksheet {
    const sheets = this.book().Worksheets;
    const names = this.allSheets();
    const lastUserSheet = names.filter((n) => n !== SETTINGS_SHEET).pop();
    const after = lastUserSheet ? this.findSheet(lastUserSheet) : null;
    const sheet = sheets.Add(undefined, after ?? undefined);
    try {
      sheet.Name = name;
    } catch (e) {
      this.deleteQuietly(sheet);
      throw e;
    }
    return sheet;
  }

  /** Deletes a sheet without ET asking the user to confirm, restoring its alert setting after. */
  private deleteQuietly(sheet: EtWorksheet): void {
    const alerts = this.app.DisplayAlerts;
    this.app.DisplayAlerts = false;
    try {
      sheet.Delete();
    } finally {
      this.app.DisplayAlerts = alerts;
    }
  }

  /** Runs writes with screen updating off, restoring what it was even when a write fails. */
  private withScreenFrozen<T>(write: () => T): T {
    const before = this.app.ScreenUpdating;
    this.app.ScreenUpdating = false;
    try {
      return write();
    } finally {
      this.app.ScreenUpdating = before;
    }
  }

  /** Runs ET calls, turning what WPS throws into a HostError the pane can show. */
  private guard<T>(calls: () => T, sheet?: string): T {
    try {
      return calls();
    } catch (e) {
      if (e instanceof HostError) throw e;
      const detail = e instanceof Error ? e.message : String(e);
      throw new HostError(
        'failed',
        sheet ? `WPS 操作「${sheet}」失败：${detail}` : `WPS 操作失败：${detail}`,
      );
    }
  }
}

/** The name of the sheet an event passed, when it is a worksheet with a readable name. */
function sheetNameOf(sheet: EtActivatedSheet): string | null {
  // Read, not `'Name' in sheet`: a host object may not list a property it has.
  const name: unknown = sheet ? (sheet as { Name?: unknown }).Name : undefined;
  return typeof name === 'string' ? name : null;
}

/** Dense A1-anchored arrays from what was read of the used range `area`. */
function assembleSnapshot(
  name: string,
  area: CellRange,
  values: ReturnType<typeof answerGrid>,
  formulas: ReturnType<typeof answerGrid>,
  formats: AreaFormats,
  merges: CellRange[],
): SheetSnapshot {
  const rowCount = area.bottom + 1;
  const colCount = area.right + 1;
  const grid = <T>() => Array.from({ length: rowCount }, () => new Array<T | null>(colCount).fill(null));
  const cellValues = grid<CellValue>();
  const cellFormulas = grid<string>();
  const numberFormats = grid<string>();
  const fills = grid<string>();
  for (let i = 0; i <= area.bottom - area.top; i++) {
    const r = area.top + i;
    for (let j = 0; j <= area.right - area.left; j++) {
      const c = area.left + j;
      cellValues[r][c] = cellValueOf(values[i][j]);
      cellFormulas[r][c] = formulaOf(formulas[i][j]);
      numberFormats[r][c] = formats.numberFormats[i][j];
      fills[r][c] = formats.fills[i][j];
    }
  }
  return {
    name,
    rowCount,
    colCount,
    values: cellValues,
    formulas: cellFormulas,
    numberFormats,
    fills,
    merges,
  };
}
