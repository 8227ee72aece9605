/**
 * A strict in-memory Excel for host tests: the subset of the Excel JavaScript API in
 * src/hosts/excel/excelApi.ts (itself checked against @types/office-js), with Excel's batching rules.
 *
 * - Calls only queue operations; `context.sync()` runs them in order. A failing operation rejects the
 *   sync with an Office-style error (`code`), operations before it stay applied, later ones never run.
 * - Reading a property that was not loaded and synced throws `PropertyNotLoaded`, as Office.js does.
 * - Operations queued after the last sync of `run` are an error (Office.js would drop them silently).
 * - It counts syncs, queued operations and payload bytes (UTF-8 JSON of values written and read).
 * - Cell state (values, formulas, number formats, fills, fonts, borders, merges, protection, sheets,
 *   column widths, validation, conditional formats) is what a user would see; it does not calculate:
 *   a formula reads the value it had when last seen in that cell, or null.
 * - Ctrl+Z is modelled: `userUndo()` undoes one undo step (a run with `mergeUndoGroup` on ExcelApi 1.20,
 *   else each sync that wrote). Inside such a group `Worksheet.delete`, which cannot be undone, fails with
 *   `UndoNotSupported`, as Excel does.
 * - `worksheets.onActivated` (ExcelApi 1.7): `add` registers at the sync of the context it was called in, and
 *   the result's `remove()` is queued on that same context, so it takes effect only when that context
 *   syncs again (`runInContext`), as Office.js requires. Only `userActivates` fires the event here.
 * - `worksheets.onChanged` (ExcelApi 1.9, same registration rules): `userEdits` fires it, and so does every
 *   add-in write of values or formulas, after the sync that wrote, one event per range written, with
 *   `triggerSource` `ThisLocalAddin` from ExcelApi 1.14 (absent before). Fills and other formats fire
 *   `onFormatChanged` in Excel, not `onChanged`, so they fire nothing here.
 */
import { CellRange, parseRangeA1, rangeToA1 } from '../../../src/core/address';
import { CellValue, SheetSnapshot } from '../../../src/core/grid';
import { OfficeSettingsLike } from '../../../src/hosts/excel/documentSettings';
import {
  XlBorderSide,
  XlClientResult,
  XlConditionalFormat,
  XlConditionalFormatCollection,
  XlContext,
  XlCustomConditionalFormat,
  XlEventHandlerResult,
  XlEventHandlers,
  XlHandlerContext,
  XlDataValidation,
  XlError,
  XlInput,
  XlRange,
  XlRangeAreas,
  XlRangeBorder,
  XlRangeBorderCollection,
  XlRangeCollection,
  XlRangeFill,
  XlRangeFont,
  XlRangeFormat,
  XlRangeProperty,
  XlRunOptions,
  XlValue,
  XlWorksheet,
  XlWorksheetCollection,
  XlFormatProtection,
  XlProtectionOptions,
  XlWorksheetProtection,
  XlPageLayout,
  XlApplication,
  XlWorkbook,
  XlRun,
  XlRunInContext,
  XlWorksheetActivatedEventArgs,
  XlWorksheetChangedEventArgs,
} from '../../../src/hosts/excel/excelApi';
import { boundingBox, keyRange } from '../../support/boundingBox';

export class FakeOfficeError extends Error implements XlError {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'OfficeExtension.Error';
  }
}

const MAX_ROWS = 1_048_576;
const MERGED_AREAS_LIMIT = 512;

export type BorderEdge = 'top' | 'bottom' | 'left' | 'right';

export interface FakeCell {
  value: CellValue;
  formula: string | null;
  numberFormat: string;
  fill: string | null;
  bold?: boolean;
  fontSize?: number;
  horizontal?: string;
  vertical?: string;
  wrap?: boolean;
  borders?: BorderEdge[];
  /** Cells are locked unless unlocked (Format Cells → Protection); it matters only on a protected sheet. */
  unlocked?: boolean;
}

const EMPTY_CELL: FakeCell = { value: null, formula: null, numberFormat: 'General', fill: null };

export interface FakeSheetState {
  name: string;
  /** What `Worksheet.id` answers: stable across renames. */
  id: string;
  cells: Map<string, FakeCell>;
  merges: CellRange[];
  protected: boolean;
  /** The protection's "Format cells" permission (Excel.WorksheetProtectionOptions.allowFormatCells). */
  allowFormatCells?: boolean;
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  pageLayout: { orientation?: string; paperSize?: string; zoom?: Excel.PageLayoutZoomOptions };
  validations: { range: CellRange; rule: Excel.DataValidationRule }[];
  conditionalFormats: { range: CellRange; formula: string; fill: string | null }[];
  /** Per cell, the value each formula had when last seen there (the fake does not calculate). */
  formulaValues: Map<string, Map<string, CellValue>>;
}

interface WorkbookState {
  sheets: FakeSheetState[];
  active: string;
}

export interface SyncRecord {
  operations: number;
  requestBytes: number;
  responseBytes: number;
}

export interface FakeStats {
  runs: number;
  syncs: number;
  operations: number;
  requestBytes: number;
  responseBytes: number;
  calculationSuspensions: number;
}

export interface FakeSheetSeed {
  snapshot: SheetSnapshot;
  protected?: boolean;
}

const key = (row: number, col: number) => `${row},${col}`;

function bytesOf(x: unknown): number {
  return Buffer.byteLength(JSON.stringify(x) ?? '', 'utf8');
}

function cloneSheet(s: FakeSheetState): FakeSheetState {
  return {
    ...s,
    cells: new Map(
      [...s.cells].map(([k, c]) => [k, { ...c, borders: c.borders ? [...c.borders] : undefined }]),
    ),
    merges: s.merges.map((m) => ({ ...m })),
    columnWidths: new Map(s.columnWidths),
    rowHeights: new Map(s.rowHeights),
    pageLayout: { ...s.pageLayout },
    validations: s.validations.map((v) => ({ ...v })),
    conditionalFormats: s.conditionalFormats.map((c) => ({ ...c })),
    formulaValues: new Map([...s.formulaValues].map(([k, m]) => [k, new Map(m)])),
  };
}

function overlaps(a: CellRange, b: CellRange): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

function contains(r: CellRange, row: number, col: number): boolean {
  return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
}

const MAX_COLUMNS = 16_384;

/** Parses what `getRange` accepts here: `A1`, `A1:C3`, whole columns `C:C` or whole rows `5:5`. */
function parseAddress(address: string): CellRange {
  const rows = /^(\d+):(\d+)$/.exec(address);
  if (rows) {
    const [a, b] = [Number(rows[1]) - 1, Number(rows[2]) - 1];
    return { top: Math.min(a, b), left: 0, bottom: Math.max(a, b), right: MAX_COLUMNS - 1 };
  }
  const columns = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(address);
  if (columns) {
    const a = parseRangeA1(`${columns[1]}1`);
    const b = parseRangeA1(`${columns[2]}1`);
    return { top: 0, left: Math.min(a.left, b.left), bottom: MAX_ROWS - 1, right: Math.max(a.left, b.left) };
  }
  try {
    return parseRangeA1(address);
  } catch {
    throw new FakeOfficeError('InvalidArgument', `bad address ${address}`);
  }
}

function sheetPrefix(name: string): string {
  return /^[A-Za-z0-9_\u4e00-\u9fff]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function excelSerial(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/** What Excel stores when a user or `range.values`/`range.formulas` enters `input` into a cell. */
function entered(input: XlValue, numberFormat: string): { value: CellValue; formula: string | null } {
  if (typeof input !== 'string') return { value: input, formula: null };
  if (input === '') return { value: null, formula: null };
  if (numberFormat === '@') return { value: input, formula: null };
  if (input.startsWith("'")) return { value: input.slice(1), formula: null };
  if (input.startsWith('=')) return { value: null, formula: input };
  const t = input.trim();
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) return { value: Number(t), formula: null };
  if (/^[+-]?(\d+\.?\d*|\.\d+)%$/.test(t)) return { value: Number(t.slice(0, -1)) / 100, formula: null };
  if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === 'true', formula: null };
  const ymd = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(t);
  if (ymd) return { value: excelSerial(+ymd[1], +ymd[2], +ymd[3]), formula: null };
  const md = /^(\d{1,2})月(\d{1,2})日$/.exec(t);
  if (md) return { value: excelSerial(2024, +md[1], +md[2]), formula: null };
  return { value: input, formula: null };
}

/** The settings stored in a workbook: what every runtime's copy is loaded from and saved over. */
export class FakeSettingsDocument {
  stored = new Map<string, string>();
}

/**
 * One runtime's `Office.context.document.settings`. As in Office without a shared runtime, the pane and the
 * function file each hold their own copy, loaded from the document when the runtime starts; `saveAsync`
 * writes the whole copy over what the document stores (discarding what another runtime saved since this
 * copy was loaded), and `refreshAsync` reloads the copy from the document.
 */
export class FakeSettings implements OfficeSettingsLike {
  static readonly SUCCEEDED = 0 as Office.AsyncResultStatus;
  static readonly FAILED = 1 as Office.AsyncResultStatus;
  private copy: Map<string, string>;
  failNextSave = false;
  saves = 0;
  refreshes = 0;

  constructor(readonly document: FakeSettingsDocument = new FakeSettingsDocument()) {
    this.copy = new Map(document.stored);
  }

  /** What is stored in the document (after a successful save by any runtime). */
  get saved(): Map<string, string> {
    return this.document.stored;
  }

  get(name: string): unknown {
    return this.copy.get(name) ?? null;
  }

  set(name: string, value: string): void {
    this.copy.set(name, value);
  }

  saveAsync(callback: (result: Office.AsyncResult<void>) => void): void {
    const failed = this.failNextSave;
    this.failNextSave = false;
    if (!failed) {
      this.document.stored = new Map(this.copy);
      this.saves++;
    }
    const error = { code: 5001, name: 'InternalError', message: 'save failed' };
    setTimeout(() =>
      callback({
        asyncContext: undefined,
        diagnostics: undefined,
        status: failed ? FakeSettings.FAILED : FakeSettings.SUCCEEDED,
        error: failed ? error : (undefined as unknown as Office.Error),
        value: undefined,
      }),
    );
  }

  refreshAsync(callback: (result: Office.AsyncResult<unknown>) => void): void {
    this.copy = new Map(this.document.stored);
    this.refreshes++;
    setTimeout(() =>
      callback({
        asyncContext: undefined,
        diagnostics: undefined,
        status: FakeSettings.SUCCEEDED,
        error: undefined as unknown as Office.Error,
        value: this,
      }),
    );
  }
}

type ActivationHandler = (args: XlWorksheetActivatedEventArgs) => Promise<unknown>;
type ChangeHandler = (args: XlWorksheetChangedEventArgs) => Promise<unknown>;

export class FakeExcel {
  private state: WorkbookState = { sheets: [], active: '' };
  private sheetsCreated = 0;
  /** Handlers registered with `worksheets.onActivated.add`, each with the context that added it. */
  private readonly activationHandlers = new Map<ActivationHandler, FakeContext>();
  /** Handlers registered with `worksheets.onChanged.add`, each with the context that added it. */
  private readonly changeHandlers = new Map<ChangeHandler, FakeContext>();
  /** Change events of add-in writes, fired once the sync that wrote has finished. */
  private pendingChanges: XlWorksheetChangedEventArgs[] = [];
  /** Every `onChanged` event fired, for tests. */
  readonly changeEvents: XlWorksheetChangedEventArgs[] = [];
  private readonly undoStack: WorkbookState[] = [];
  readonly stats: FakeStats = {
    runs: 0,
    syncs: 0,
    operations: 0,
    requestBytes: 0,
    responseBytes: 0,
    calculationSuspensions: 0,
  };
  /** The pane's settings; `settingsOfAnotherRuntime()` gives the function file its own copy. */
  readonly settings = new FakeSettings();

  /** The settings copy of another runtime over the same workbook (the ribbon's function file). */
  settingsOfAnotherRuntime(): FakeSettings {
    return new FakeSettings(this.settings.document);
  }
  /** One entry per sync, for per-round-trip payload limits. */
  readonly syncLog: SyncRecord[] = [];
  /** The options of every Excel.run. */
  readonly runOptions: XlRunOptions[] = [];
  /** Minor version of ExcelApi this client supports (20 = ExcelApi 1.20). */
  excelApiMinor = 20;
  /** The pattern `getCellProperties` answers for a cell with No Fill: Excel builds answer null or 'None'. */
  noFillPattern: 'None' | null = null;
  dialogApi = true;
  selection: { sheet: string; address: string } | null = null;
  /** Excel on the web refuses a response larger than this (5 MB); null for desktop. */
  responseLimitBytes: number | null = null;
  /** How a response over the cap fails: Excel on the web answers a general InternalError as often. */
  payloadErrorCode: 'ResponsePayloadSizeLimitExceeded' | 'InternalError' = 'ResponsePayloadSizeLimitExceeded';
  /** Model the Excel builds whose RangeAreas.address lists only each area's top-left cell. */
  abbreviateMergedAddresses = false;
  /** The user has clicked a chart or shape: there is no selected range. */
  shapeSelected = false;
  /**
   * The user is typing in a cell (cell-edit mode). A batch run then fails with InvalidOperationInCellEditMode,
   * unless run with `delayForCellEdit`: that one waits until the user leaves the cell (`leaveCellEdit`).
   */
  private cellEdit: { ended: Promise<void>; end(): void } | null = null;
  enterCellEdit(): void {
    if (this.cellEdit) return;
    let end = () => undefined as void;
    const ended = new Promise<void>((resolve) => (end = resolve));
    this.cellEdit = { ended, end };
  }
  leaveCellEdit(): void {
    const edit = this.cellEdit;
    this.cellEdit = null;
    edit?.end();
  }
  /** Set by tests to make the next operation of a given kind fail, as a busy or odd client would. */
  failOperation: ((description: string) => FakeOfficeError | null) | null = null;

  constructor(
    seeds: FakeSheetSeed[] = [
      { snapshot: { name: 'Sheet1', rowCount: 0, colCount: 0, values: [], merges: [] } },
    ],
  ) {
    for (const seed of seeds) this.addSheet(seed);
    this.state.active = this.state.sheets[0]?.name ?? '';
  }

  isSetSupported = (name: string, version?: string): boolean => {
    const minor = Number((version ?? '1.1').split('.')[1] ?? 0);
    if (name === 'ExcelApi') return minor <= this.excelApiMinor;
    if (name === 'DialogApi') return this.dialogApi && minor <= 1;
    return false;
  };

  readonly run: XlRun = async <T>(options: XlRunOptions, batch: (context: XlContext) => Promise<T>) => {
    this.stats.runs++;
    this.runOptions.push({ ...options });
    if (this.cellEdit) {
      if (!options.delayForCellEdit)
        throw new FakeOfficeError('InvalidOperationInCellEditMode', 'the user is editing a cell');
      await this.cellEdit.ended;
    }
    const context = new FakeContext(this, options);
    const result = await batch(context);
    if (context.pendingOperations() > 0) {
      throw new Error(
        `${context.pendingOperations()} operations were queued after the last sync and never sent`,
      );
    }
    context.closeUndoGroup();
    return result;
  };

  /** `Excel.run(context, batch)`: a batch in a context an earlier run created. */
  readonly runInContext: XlRunInContext = async <T>(
    context: XlHandlerContext,
    batch: (context: XlContext) => Promise<T>,
  ) => {
    if (!(context instanceof FakeContext) || context.excel !== this) {
      throw new FakeOfficeError('InvalidArgument', 'not a request context of this workbook');
    }
    this.stats.runs++;
    const result = await batch(context);
    if (context.pendingOperations() > 0) {
      throw new Error(
        `${context.pendingOperations()} operations were queued after the last sync and never sent`,
      );
    }
    return result;
  };
  // ---- state for tests -------------------------------------------------------------------------

  addSheet(seed: FakeSheetSeed): FakeSheetState {
    const s = seed.snapshot;
    const sheet: FakeSheetState = {
      name: s.name,
      id: `{00000000-0001-0000-${String(++this.sheetsCreated).padStart(4, '0')}-000000000000}`,
      cells: new Map(),
      merges: s.merges.map((m) => ({ ...m })),
      protected: seed.protected ?? false,
      columnWidths: new Map(),
      rowHeights: new Map(),
      pageLayout: {},
      validations: [],
      conditionalFormats: [],
      formulaValues: new Map(),
    };
    for (let r = 0; r < s.rowCount; r++) {
      for (let c = 0; c < s.colCount; c++) {
        const cell: FakeCell = {
          value: s.values[r]?.[c] ?? null,
          formula: s.formulas?.[r]?.[c] ?? null,
          numberFormat: s.numberFormats?.[r]?.[c] ?? 'General',
          fill: s.fills?.[r]?.[c] ?? null,
        };
        if (cell.value !== null || cell.formula || cell.numberFormat !== 'General' || cell.fill) {
          sheet.cells.set(key(r, c), cell);
        }
        if (cell.formula) sheet.formulaValues.set(key(r, c), new Map([[cell.formula, cell.value]]));
      }
    }
    this.state.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): FakeSheetState {
    const s = this.state.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  sheetNames(): string[] {
    return this.state.sheets.map((s) => s.name);
  }

  get activeSheet(): string {
    return this.state.active;
  }

  setActive(name: string): void {
    this.sheet(name);
    this.state.active = name;
  }

  /** The user clicks another sheet's tab: fires `onActivated`; resolves when every handler has finished. */
  async userActivates(name: string): Promise<void> {
    const sheet = this.sheet(name);
    if (this.state.active === name) return;
    this.state.active = name;
    this.selection = { sheet: name, address: 'A1' };
    const args: XlWorksheetActivatedEventArgs = { worksheetId: sheet.id };
    await Promise.all([...this.activationHandlers.keys()].map((handler) => handler(args)));
  }

  /**
   * The user types into cells (values or `=formulas`, top-left at `a1`, one row per array): fires
   * `onChanged` with the range typed, as Excel does when the edit is committed; resolves when every
   * handler has finished.
   */
  async userEdits(sheetName: string, a1: string, rows: XlValue[][]): Promise<void> {
    const sheet = this.sheet(sheetName);
    const at = parseAddress(a1);
    rows.forEach((row, i) =>
      row.forEach((v, j) => {
        const cell = mutableCell(sheet, at.top + i, at.left + j);
        const { value, formula } = entered(v, cell.numberFormat);
        cell.formula = formula;
        cell.value = formula === null ? value : null;
      }),
    );
    const width = Math.max(1, ...rows.map((r) => r.length));
    const range = {
      top: at.top,
      left: at.left,
      bottom: at.top + rows.length - 1,
      right: at.left + width - 1,
    };
    await this.fireChange(this.changeArgs(sheet, range, 'Unknown'));
  }

  /** How many `onChanged` handlers Excel holds. */
  get changeHandlerCount(): number {
    return this.changeHandlers.size;
  }

  private changeArgs(
    sheet: FakeSheetState,
    range: CellRange,
    trigger: 'Unknown' | 'ThisLocalAddin',
  ): XlWorksheetChangedEventArgs {
    const args: XlWorksheetChangedEventArgs = {
      address: rangeToA1(range),
      worksheetId: sheet.id,
      source: 'Local',
      changeType: 'RangeEdited',
    };
    return this.excelApiMinor >= 14 ? { ...args, triggerSource: trigger } : args;
  }

  private async fireChange(args: XlWorksheetChangedEventArgs): Promise<void> {
    this.changeEvents.push(args);
    await Promise.all([...this.changeHandlers.keys()].map((handler) => handler(args)));
  }

  /** @internal An add-in wrote values or formulas: Excel reports it after the sync. */
  noteAddinWrite(sheet: FakeSheetState, range: CellRange): void {
    this.pendingChanges.push(this.changeArgs(sheet, range, 'ThisLocalAddin'));
  }

  /** @internal Fires the change events of a finished sync, as Excel does, after it returns. */
  flushChanges(): void {
    const changes = this.pendingChanges;
    this.pendingChanges = [];
    if (changes.length === 0) return;
    void Promise.resolve().then(() => Promise.all(changes.map((c) => this.fireChange(c))));
  }

  /** How many `onActivated` handlers Excel holds. */
  get activationHandlerCount(): number {
    return this.activationHandlers.size;
  }

  cell(sheet: string, row: number, col: number): FakeCell {
    return this.sheet(sheet).cells.get(key(row, col)) ?? EMPTY_CELL;
  }

  /**
   * The user inserts `count` rows above row `at` (0-based): cells and merges below move down (formulas are
   * not rewritten here) and `onChanged` fires with changeType RowInserted and the rows' address (`5:6`:
   * whole rows, as Excel names them; the adapter reads a cell range such as `A5:XFD6` the same).
   */
  async insertRowsByHand(sheetName: string, at: number, count: number): Promise<void> {
    const sheet = this.sheet(sheetName);
    const moved = new Map<string, FakeCell>();
    for (const [k, c] of sheet.cells) {
      const [r, col] = k.split(',').map(Number);
      moved.set(r >= at ? key(r + count, col) : k, c);
    }
    sheet.cells = moved;
    sheet.merges = sheet.merges.map((m) =>
      m.top >= at ? { ...m, top: m.top + count, bottom: m.bottom + count } : m,
    );
    const args: XlWorksheetChangedEventArgs = {
      ...this.changeArgs(sheet, { top: at, left: 0, bottom: at + count - 1, right: 0 }, 'Unknown'),
      address: `${at + 1}:${at + count}`,
      changeType: 'RowInserted',
    };
    await this.fireChange(args);
  }

  /** The user deletes every row from `fromRow` down. */
  deleteRowsByHand(sheet: string, fromRow: number): void {
    const s = this.sheet(sheet);
    for (const k of [...s.cells.keys()]) if (Number(k.split(',')[0]) >= fromRow) s.cells.delete(k);
    s.merges = s.merges.filter((m) => m.top < fromRow);
  }

  /** The user fills (or unfills) a cell from the ribbon. */
  setFillByHand(sheet: string, row: number, col: number, fill: string | null): void {
    mutableCell(this.sheet(sheet), row, col).fill = fill;
  }

  /** The user protects a sheet whose `unlocked` cells stay editable, formats allowed or not. */
  protectWithUnlocked(sheet: string, unlocked: CellRange[], allowFormatCells = false): void {
    const s = this.sheet(sheet);
    s.protected = true;
    s.allowFormatCells = allowFormatCells;
    for (const range of unlocked)
      for (let r = range.top; r <= range.bottom; r++)
        for (let c = range.left; c <= range.right; c++) mutableCell(s, r, c).unlocked = true;
  }

  /** The user types a value into a cell. */
  typeByHand(sheet: string, row: number, col: number, value: CellValue): void {
    mutableCell(this.sheet(sheet), row, col).value = value;
  }

  setProtected(sheet: string, value: boolean): void {
    this.sheet(sheet).protected = value;
  }

  /** The sheet's used range; `valuesOnly` counts only cells with a value or formula, as Excel does. */
  usedRange(sheet: string, valuesOnly = false): CellRange | null {
    const s = this.sheet(sheet);
    const used: CellRange[] = valuesOnly ? [] : [...s.merges];
    for (const [k, c] of s.cells) {
      const hasContent = c.value !== null || c.formula !== null;
      const isUsed =
        hasContent ||
        c.numberFormat !== 'General' ||
        c.fill !== null ||
        c.bold !== undefined ||
        c.fontSize !== undefined ||
        c.horizontal !== undefined ||
        c.vertical !== undefined ||
        c.wrap !== undefined ||
        (c.borders?.length ?? 0) > 0;
      if (valuesOnly ? hasContent : isUsed) used.push(keyRange(k));
    }
    return boundingBox(used);
  }

  /** Ctrl+Z: undoes the last undo step. */
  userUndo(): boolean {
    const previous = this.undoStack.pop();
    if (!previous) return false;
    this.state = previous;
    return true;
  }

  get undoSteps(): number {
    return this.undoStack.length;
  }

  resetStats(): void {
    Object.assign(this.stats, {
      runs: 0,
      syncs: 0,
      operations: 0,
      requestBytes: 0,
      responseBytes: 0,
      calculationSuspensions: 0,
    });
  }

  // ---- used by the proxies ----------------------------------------------------------------------

  /** @internal */ findSheet(name: string): FakeSheetState | undefined {
    return this.state.sheets.find((x) => x.name === name);
  }

  /** @internal What `worksheets.getItem(key)` finds: a sheet by name or by id. */
  findSheetByKey(key: string): FakeSheetState | undefined {
    return this.state.sheets.find((x) => x.name === key || x.id === key);
  }

  /** @internal */ registerActivationHandler(handler: ActivationHandler, context: FakeContext): void {
    this.activationHandlers.set(handler, context);
  }

  /** @internal Office.js removes a handler only through the context that added it. */
  unregisterActivationHandler(handler: ActivationHandler, context: FakeContext): void {
    if (this.activationHandlers.get(handler) !== context) {
      throw new FakeOfficeError('InvalidArgument', 'the handler was not added in this request context');
    }
    this.activationHandlers.delete(handler);
  }

  /** @internal */ registerChangeHandler(handler: ChangeHandler, context: FakeContext): void {
    this.changeHandlers.set(handler, context);
  }

  /** @internal Office.js removes a handler only through the context that added it. */
  unregisterChangeHandler(handler: ChangeHandler, context: FakeContext): void {
    if (this.changeHandlers.get(handler) !== context) {
      throw new FakeOfficeError('InvalidArgument', 'the handler was not added in this request context');
    }
    this.changeHandlers.delete(handler);
  }

  /** @internal */ requireApi(minor: number, what: string): void {
    if (this.excelApiMinor < minor)
      throw new FakeOfficeError('ApiNotFound', `${what} needs ExcelApi 1.${minor}`);
  }

  /** @internal */ pushUndoState(): void {
    this.undoStack.push({ sheets: this.state.sheets.map(cloneSheet), active: this.state.active });
  }

  /** @internal */ dropUndoState(): void {
    this.undoStack.pop();
  }

  /** @internal */ createSheet(name: string | undefined): string {
    const sheetName = name ?? `Sheet${this.state.sheets.length + 1}`;
    if (sheetName.length > 31 || /[[\]:*?/\\]/.test(sheetName) || sheetName.trim() === '') {
      throw new FakeOfficeError('InvalidArgument', `invalid sheet name ${sheetName}`);
    }
    if (this.state.sheets.some((s) => s.name.toLowerCase() === sheetName.toLowerCase())) {
      throw new FakeOfficeError('ItemAlreadyExists', `a sheet named ${sheetName} exists`);
    }
    this.addSheet({ snapshot: { name: sheetName, rowCount: 0, colCount: 0, values: [], merges: [] } });
    return sheetName;
  }

  /** @internal */ removeSheet(name: string): void {
    const i = this.state.sheets.findIndex((s) => s.name === name);
    if (i < 0) throw new FakeOfficeError('ItemNotFound', `no sheet ${name}`);
    if (this.state.sheets.length === 1)
      throw new FakeOfficeError('InvalidOperation', 'cannot delete the only sheet');
    this.state.sheets.splice(i, 1);
    if (this.state.active === name) this.state.active = this.state.sheets[Math.max(0, i - 1)].name;
  }

  /** @internal */ activate(name: string): void {
    this.state.active = name;
  }

  /** @internal */ get sheetList(): readonly FakeSheetState[] {
    return this.state.sheets;
  }
}

type Operation = { description: string; writes: boolean; run: () => void };

/** One Excel.run: queued operations, loads committed on a successful sync. */
class FakeContext implements XlContext {
  readonly workbook: XlWorkbook;
  private queue: Operation[] = [];
  private commits: (() => void)[] = [];
  private wroteInRun = false;
  private readonly mergeUndo: boolean;
  /** UTF-8 JSON size of the values assigned since the last sync. */
  pendingRequestBytes = 0;

  constructor(
    readonly excel: FakeExcel,
    options: XlRunOptions,
  ) {
    this.mergeUndo = options.mergeUndoGroup === true && excel.excelApiMinor >= 20;
    const worksheets = new FakeWorksheetCollection(this);
    this.workbook = {
      worksheets,
      application: new FakeApplication(this),
      getSelectedRange: () => {
        let pinned: { sheet: string; address: string } | null = null;
        const selected = () => {
          if (excel.shapeSelected)
            throw new FakeOfficeError('InvalidSelection', 'a shape is selected, not cells');
          pinned ??= excel.selection ?? { sheet: excel.activeSheet, address: 'A1' };
          return pinned;
        };
        const sheet = new FakeWorksheet(this, () => excel.findSheet(selected().sheet) ?? null, '(selection)');
        return new FakeRange(
          this,
          () => sheet.sheet(),
          () => parseAddress(selected().address),
          '(selection)',
          sheet,
        );
      },
    };
  }

  /** Whether this run's writes form one undo step (`mergeUndoGroup`, ExcelApi 1.20). */
  get mergesUndo(): boolean {
    return this.mergeUndo;
  }

  queueOperation(description: string, writes: boolean, run: () => void): void {
    this.excel.stats.operations++;
    this.queue.push({ description, writes, run });
  }

  /** Makes a loaded value readable once the sync that loaded it succeeds. */
  queueCommit(commit: () => void): void {
    this.commits.push(commit);
  }

  pendingOperations(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    const stats = this.excel.stats;
    const responseBefore = stats.responseBytes;
    const requestBytes = this.pendingRequestBytes;
    this.pendingRequestBytes = 0;
    stats.requestBytes += requestBytes;
    stats.syncs++;
    const queue = this.queue;
    this.queue = [];
    this.commits = [];
    let undoPushed = false;
    let wrote = false;
    try {
      for (const op of queue) {
        const injected = this.excel.failOperation?.(op.description);
        if (injected) throw injected;
        if (op.writes && !undoPushed && !(this.mergeUndo && this.wroteInRun)) {
          this.excel.pushUndoState();
          undoPushed = true;
        }
        op.run();
        if (op.writes) wrote = this.wroteInRun = true;
      }
    } catch (e) {
      // A write refused before anything changed leaves no undo step behind.
      if (undoPushed && !wrote) this.excel.dropUndoState();
      this.excel.flushChanges();
      throw e;
    }
    const responseBytes = stats.responseBytes - responseBefore;
    const limit = this.excel.responseLimitBytes;
    if (limit !== null && responseBytes > limit) {
      throw new FakeOfficeError(this.excel.payloadErrorCode, `response of ${responseBytes} bytes`);
    }
    const commits = this.commits;
    this.commits = [];
    for (const commit of commits) commit();
    this.excel.syncLog.push({ operations: queue.length, requestBytes, responseBytes });
    this.excel.flushChanges();
    await Promise.resolve();
  }

  closeUndoGroup(): void {
    this.wroteInRun = false;
  }
}

/** Readable-after-sync storage for a proxy's loaded properties. */
class Loaded {
  private readonly values = new Map<string, unknown>();

  set(name: string, value: unknown): void {
    this.values.set(name, value);
  }

  get<T>(name: string, owner: string): T {
    if (!this.values.has(name)) {
      throw new FakeOfficeError(
        'PropertyNotLoaded',
        `The property '${name}' of ${owner} is not available. Call load() and context.sync() before reading it.`,
      );
    }
    return this.values.get(name) as T;
  }
}

class FakeApplication implements XlApplication {
  constructor(private readonly context: FakeContext) {}

  suspendApiCalculationUntilNextSync(): void {
    this.context.queueOperation('application.suspendApiCalculationUntilNextSync', false, () => {
      this.context.excel.requireApi(6, 'suspendApiCalculationUntilNextSync');
      this.context.excel.stats.calculationSuspensions++;
    });
  }
}

/** Resolves a worksheet proxy to its state when an operation runs (null for a missing OrNullObject). */
type SheetResolver = () => FakeSheetState | null;

class FakeActivatedEvent implements XlEventHandlers<XlWorksheetActivatedEventArgs> {
  constructor(private readonly context: FakeContext) {}

  add(handler: ActivationHandler): XlEventHandlerResult {
    const context = this.context;
    context.queueOperation('worksheets.onActivated.add', false, () => {
      context.excel.requireApi(7, 'worksheets.onActivated');
      context.excel.registerActivationHandler(handler, context);
    });
    return {
      context,
      // Queued on the adding context: it takes effect only when that context syncs.
      remove: () =>
        context.queueOperation('worksheets.onActivated.remove', false, () =>
          context.excel.unregisterActivationHandler(handler, context),
        ),
    };
  }
}

class FakeChangedEvent implements XlEventHandlers<XlWorksheetChangedEventArgs> {
  constructor(private readonly context: FakeContext) {}

  add(handler: ChangeHandler): XlEventHandlerResult {
    const context = this.context;
    context.queueOperation('worksheets.onChanged.add', false, () => {
      context.excel.requireApi(9, 'worksheets.onChanged');
      context.excel.registerChangeHandler(handler, context);
    });
    return {
      context,
      remove: () =>
        context.queueOperation('worksheets.onChanged.remove', false, () =>
          context.excel.unregisterChangeHandler(handler, context),
        ),
    };
  }
}

class FakeWorksheetCollection implements XlWorksheetCollection {
  private readonly loaded = new Loaded();
  readonly onActivated: XlEventHandlers<XlWorksheetActivatedEventArgs>;
  readonly onChanged: XlEventHandlers<XlWorksheetChangedEventArgs>;

  constructor(private readonly context: FakeContext) {
    this.onActivated = new FakeActivatedEvent(context);
    this.onChanged = new FakeChangedEvent(context);
  }

  get items(): XlWorksheet[] {
    return this.loaded.get('items', 'WorksheetCollection');
  }

  load(propertyNames: 'items/name'): XlWorksheetCollection {
    this.context.queueOperation(`worksheets.load(${propertyNames})`, false, () => {
      const sheets = this.context.excel.sheetList.map((s) => {
        const proxy = new FakeWorksheet(
          this.context,
          () => this.context.excel.findSheet(s.name) ?? null,
          s.name,
        );
        proxy.commitName(s.name);
        return proxy;
      });
      this.context.excel.stats.responseBytes += bytesOf(sheets.map((s) => s.name));
      this.context.queueCommit(() => this.loaded.set('items', sheets));
    });
    return this;
  }

  getItem(name: string): XlWorksheet {
    return new FakeWorksheet(
      this.context,
      () => {
        const s = this.context.excel.findSheetByKey(name);
        if (!s) throw new FakeOfficeError('ItemNotFound', `The requested worksheet ${name} doesn't exist.`);
        return s;
      },
      name,
    );
  }

  getItemOrNullObject(name: string): XlWorksheet {
    return new FakeWorksheet(this.context, () => this.context.excel.findSheetByKey(name) ?? null, name, true);
  }

  getActiveWorksheet(): XlWorksheet {
    let pinned: FakeSheetState | null = null;
    return new FakeWorksheet(
      this.context,
      () => (pinned ??= this.context.excel.findSheet(this.context.excel.activeSheet) ?? null),
      '(active)',
    );
  }

  add(name?: string): XlWorksheet {
    let created: string | null = null;
    this.context.queueOperation(`worksheets.add(${name ?? ''})`, true, () => {
      created = this.context.excel.createSheet(name);
    });
    return new FakeWorksheet(
      this.context,
      () => {
        const s = created === null ? undefined : this.context.excel.findSheet(created);
        if (!s) throw new FakeOfficeError('ItemNotFound', 'the added worksheet is gone');
        return s;
      },
      name ?? '(new)',
    );
  }
}

class FakeWorksheet implements XlWorksheet {
  private readonly loaded = new Loaded();
  readonly protection: XlWorksheetProtection;
  readonly pageLayout: XlPageLayout;

  constructor(
    private readonly context: FakeContext,
    private readonly resolve: SheetResolver,
    private readonly label: string,
    private readonly nullable = false,
  ) {
    this.protection = new FakeProtection(context, () => this.sheet());
    this.pageLayout = new FakePageLayout(context, () => this.sheet());
  }

  /** The sheet an operation acts on; a null object's operations fail like Excel's do. */
  sheet(): FakeSheetState {
    const s = this.resolve();
    if (!s) throw new FakeOfficeError('InvalidOperation', `worksheet ${this.label} is a null object`);
    return s;
  }

  commitName(name: string): void {
    this.loaded.set('name', name);
    this.loaded.set('isNullObject', false);
  }

  get name(): string {
    return this.loaded.get('name', `Worksheet ${this.label}`);
  }

  get isNullObject(): boolean {
    return this.loaded.get('isNullObject', `Worksheet ${this.label}`);
  }

  load(propertyNames: 'name'[]): XlWorksheet {
    this.context.queueOperation(`worksheet(${this.label}).load(${propertyNames.join()})`, false, () => {
      const s = this.nullable ? this.resolve() : this.sheet();
      const name = s?.name ?? null;
      this.context.excel.stats.responseBytes += bytesOf(name);
      this.context.queueCommit(() => {
        this.loaded.set('isNullObject', s === null);
        if (name !== null) this.loaded.set('name', name);
      });
    });
    return this;
  }

  getRange(address: string): XlRange {
    const range = parseAddress(address);
    return new FakeRange(
      this.context,
      () => this.sheet(),
      () => range,
      address,
    );
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange {
    return new FakeRange(
      this.context,
      () => this.sheet(),
      () => this.context.excel.usedRange(this.sheet().name, valuesOnly === true),
      `${this.label}.usedRange`,
      this,
    );
  }

  activate(): void {
    this.context.queueOperation(`worksheet(${this.label}).activate`, false, () =>
      this.context.excel.activate(this.sheet().name),
    );
  }

  delete(): void {
    this.context.queueOperation(`worksheet(${this.label}).delete`, true, () => {
      // Deleting a sheet cannot be undone, so Excel refuses it inside an undo group.
      if (this.context.mergesUndo)
        throw new FakeOfficeError(
          'UndoNotSupported',
          'This operation cannot be undone and is not supported in an undo group.',
        );
      this.context.excel.removeSheet(this.sheet().name);
    });
  }
}

class FakePageLayout implements XlPageLayout {
  constructor(
    private readonly context: FakeContext,
    private readonly sheet: () => FakeSheetState,
  ) {}

  private set(what: keyof FakeSheetState['pageLayout'], value: unknown): void {
    this.context.pendingRequestBytes += bytesOf(value);
    this.context.queueOperation(`pageLayout.${what}=`, true, () => {
      this.context.excel.requireApi(9, 'pageLayout');
      const sheet = this.sheet();
      if (sheet.protected) throw new FakeOfficeError('AccessDenied', 'the sheet is protected');
      Object.assign(sheet.pageLayout, { [what]: value });
    });
  }

  private notLoaded(): never {
    throw new FakeOfficeError('PropertyNotLoaded', 'PageLayout properties were not loaded');
  }

  get orientation(): Excel.PageLayout['orientation'] {
    return this.notLoaded();
  }
  set orientation(v: Excel.PageLayout['orientation']) {
    this.set('orientation', v);
  }
  get paperSize(): Excel.PageLayout['paperSize'] {
    return this.notLoaded();
  }
  set paperSize(v: Excel.PageLayout['paperSize']) {
    this.set('paperSize', v);
  }
  get zoom(): Excel.PageLayoutZoomOptions {
    return this.notLoaded();
  }
  set zoom(v: Excel.PageLayoutZoomOptions) {
    this.set('zoom', { ...v });
  }
}

class FakeProtection implements XlWorksheetProtection {
  private readonly loaded = new Loaded();

  constructor(
    private readonly context: FakeContext,
    private readonly sheet: () => FakeSheetState,
  ) {}

  get protected(): boolean {
    return this.loaded.get('protected', 'WorksheetProtection');
  }

  get options(): XlProtectionOptions {
    return this.loaded.get('options', 'WorksheetProtection');
  }

  load(propertyNames: ('protected' | 'options')[]): XlWorksheetProtection {
    this.context.queueOperation(`protection.load(${propertyNames.join()})`, false, () => {
      const sheet = this.sheet();
      const value = sheet.protected;
      const options = { allowFormatCells: sheet.allowFormatCells === true };
      this.context.excel.stats.responseBytes += bytesOf(value);
      this.context.queueCommit(() => {
        if (propertyNames.includes('protected')) this.loaded.set('protected', value);
        if (propertyNames.includes('options')) this.loaded.set('options', options);
      });
    });
    return this;
  }

  /** As Excel documents it: fails when the sheet is protected already. */
  protect(options?: XlProtectionOptions): void {
    this.context.queueOperation('protection.protect', true, () => {
      const sheet = this.sheet();
      if (sheet.protected)
        throw new FakeOfficeError('InvalidOperation', 'The worksheet is already protected.');
      sheet.protected = true;
      sheet.allowFormatCells = options?.allowFormatCells === true;
    });
  }

  unprotect(): void {
    this.context.queueOperation('protection.unprotect', true, () => {
      this.sheet().protected = false;
    });
  }
}

/** A range's cell lock: written for each cell; a protected sheet refuses it (its locks are fixed). */
class FakeFormatProtection implements XlFormatProtection {
  constructor(private readonly range: FakeRange) {}

  get locked(): boolean {
    throw new FakeOfficeError('PropertyNotLoaded', 'RangeFormat.protection.locked was not loaded');
  }
  set locked(v: boolean) {
    this.range.write(
      'format.protection.locked=',
      (sheet, range) => forEachCell(range, (r, c) => (mutableCell(sheet, r, c).unlocked = !v)),
      v,
    );
  }
}

/**
 * What a protected sheet lets through, as Excel does: contents into unlocked cells only; number formats
 * and fills (anywhere) only with "Format cells" allowed; nothing else (merging, widths, validation…).
 */
function protectionAllows(sheet: FakeSheetState, range: CellRange, description: string): boolean {
  const what = description.replace(/^range\([^)]*\)\./, '');
  if (what === 'values=' || what === 'formulas=') {
    for (let r = range.top; r <= range.bottom; r++)
      for (let c = range.left; c <= range.right; c++) if (!sheet.cells.get(key(r, c))?.unlocked) return false;
    return true;
  }
  if (what === 'numberFormat=' || what.startsWith('format.fill.')) return sheet.allowFormatCells === true;
  return false;
}

/** A range proxy; `bounds` is resolved when an operation runs (a used range can be null). */
class FakeRange implements XlRange {
  private readonly loaded = new Loaded();
  readonly format: XlRangeFormat;
  readonly dataValidation: XlDataValidation;
  readonly conditionalFormats: XlConditionalFormatCollection;

  readonly worksheet: XlWorksheet;

  constructor(
    private readonly context: FakeContext,
    private readonly sheet: () => FakeSheetState,
    private readonly bounds: () => CellRange | null,
    private readonly label: string,
    worksheet?: XlWorksheet,
  ) {
    this.worksheet = worksheet ?? new FakeWorksheet(context, () => sheet(), `${label}.worksheet`);
    this.format = new FakeRangeFormat(this);
    this.dataValidation = new FakeDataValidation(this);
    this.conditionalFormats = new FakeConditionalFormats(this);
  }

  /** For collections that hand out ranges with their address already loaded. */
  commitAddress(address: string): void {
    this.loaded.set('address', address);
  }

  // -- helpers for the format proxies
  write(
    description: string,
    apply: (sheet: FakeSheetState, range: CellRange) => void,
    payload?: unknown,
  ): void {
    if (payload !== undefined) this.context.pendingRequestBytes += bytesOf(payload);
    this.context.queueOperation(`range(${this.label}).${description}`, true, () => {
      const sheet = this.sheet();
      const range = this.target();
      if (sheet.protected && !protectionAllows(sheet, range, description)) {
        throw new FakeOfficeError(
          'AccessDenied',
          `The cell or chart you're trying to change is on a protected sheet.`,
        );
      }
      apply(sheet, range);
    });
  }

  requireApi(minor: number, what: string): void {
    this.context.excel.requireApi(minor, what);
  }

  private target(): CellRange {
    const r = this.bounds();
    if (!r) throw new FakeOfficeError('InvalidOperation', `range ${this.label} is a null object`);
    return r;
  }

  private owner(): string {
    return `Range ${this.label}`;
  }

  get address(): string {
    return this.loaded.get('address', this.owner());
  }
  get rowIndex(): number {
    return this.loaded.get('rowIndex', this.owner());
  }
  get columnIndex(): number {
    return this.loaded.get('columnIndex', this.owner());
  }
  get rowCount(): number {
    return this.loaded.get('rowCount', this.owner());
  }
  get columnCount(): number {
    return this.loaded.get('columnCount', this.owner());
  }
  get isNullObject(): boolean {
    return this.loaded.get('isNullObject', this.owner());
  }

  get values(): XlValue[][] {
    return this.loaded.get('values', this.owner());
  }
  set values(rows: XlInput[][]) {
    this.writeContents('values', rows);
  }
  get formulas(): XlValue[][] {
    return this.loaded.get('formulas', this.owner());
  }
  set formulas(rows: XlInput[][]) {
    this.writeContents('formulas', rows);
  }
  get numberFormat(): string[][] {
    return this.loaded.get('numberFormat', this.owner());
  }
  set numberFormat(rows: (string | null)[][]) {
    this.write(
      'numberFormat=',
      (sheet, range) => {
        this.checkShape(range, rows);
        this.forEachInput(range, rows, (r, c, f) => {
          mutableCell(sheet, r, c).numberFormat = f;
        });
      },
      rows,
    );
  }

  load(propertyNames: XlRangeProperty[]): XlRange {
    this.context.queueOperation(`range(${this.label}).load(${propertyNames.join()})`, false, () => {
      const range = this.bounds();
      const sheet = this.sheet();
      const results = new Map<string, unknown>();
      if (range) {
        for (const p of propertyNames) results.set(p, this.readProperty(sheet, range, p));
      }
      this.context.excel.stats.responseBytes += bytesOf([...results.values()]);
      this.context.queueCommit(() => {
        this.loaded.set('isNullObject', range === null);
        for (const [p, v] of results) this.loaded.set(p, v);
      });
    });
    return this;
  }

  getCellProperties(options: Excel.CellPropertiesLoadOptions): XlClientResult<Excel.CellProperties[][]> {
    const result = new FakeClientResult<Excel.CellProperties[][]>('getCellProperties');
    this.context.queueOperation(`range(${this.label}).getCellProperties`, false, () => {
      this.context.excel.requireApi(9, 'getCellProperties');
      const range = this.target();
      const sheet = this.sheet();
      const wantFill = options.format?.fill;
      const rows: Excel.CellProperties[][] = [];
      for (let r = range.top; r <= range.bottom; r++) {
        const row: Excel.CellProperties[] = [];
        for (let c = range.left; c <= range.right; c++) {
          const cell = sheet.cells.get(key(r, c)) ?? EMPTY_CELL;
          const props: Excel.CellProperties = {};
          if (wantFill) {
            const fill: Excel.CellPropertiesFill = {};
            // As Excel: No Fill answers white, and its pattern may come back null rather than 'None'; a
            // chosen white answers pattern null as well (office-js#4900). Only tintAndShade tells them
            // apart: null for No Fill, a number for any fill.
            const white = cell.fill?.toUpperCase() === '#FFFFFF';
            if (wantFill.color) fill.color = cell.fill ?? '#FFFFFF';
            if (wantFill.pattern)
              fill.pattern = cell.fill
                ? white
                  ? (null as unknown as Excel.FillPattern)
                  : 'Solid'
                : (this.context.excel.noFillPattern as Excel.FillPattern);
            if (wantFill.tintAndShade) fill.tintAndShade = (cell.fill ? 0 : null) as number;
            props.format = { fill };
          }
          if (options.format?.protection) {
            props.format = { ...props.format, protection: { locked: cell.unlocked !== true } };
          }
          if (options.address)
            props.address = `${sheetPrefix(sheet.name)}!${rangeToA1({ top: r, left: c, bottom: r, right: c })}`;
          row.push(props);
        }
        rows.push(row);
      }
      this.context.excel.stats.responseBytes += bytesOf(rows);
      this.context.queueCommit(() => result.commit(rows));
    });
    return result;
  }

  getMergedAreasOrNullObject(): XlRangeAreas {
    const areas = new FakeRangeAreas(this.context);
    this.context.queueOperation(`range(${this.label}).getMergedAreasOrNullObject`, false, () => {
      this.context.excel.requireApi(13, 'getMergedAreasOrNullObject');
      const range = this.target();
      const sheet = this.sheet();
      // Excel reports the merged areas whose top-left cell is in the range, whole (office-js issue #3611).
      const found = sheet.merges.filter((m) => contains(range, m.top, m.left));
      if (found.length > MERGED_AREAS_LIMIT) {
        throw new FakeOfficeError(
          'GeneralException',
          `more than ${MERGED_AREAS_LIMIT} merged areas in the range`,
        );
      }
      areas.resolved = found.map((m) => ({ ...m, sheet: sheet.name }));
    });
    return areas;
  }

  merge(across?: boolean): void {
    this.write(`merge(${across ?? false})`, (sheet, range) => {
      if (across) throw new Error('the fake models merge(false) only');
      sheet.merges = sheet.merges.filter((m) => !overlaps(m, range));
      for (let r = range.top; r <= range.bottom; r++) {
        for (let c = range.left; c <= range.right; c++) {
          if (r === range.top && c === range.left) continue;
          const cell = sheet.cells.get(key(r, c));
          if (cell) Object.assign(cell, { value: null, formula: null });
        }
      }
      if (range.top !== range.bottom || range.left !== range.right) sheet.merges.push({ ...range });
    });
  }

  unmerge(): void {
    this.write('unmerge', (sheet, range) => {
      sheet.merges = sheet.merges.filter((m) => !overlaps(m, range));
    });
  }

  select(): void {
    this.context.queueOperation(`range(${this.label}).select`, false, () => {
      const sheet = this.sheet();
      if (sheet.name !== this.context.excel.activeSheet) {
        throw new FakeOfficeError('InvalidOperation', 'cannot select a range on a sheet that is not active');
      }
      this.context.excel.selection = { sheet: sheet.name, address: rangeToA1(this.target()) };
    });
  }

  private readProperty(sheet: FakeSheetState, range: CellRange, p: XlRangeProperty): unknown {
    switch (p) {
      case 'address':
        return `${sheetPrefix(sheet.name)}!${rangeToA1(range)}`;
      case 'rowIndex':
        return range.top;
      case 'columnIndex':
        return range.left;
      case 'rowCount':
        return range.bottom - range.top + 1;
      case 'columnCount':
        return range.right - range.left + 1;
      case 'values':
        return this.grid(sheet, range, (cell) => cell.value ?? '');
      case 'formulas':
        return this.grid(sheet, range, (cell) => cell.formula ?? cell.value ?? '');
      case 'numberFormat':
        return this.grid(sheet, range, (cell) => cell.numberFormat);
    }
  }

  private grid<T>(sheet: FakeSheetState, range: CellRange, pick: (cell: FakeCell) => T): T[][] {
    if ((range.bottom - range.top + 1) * (range.right - range.left + 1) > 5_000_000) {
      throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', 'range too large to read');
    }
    const rows: T[][] = [];
    for (let r = range.top; r <= range.bottom; r++) {
      const row: T[] = [];
      for (let c = range.left; c <= range.right; c++)
        row.push(pick(sheet.cells.get(key(r, c)) ?? EMPTY_CELL));
      rows.push(row);
    }
    return rows;
  }

  private checkShape(range: CellRange, rows: readonly (readonly unknown[])[]): void {
    const height = range.bottom - range.top + 1;
    const width = range.right - range.left + 1;
    if (rows.length !== height || rows.some((r) => r.length !== width)) {
      throw new FakeOfficeError(
        'InvalidArgument',
        `the array does not match the size of range ${rangeToA1(range)}`,
      );
    }
  }

  private forEachInput<T>(
    range: CellRange,
    rows: (T | null)[][],
    apply: (r: number, c: number, v: T) => void,
  ): void {
    rows.forEach((row, i) =>
      row.forEach((v, j) => {
        if (v !== null) apply(range.top + i, range.left + j, v);
      }),
    );
  }

  private writeContents(property: 'values' | 'formulas', rows: XlInput[][]): void {
    this.write(
      `${property}=`,
      (sheet, range) => {
        this.checkShape(range, rows);
        // Excel refuses to put content into the hidden cells of a merged area.
        this.forEachInput(range, rows, (r, c, v) => {
          const covered = sheet.merges.some((m) => contains(m, r, c) && (m.top !== r || m.left !== c));
          if (covered && v !== '')
            throw new FakeOfficeError('InvalidOperation', `cannot change part of a merged cell`);
        });
        this.forEachInput(range, rows, (r, c, v) => {
          const cell = mutableCell(sheet, r, c);
          const { value, formula } = entered(v, cell.numberFormat);
          cell.formula = formula;
          cell.value = formula === null ? value : (sheet.formulaValues.get(key(r, c))?.get(formula) ?? null);
        });
        this.context.excel.noteAddinWrite(sheet, range);
      },
      rows,
    );
  }
}

function mutableCell(sheet: FakeSheetState, row: number, col: number): FakeCell {
  let cell = sheet.cells.get(key(row, col));
  if (!cell) {
    cell = { ...EMPTY_CELL };
    sheet.cells.set(key(row, col), cell);
  }
  return cell;
}

function forEachCell(range: CellRange, apply: (r: number, c: number) => void): void {
  if (range.bottom - range.top >= MAX_ROWS - 1) throw new Error('the fake does not format whole columns');
  for (let r = range.top; r <= range.bottom; r++) for (let c = range.left; c <= range.right; c++) apply(r, c);
}

class FakeClientResult<T> implements XlClientResult<T> {
  private result: { value: T } | null = null;

  constructor(private readonly what: string) {}

  commit(value: T): void {
    this.result = { value };
  }

  get value(): T {
    if (!this.result) {
      throw new FakeOfficeError(
        'PropertyNotLoaded',
        `The value of ${this.what} is not available before context.sync().`,
      );
    }
    return this.result.value;
  }
}

class FakeRangeAreas implements XlRangeAreas {
  private readonly loaded = new Loaded();
  /** Set when the query runs in a sync. */
  resolved: (CellRange & { sheet: string })[] | null = null;
  readonly areas: XlRangeCollection;

  constructor(private readonly context: FakeContext) {
    this.areas = new FakeRangeCollection(context, () => this.found());
  }

  private found(): (CellRange & { sheet: string })[] {
    if (!this.resolved) throw new Error('merged areas loaded before the query ran');
    return this.resolved;
  }

  get isNullObject(): boolean {
    return this.loaded.get('isNullObject', 'RangeAreas');
  }

  get areaCount(): number {
    return this.loaded.get('areaCount', 'RangeAreas');
  }

  get cellCount(): number {
    return this.loaded.get('cellCount', 'RangeAreas');
  }

  get address(): string {
    return this.loaded.get('address', 'RangeAreas');
  }

  load(propertyNames: ('address' | 'areaCount' | 'cellCount')[]): XlRangeAreas {
    this.context.queueOperation(`rangeAreas.load(${propertyNames.join()})`, false, () => {
      const found = this.found();
      const excel = this.context.excel;
      const values = new Map<string, unknown>();
      if (found.length > 0) {
        // Some builds list only each area's top-left cell (office-js issue #1590).
        const listed = found.map((a) =>
          excel.abbreviateMergedAddresses ? { ...a, bottom: a.top, right: a.left } : a,
        );
        const cells = found.reduce((n, a) => n + (a.bottom - a.top + 1) * (a.right - a.left + 1), 0);
        const all = {
          address: listed.map((a) => `${sheetPrefix(a.sheet)}!${rangeToA1(a)}`).join(', '),
          areaCount: found.length,
          cellCount: cells,
        };
        for (const p of propertyNames) values.set(p, all[p]);
      }
      excel.stats.responseBytes += bytesOf([...values.values()]);
      this.context.queueCommit(() => {
        this.loaded.set('isNullObject', found.length === 0);
        for (const [p, v] of values) this.loaded.set(p, v);
      });
    });
    return this;
  }
}

class FakeRangeCollection implements XlRangeCollection {
  private readonly loaded = new Loaded();

  constructor(
    private readonly context: FakeContext,
    private readonly areas: () => (CellRange & { sheet: string })[],
  ) {}

  get items(): XlRange[] {
    return this.loaded.get('items', 'RangeCollection');
  }

  load(propertyNames: 'items/address'): XlRangeCollection {
    this.context.queueOperation(`rangeCollection.load(${propertyNames})`, false, () => {
      const found = this.areas();
      if (found.length === 0) return; // a null object's collection: nothing to read
      const items = found.map((a) => {
        const sheet = this.context.excel.findSheet(a.sheet);
        const proxy = new FakeRange(
          this.context,
          () => {
            if (!sheet) throw new FakeOfficeError('ItemNotFound', 'sheet gone');
            return sheet;
          },
          () => a,
          rangeToA1(a),
        );
        return { proxy, address: `${sheetPrefix(a.sheet)}!${rangeToA1(a)}` };
      });
      this.context.excel.stats.responseBytes += bytesOf(items.map((i) => i.address));
      this.context.queueCommit(() => {
        for (const i of items) i.proxy.commitAddress(i.address);
        this.loaded.set(
          'items',
          items.map((i) => i.proxy),
        );
      });
    });
    return this;
  }
}

class FakeRangeFormat implements XlRangeFormat {
  readonly fill: XlRangeFill;
  readonly font: XlRangeFont;
  readonly borders: XlRangeBorderCollection;
  readonly protection: XlFormatProtection;

  constructor(private readonly range: FakeRange) {
    this.protection = new FakeFormatProtection(range);
    this.fill = new FakeRangeFill(range);
    this.font = new FakeRangeFont(range);
    this.borders = new FakeBorders(range);
  }

  private notLoaded(name: string): never {
    throw new FakeOfficeError(
      'PropertyNotLoaded',
      `RangeFormat.${name} was not loaded (the fake does not load formats)`,
    );
  }

  get horizontalAlignment(): Excel.RangeFormat['horizontalAlignment'] {
    return this.notLoaded('horizontalAlignment');
  }
  set horizontalAlignment(v: Excel.RangeFormat['horizontalAlignment']) {
    this.setEach('horizontalAlignment', (cell) => (cell.horizontal = String(v)), v);
  }
  get verticalAlignment(): Excel.RangeFormat['verticalAlignment'] {
    return this.notLoaded('verticalAlignment');
  }
  set verticalAlignment(v: Excel.RangeFormat['verticalAlignment']) {
    this.setEach('verticalAlignment', (cell) => (cell.vertical = String(v)), v);
  }
  get wrapText(): boolean {
    return this.notLoaded('wrapText');
  }
  set wrapText(v: boolean) {
    this.setEach('wrapText', (cell) => (cell.wrap = v), v);
  }
  get columnWidth(): number {
    return this.notLoaded('columnWidth');
  }
  set columnWidth(points: number) {
    this.range.write(
      'format.columnWidth=',
      (sheet, range) => {
        for (let c = range.left; c <= range.right; c++) sheet.columnWidths.set(c, points);
      },
      points,
    );
  }

  get rowHeight(): number {
    return this.notLoaded('rowHeight');
  }
  set rowHeight(points: number) {
    this.range.write(
      'format.rowHeight=',
      (sheet, range) => {
        for (let r = range.top; r <= range.bottom; r++) sheet.rowHeights.set(r, points);
      },
      points,
    );
  }

  private setEach(what: string, apply: (cell: FakeCell) => void, payload: unknown): void {
    this.range.write(
      `format.${what}=`,
      (sheet, range) => forEachCell(range, (r, c) => apply(mutableCell(sheet, r, c))),
      payload,
    );
  }
}

class FakeRangeFill implements XlRangeFill {
  constructor(private readonly range: FakeRange) {}

  get color(): string {
    throw new FakeOfficeError('PropertyNotLoaded', 'RangeFill.color was not loaded');
  }
  set color(color: string) {
    if (!/^#[0-9A-Fa-f]{6}$/.test(color)) throw new Error(`the fake expects #RRGGBB fills, got ${color}`);
    this.range.write(
      'format.fill.color=',
      (sheet, range) => forEachCell(range, (r, c) => (mutableCell(sheet, r, c).fill = color.toUpperCase())),
      color,
    );
  }

  clear(): void {
    this.range.write('format.fill.clear', (sheet, range) =>
      forEachCell(range, (r, c) => {
        const cell = sheet.cells.get(key(r, c));
        if (cell) cell.fill = null;
      }),
    );
  }
}

class FakeRangeFont implements XlRangeFont {
  constructor(private readonly range: FakeRange) {}

  get bold(): boolean {
    throw new FakeOfficeError('PropertyNotLoaded', 'RangeFont.bold was not loaded');
  }
  set bold(v: boolean) {
    this.range.write(
      'format.font.bold=',
      (sheet, range) => forEachCell(range, (r, c) => (mutableCell(sheet, r, c).bold = v)),
      v,
    );
  }
  get size(): number {
    throw new FakeOfficeError('PropertyNotLoaded', 'RangeFont.size was not loaded');
  }
  set size(v: number) {
    this.range.write(
      'format.font.size=',
      (sheet, range) => forEachCell(range, (r, c) => (mutableCell(sheet, r, c).fontSize = v)),
      v,
    );
  }
}

class FakeBorders implements XlRangeBorderCollection {
  constructor(private readonly range: FakeRange) {}

  getItem(index: XlBorderSide): XlRangeBorder {
    return new FakeBorder(this.range, index);
  }
}

/** Which cell edges a border side of a range draws. */
function edgesOf(side: XlBorderSide, range: CellRange, r: number, c: number): BorderEdge[] {
  switch (side) {
    case 'EdgeTop':
      return r === range.top ? ['top'] : [];
    case 'EdgeBottom':
      return r === range.bottom ? ['bottom'] : [];
    case 'EdgeLeft':
      return c === range.left ? ['left'] : [];
    case 'EdgeRight':
      return c === range.right ? ['right'] : [];
    case 'InsideHorizontal':
      return [...(r > range.top ? ['top' as const] : []), ...(r < range.bottom ? ['bottom' as const] : [])];
    case 'InsideVertical':
      return [...(c > range.left ? ['left' as const] : []), ...(c < range.right ? ['right' as const] : [])];
  }
}

class FakeBorder implements XlRangeBorder {
  constructor(
    private readonly range: FakeRange,
    private readonly side: XlBorderSide,
  ) {}

  get style(): Excel.RangeBorder['style'] {
    throw new FakeOfficeError('PropertyNotLoaded', 'RangeBorder.style was not loaded');
  }
  set style(style: Excel.RangeBorder['style']) {
    this.range.write(
      `format.borders(${this.side}).style=`,
      (sheet, range) =>
        forEachCell(range, (r, c) => {
          const cell = mutableCell(sheet, r, c);
          const edges = new Set(cell.borders ?? []);
          for (const e of edgesOf(this.side, range, r, c)) {
            if (style === 'None') edges.delete(e);
            else edges.add(e);
          }
          cell.borders = [...edges].sort();
        }),
      style,
    );
  }
  get weight(): Excel.RangeBorder['weight'] {
    throw new FakeOfficeError('PropertyNotLoaded', 'RangeBorder.weight was not loaded');
  }
  set weight(weight: Excel.RangeBorder['weight']) {
    this.range.write(`format.borders(${this.side}).weight=`, () => undefined, weight);
  }
}

class FakeDataValidation implements XlDataValidation {
  constructor(private readonly range: FakeRange) {}

  get rule(): Excel.DataValidationRule {
    throw new FakeOfficeError('PropertyNotLoaded', 'DataValidation.rule was not loaded');
  }
  set rule(rule: Excel.DataValidationRule) {
    this.range.write(
      'dataValidation.rule=',
      (sheet, range) => {
        this.range.requireApi(8, 'dataValidation');
        sheet.validations = sheet.validations.filter((v) => !overlaps(v.range, range));
        sheet.validations.push({ range: { ...range }, rule });
      },
      rule,
    );
  }
}

class FakeConditionalFormats implements XlConditionalFormatCollection {
  constructor(private readonly range: FakeRange) {}

  add(type: 'Custom'): XlConditionalFormat {
    const box: { record: FakeSheetState['conditionalFormats'][number] | null } = { record: null };
    this.range.write(`conditionalFormats.add(${type})`, (sheet, range) => {
      this.range.requireApi(6, 'conditionalFormats');
      box.record = { range: { ...range }, formula: '', fill: null };
      sheet.conditionalFormats.push(box.record);
    });
    const record = () => {
      if (!box.record) throw new Error('conditional format used before it was added');
      return box.record;
    };
    const range = this.range;
    const custom: XlCustomConditionalFormat = {
      rule: {
        get formula(): string {
          throw new FakeOfficeError('PropertyNotLoaded', 'ConditionalFormatRule.formula was not loaded');
        },
        set formula(f: string) {
          range.write('conditionalFormat.custom.rule.formula=', () => (record().formula = f), f);
        },
      },
      format: {
        fill: {
          get color(): string {
            throw new FakeOfficeError('PropertyNotLoaded', 'ConditionalRangeFill.color was not loaded');
          },
          set color(c: string) {
            range.write(
              'conditionalFormat.custom.format.fill.color=',
              () => (record().fill = c.toUpperCase()),
              c,
            );
          },
        },
      },
    };
    return { custom };
  }
}
