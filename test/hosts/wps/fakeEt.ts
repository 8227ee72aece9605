/**
 * A strict in-memory WPS 表格 (ET) for host tests: the subset of the ET object model in
 * src/hosts/wps/etApi.ts (itself checked against et-jsapi-declare), behaving as ET does where we know it:
 *
 * - `Worksheets.Item` is 1-based (0 and past-the-end throw), takes a name, and throws for a missing one.
 * - `Value2` / `Formula` answer a scalar for one cell and a 2-D array otherwise; empty cells are undefined;
 *   error values come back as their COM error codes. Assigned values are parsed as if typed: numeric text
 *   becomes a number, `12月20日` a date, `TRUE` a boolean, `=…` a formula, and a leading `'` keeps text.
 * - `NumberFormat`, `Interior.Color/Pattern`, `Font.*` and `MergeCells` answer one value when every cell
 *   agrees and null when they differ; colours are BGR numbers; no fill reads Pattern xlNone, Color white.
 * - Writes to a protected sheet throw; writing contents over part of a merged area throws; `Merge` over
 *   non-empty covered cells and `Delete` of a sheet throw while `DisplayAlerts` is on (ET would prompt).
 * - `Range.Select` throws unless its sheet is active; conditional formats record the active cell their
 *   relative references were read from.
 * - It does not calculate: a formula reads the value it had when last seen in that cell, or null.
 * - Every property read or write and every method call on an ET object counts as one call; writes made
 *   while `ScreenUpdating` is on are counted apart.
 */
import { CellRange, columnIndex, parseRangeA1, rangeToA1, rangesOverlap } from '../../../src/core/address';
import { CellValue, SheetSnapshot } from '../../../src/core/grid';
import {
  EtAnswer,
  EtActivatedSheet,
  EtBeforeSaveListener,
  EtCancel,
  EtChangedRange,
  EtSheetChangeListener,
  EtApiEvents,
  EtApplication,
  EtBorder,
  EtBorders,
  EtFont,
  EtFormatCondition,
  EtFormatConditions,
  EtInput,
  EtInterior,
  EtPageSetup,
  EtProtection,
  EtRange,
  EtSheetActivateListener,
  EtSheetGroup,
  EtValidation,
  EtWindow,
  EtWorkbook,
  EtWorksheet,
  EtWorksheets,
} from '../../../src/hosts/wps/etApi';
import { boundingBox, keyRange } from '../../support/boundingBox';

export const GENERAL = 'G/通用格式';
const NO_FILL_COLOR = 0xffffff;
const PATTERN_NONE = -4142;
const PATTERN_SOLID = 1;
const MAX_ROW = 1_048_575;
const MAX_COL = 16_383;
/** ET's default row height in points. */
const DEFAULT_ROW_HEIGHT = 13.5;

/** COM error codes ET hands through the bridge for error values. */
const ERROR_CODES: Record<string, number> = {
  '#DIV/0!': -2146826281,
  '#N/A': -2146826246,
  '#NAME?': -2146826259,
  '#NULL!': -2146826288,
  '#NUM!': -2146826252,
  '#REF!': -2146826265,
  '#VALUE!': -2146826273,
};

export class FakeEtError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FakeEtError';
  }
}

interface FakeCell {
  value: CellValue;
  formula: string | null;
  numberFormat: string;
  /** BGR, null for no fill. */
  fill: number | null;
  /** Cells are locked unless unlocked (设置单元格格式 → 保护); it matters only on a protected sheet. */
  unlocked?: boolean;
  bold?: boolean;
  size?: number;
  horizontal?: number | boolean;
  vertical?: number | boolean;
  wrap?: boolean;
  /** What each formula this cell held evaluated to, so a restored formula shows its old value. */
  memory?: Map<string, CellValue>;
}

export interface BorderRecord {
  range: CellRange;
  side: number;
  lineStyle?: number | boolean;
  weight?: number;
}

export interface ValidationRecord {
  range: CellRange;
  type: number;
  alertStyle?: number;
  operator?: number;
  formula1?: string;
  formula2?: string;
}

export interface ConditionalFormatRecord {
  range: CellRange;
  type: number;
  formula?: string;
  /** The active cell when the rule was added: ET reads relative references from it. */
  activeCell: string | null;
  color?: number | null;
}

export class SheetModel {
  readonly cells = new Map<string, FakeCell>();
  private mergeList: CellRange[] = [];
  private mergeByCell: Map<string, CellRange> | null = null;
  protectContents = false;
  /** `Protection.AllowFormattingCells` of the protected sheet. */
  allowFormattingCells = false;
  visible = -1;
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  /** What `PageSetup` holds: ET's defaults until a template sets them. */
  readonly pageSetup: EtPageSetup = {
    PaperSize: 9,
    Orientation: 1,
    Zoom: 100,
    FitToPagesWide: 1,
    FitToPagesTall: 1,
    CenterHorizontally: false,
  };
  readonly borders: BorderRecord[] = [];
  validations: ValidationRecord[] = [];
  readonly conditionalFormats: ConditionalFormatRecord[] = [];

  constructor(public name: string) {}

  cell(row: number, col: number): FakeCell {
    const key = `${row},${col}`;
    let c = this.cells.get(key);
    if (!c) {
      c = { value: null, formula: null, numberFormat: GENERAL, fill: null };
      this.cells.set(key, c);
    }
    return c;
  }

  peek(row: number, col: number): FakeCell | undefined {
    return this.cells.get(`${row},${col}`);
  }

  get merges(): CellRange[] {
    return this.mergeList;
  }

  set merges(list: CellRange[]) {
    this.mergeList = list;
    this.mergeByCell = null;
  }

  mergeAt(row: number, col: number): CellRange | undefined {
    if (!this.mergeByCell) {
      this.mergeByCell = new Map();
      for (const m of this.mergeList) {
        for (let r = m.top; r <= m.bottom; r++)
          for (let c = m.left; c <= m.right; c++) this.mergeByCell.set(`${r},${c}`, m);
      }
    }
    return this.mergeByCell.get(`${row},${col}`);
  }

  /** Merged areas overlapping a rectangle. */
  mergesOver(range: CellRange): CellRange[] {
    return this.mergeList.filter((m) => rangesOverlap(m, range));
  }

  /** The bounding box of every cell that differs from a blank one, and of every merged area. */
  usedRange(): CellRange | null {
    const used: CellRange[] = [...this.merges];
    for (const [key, c] of this.cells) {
      const blank =
        c.value === null &&
        c.formula === null &&
        c.fill === null &&
        (c.numberFormat === GENERAL || c.numberFormat === 'General');
      if (!blank) used.push(keyRange(key));
    }
    return boundingBox(used);
  }
}

export interface FakeStats {
  /** ET calls: property reads and writes and method calls on ET objects. */
  calls: number;
  /** Writes made while `ScreenUpdating` was on. */
  visibleWrites: number;
}

/** Wraps an ET object so each property access and method call counts, and methods see the bare object. */
function counted<T extends object>(target: T, stats: FakeStats): T {
  return new Proxy(target, {
    get(t, prop) {
      const v: unknown = Reflect.get(t, prop, t);
      if (typeof prop === 'symbol' || prop === 'then') return v;
      if (typeof v === 'function') {
        return (...args: unknown[]) => {
          stats.calls++;
          return (v as (...a: unknown[]) => unknown).apply(t, args);
        };
      }
      stats.calls++;
      return v;
    },
    set(t, prop, value) {
      stats.calls++;
      return Reflect.set(t, prop, value, t);
    },
    // ET's objects are host objects: `'Name' in sheet` may be false for a property that reads fine.
    has: () => false,
  });
}

function parseAddress(address: string): CellRange {
  const text = address.replace(/\$/g, '').trim();
  const rows = /^(\d+):(\d+)$/.exec(text);
  if (rows) {
    const [a, b] = [Number(rows[1]) - 1, Number(rows[2]) - 1];
    if (a < 0 || b < 0 || a > MAX_ROW || b > MAX_ROW) throw new FakeEtError(`无效的单元格引用：${address}`);
    return { top: Math.min(a, b), left: 0, bottom: Math.max(a, b), right: MAX_COL };
  }
  const columns = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(text);
  if (columns) {
    const a = columnIndex(columns[1]);
    const b = columnIndex(columns[2]);
    return { top: 0, left: Math.min(a, b), bottom: MAX_ROW, right: Math.max(a, b) };
  }
  try {
    return parseRangeA1(text);
  } catch {
    throw new FakeEtError(`无效的单元格引用：${address}`);
  }
}

function absoluteAddress(r: CellRange): string {
  return rangeToA1(r)
    .split(':')
    .map((a) => a.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2'))
    .join(':');
}

function cellsOf(r: CellRange): { row: number; col: number }[] {
  const out: { row: number; col: number }[] = [];
  for (let row = r.top; row <= r.bottom; row++)
    for (let col = r.left; col <= r.right; col++) out.push({ row, col });
  return out;
}

/** A date typed as `12月20日` or `2021-12-20` becomes a serial number (fiscal year 2021). */
function dateSerial(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/** What ET makes of a typed entry. */
export function parseTyped(input: EtInput): {
  value: CellValue;
  formula: string | null;
  numberFormat?: string;
} {
  if (typeof input !== 'string') return { value: input, formula: null };
  if (input.startsWith("'")) return { value: input.slice(1), formula: null };
  if (input === '') return { value: null, formula: null };
  if (input.startsWith('=') && input.length > 1) return { value: null, formula: input };
  const t = input.trim();
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) return { value: Number(t), formula: null };
  const percent = /^([+-]?\d+\.?\d*)%$/.exec(t);
  if (percent) return { value: Number(percent[1]) / 100, formula: null, numberFormat: '0%' };
  const md = /^(\d{1,2})月(\d{1,2})日$/.exec(t);
  if (md) return { value: dateSerial(2021, +md[1], +md[2]), formula: null, numberFormat: 'm"月"d"日"' };
  const ymd = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(t);
  if (ymd) return { value: dateSerial(+ymd[1], +ymd[2], +ymd[3]), formula: null, numberFormat: 'yyyy/m/d' };
  if (/^(true|false)$/i.test(t)) return { value: t.toUpperCase() === 'TRUE', formula: null };
  return { value: input, formula: null };
}

export class FakeEt {
  readonly stats: FakeStats = { calls: 0, visibleWrites: 0 };
  readonly sheets: SheetModel[] = [];
  activeSheet: string;
  selection: { sheet: string; address: string } | null = null;
  screenUpdating = true;
  displayAlerts = true;
  /** No workbook open: `ActiveWorkbook` and `ActiveWindow` answer null. */
  noWorkbook = false;
  /** Answer a single row or column as a 1-D array, as some ET builds do. */
  oneDimensionalLines = false;
  /**
   * What `MergeCells` and `NumberFormat` answer for a range whose cells differ: null here by default; WPS
   * builds are seen to answer "" or a boolean instead.
   */
  mixedAnswer: null | '' | boolean = null;
  /** Whether `Range.Value(11)` answers the XML Spreadsheet document (older builds throw). */
  answersXmlSpreadsheet = true;
  /** Make every write throw this message (a write WPS refuses halfway). */
  failWrites: string | null = null;
  private addedSheets = 0;
  readonly application: EtApplication;
  /**
   * `ApiEvent`: listeners by event name. `SheetActivate` is fired by `userActivates`; `SheetChange` by
   * `userEdits` and, as in ET, by every write of cell contents, this add-in's included, synchronously
   * inside the write (Sh, Target); `WorkbookBeforeSave` by `userSaves` and `Workbook.Save()` with
   * (Wb, SaveAsUI, Cancel) as WPS's documentation gives it: a listener holds the save by setting
   * `Cancel.Value = true`.
   */
  readonly apiEvent: EtApiEvents;
  private readonly listeners = new Map<string, (((...args: never[]) => void) | string)[]>();
  /** Which listener forms `AddApiEventListener` honours: a global function's name, a closure, or both. */
  apiEventForms: ('name' | 'closure')[] = ['name', 'closure'];
  /**
   * How `WorkbookBeforeSave` takes its answer: `ApiEvent.Cancel = true` (the typings' 询问型 event, WPS's OA
   * samples; ET does not reset it between events), a `Cancel` argument's `Value` (the 加载项 documentation's
   * (Wb, SaveAsUI, Cancel)), or not at all (a build whose event cannot be answered).
   */
  saveAnswer: 'apiEvent' | 'argument' | 'none' = 'apiEvent';
  /** `ApiEvent.Cancel` as the listeners left it (only where `saveAnswer` is 'apiEvent'). */
  apiEventCancel = false;
  /** Build without any way to answer a save: it cannot be held. */
  get beforeSaveWithoutCancel(): boolean {
    return this.saveAnswer === 'none';
  }
  set beforeSaveWithoutCancel(none: boolean) {
    this.saveAnswer = none ? 'none' : 'apiEvent';
  }
  /** The add-in's task pane (made by the ribbon, id kept in PluginStorage): shown or hidden. */
  paneId: number | null = 7;
  /** The active workbook's FullName. */
  workbookPath = 'D:\\绩效\\2023年度自评表.xlsx';
  paneVisible = true;
  /** Times something made the pane visible. */
  paneShown = 0;
  /** Saves that went through, with whether the Save As dialog was shown. */
  readonly saves: { saveAs: boolean }[] = [];
  /** Writes that fired `SheetChange`: sheet and `$A$1` address. */
  readonly sheetChanges: { sheet: string; address: string }[] = [];

  constructor(seeds: { snapshot: SheetSnapshot; protected?: boolean }[]) {
    for (const seed of seeds) this.sheets.push(this.seed(seed.snapshot, seed.protected ?? false));
    this.activeSheet = this.sheets[0]?.name ?? '';
    this.application = this.wrap(new FakeApplication(this));
    const add = (name: string, callback: ((...args: never[]) => void) | string) => {
      // A build honours one form or both; the other is taken without a word and never called.
      const form = typeof callback === 'string' ? 'name' : 'closure';
      if (!this.apiEventForms.includes(form)) return;
      this.listeners.set(name, [...(this.listeners.get(name) ?? []), callback]);
    };
    const remove = (name: string, callback?: ((...args: never[]) => void) | string) => {
      this.listeners.set(
        name,
        callback ? (this.listeners.get(name) ?? []).filter((l) => l !== callback) : [],
      );
    };
    const api = { AddApiEventListener: add, RemoveApiEventListener: remove };
    Object.defineProperty(api, 'Cancel', {
      enumerable: true,
      get: () => (this.saveAnswer === 'apiEvent' ? this.apiEventCancel : undefined),
      set: (value: unknown) => {
        if (this.saveAnswer === 'apiEvent') this.apiEventCancel = value === true;
      },
    });
    this.apiEvent = this.wrap<EtApiEvents>(api);
  }

  /** The listeners of an event as it fires: a name is looked up on the page's global object then, as WPS does. */
  private listenersOf<T>(name: string): T[] {
    const out: T[] = [];
    for (const listener of this.listeners.get(name) ?? []) {
      const call =
        typeof listener === 'string'
          ? (globalThis as unknown as Record<string, unknown>)[listener]
          : listener;
      if (typeof call === 'function') out.push(call as T);
    }
    return out;
  }

  /** The user clicks another sheet's tab: ET fires `SheetActivate` with the sheet. */
  userActivates(name: string): void {
    const model = this.sheet(name);
    if (this.activeSheet === model.name) return;
    this.activeSheet = model.name;
    this.selection = { sheet: model.name, address: 'A1' };
    const sheet: EtActivatedSheet = this.wrap(new FakeWorksheet(this, model));
    for (const listener of this.listenersOf<EtSheetActivateListener>('SheetActivate')) listener(sheet);
  }

  get sheetActivateListenerCount(): number {
    return this.listenersOf('SheetActivate').length;
  }

  get sheetChangeListenerCount(): number {
    return this.listenersOf('SheetChange').length;
  }

  get beforeSaveListenerCount(): number {
    return this.listenersOf('WorkbookBeforeSave').length;
  }

  /** The user types into cells, top-left at `a1`: ET writes them as typed and fires `SheetChange`. */
  userEdits(sheet: string, a1: string, rows: EtInput[][]): void {
    const at = parseAddress(a1);
    const range = {
      top: at.top,
      left: at.left,
      bottom: at.top + rows.length - 1,
      right: at.left + rows[0].length - 1,
    };
    const target = new FakeRange(this, this.sheet(sheet), range);
    target.Formula = rows.length === 1 && rows[0].length === 1 ? rows[0][0] : rows;
  }

  /** @internal Cell contents changed (by a user or a write): ET fires `SheetChange` (Sh, Target). */
  contentsChanged(model: SheetModel, range: CellRange): void {
    this.sheetChanges.push({ sheet: model.name, address: absoluteAddress(range) });
    const sheet: EtActivatedSheet = this.wrap(new FakeWorksheet(this, model));
    const target: EtChangedRange = this.wrap(new FakeRange(this, model, range));
    for (const listener of this.listenersOf<EtSheetChangeListener>('SheetChange')) listener(sheet, target);
  }

  /**
   * The user presses Ctrl+S (or 另存为 when `saveAs`): ET asks every `WorkbookBeforeSave` listener and
   * saves unless one set `Cancel.Value`. Answers whether the workbook was saved.
   */
  userSaves(saveAs = false, otherWorkbook?: string): boolean {
    const cancel: EtCancel = { Value: false };
    // WorkbookBeforeSave fires for every open workbook, with the one being saved
    const book = otherWorkbook
      ? this.wrap({ FullName: otherWorkbook, Name: otherWorkbook, Save: () => undefined })
      : this.wrap(new FakeWorkbook(this));
    for (const listener of this.listenersOf<EtBeforeSaveListener>('WorkbookBeforeSave')) {
      if (this.saveAnswer === 'argument') listener(book, saveAs, this.wrap(cancel));
      else listener(book, saveAs);
    }
    if (this.saveAnswer === 'argument' && cancel.Value) return false;
    if (this.saveAnswer === 'apiEvent' && this.apiEventCancel) return false;
    this.saves.push({ saveAs });
    return true;
  }

  private seed(s: SheetSnapshot, isProtected: boolean): SheetModel {
    const sheet = new SheetModel(s.name);
    sheet.protectContents = isProtected;
    for (let r = 0; r < s.rowCount; r++) {
      for (let c = 0; c < s.colCount; c++) {
        const value = s.values[r]?.[c] ?? null;
        const formula = s.formulas?.[r]?.[c] ?? null;
        const format = s.numberFormats?.[r]?.[c] ?? null;
        const fill = s.fills?.[r]?.[c] ?? null;
        if (value === null && formula === null && (format === null || format === 'General') && fill === null)
          continue;
        const cell = sheet.cell(r, c);
        cell.value = value;
        cell.formula = formula;
        if (formula) cell.memory = new Map([[formula, value]]);
        if (format && format !== 'General') cell.numberFormat = format;
        if (fill) cell.fill = hexToBgr(fill);
      }
    }
    sheet.merges = s.merges.map((m) => ({ ...m }));
    return sheet;
  }

  sheet(name: string): SheetModel {
    const s = this.findSheet(name);
    if (!s) throw new FakeEtError(`下标越界：${name}`);
    return s;
  }

  findSheet(name: string): SheetModel | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  resetStats(): void {
    this.stats.calls = 0;
    this.stats.visibleWrites = 0;
  }

  /** The user protects or unprotects a sheet. */
  /** The user protects a sheet whose `unlocked` cells stay editable, formatting cells allowed or not. */
  protectWithUnlocked(name: string, unlocked: CellRange[], allowFormattingCells = false): void {
    const sheet = this.sheet(name);
    sheet.protectContents = true;
    sheet.allowFormattingCells = allowFormattingCells;
    for (const range of unlocked)
      for (const { row, col } of cellsOf(range)) sheet.cell(row, col).unlocked = true;
  }

  setProtected(name: string, on: boolean): void {
    this.sheet(name).protectContents = on;
  }

  /** The user fills a cell by hand. */
  setFillByHand(name: string, row: number, col: number, fill: string | null): void {
    this.sheet(name).cell(row, col).fill = fill === null ? null : hexToBgr(fill);
  }

  /** The user types into a cell. */
  typeByHand(name: string, row: number, col: number, input: string): void {
    const parsed = parseTyped(input);
    const cell = this.sheet(name).cell(row, col);
    cell.value = parsed.value;
    cell.formula = parsed.formula;
    if (parsed.numberFormat) cell.numberFormat = parsed.numberFormat;
  }

  /** A cell as the user sees it: fill as `#RRGGBB`, General as null. */
  cell(name: string, row: number, col: number) {
    const c = this.sheet(name).peek(row, col);
    const format = c?.numberFormat ?? GENERAL;
    return {
      value: c?.value ?? null,
      formula: c?.formula ?? null,
      numberFormat: format === GENERAL || format === 'General' ? null : format,
      fill: c?.fill === null || c?.fill === undefined ? null : bgrToHex(c.fill),
    };
  }

  /** Called by every write: protection, and whether the screen was frozen. */
  /**
   * Refuses a write on a protected sheet as ET does, except what the protection lets through: contents into
   * unlocked cells, number formats and fills where formatting cells is allowed.
   */
  beforeWrite(sheet: SheetModel, range?: CellRange, kind?: 'contents' | 'format'): void {
    if (sheet.protectContents) {
      const allowed =
        range !== undefined &&
        (kind === 'format'
          ? sheet.allowFormattingCells
          : kind === 'contents' &&
            cellsOf(range).every(({ row, col }) => sheet.peek(row, col)?.unlocked === true));
      if (!allowed) throw new FakeEtError(`工作表「${sheet.name}」受保护，不能更改。`);
    }
    if (this.failWrites) throw new FakeEtError(this.failWrites);
    if (this.screenUpdating) this.stats.visibleWrites++;
  }

  addSheet(after: SheetModel | undefined): SheetModel {
    let name: string;
    do name = `Sheet${++this.addedSheets + this.sheets.length}`;
    while (this.findSheet(name));
    const sheet = new SheetModel(name);
    const at = after ? this.sheets.indexOf(after) + 1 : this.sheets.indexOf(this.sheet(this.activeSheet));
    this.sheets.splice(at, 0, sheet);
    this.activeSheet = name;
    this.selection = { sheet: name, address: 'A1' };
    if (this.screenUpdating) this.stats.visibleWrites++;
    return sheet;
  }

  private readonly targets = new WeakMap<object, object>();

  wrap<T extends object>(target: T): T {
    const proxy = counted(target, this.stats);
    this.targets.set(proxy, target);
    return proxy;
  }

  /** The bare object behind a proxy handed out, for arguments ET receives (not counted as calls). */
  unwrap<T extends object>(proxy: T): T {
    return (this.targets.get(proxy) as T | undefined) ?? proxy;
  }
}

export function hexToBgr(hex: string): number {
  const n = parseInt(hex.replace('#', ''), 16);
  return ((n >> 16) & 0xff) + (n & 0xff00) + ((n & 0xff) << 16);
}

export function bgrToHex(bgr: number): string {
  const r = bgr & 0xff;
  const g = (bgr >> 8) & 0xff;
  const b = (bgr >> 16) & 0xff;
  return `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`.toUpperCase();
}

/** One answer for all cells, or null when they differ. */
function agree<T>(values: T[]): T | null {
  if (values.length === 0) return null;
  return values.every((v) => v === values[0]) ? values[0] : null;
}

class FakeInterior implements EtInterior {
  constructor(
    private readonly et: FakeEt,
    private readonly sheet: SheetModel,
    private readonly range: CellRange,
  ) {}

  get Color(): number | null {
    return agree(cellsOf(this.range).map(({ row, col }) => this.sheet.peek(row, col)?.fill ?? NO_FILL_COLOR));
  }

  set Color(bgr: number | null) {
    if (typeof bgr !== 'number') throw new FakeEtError('Color 需要数值');
    this.et.beforeWrite(this.sheet, this.range, 'format');
    for (const { row, col } of cellsOf(this.range)) this.sheet.cell(row, col).fill = bgr;
  }

  get Pattern(): number | null {
    return agree(
      cellsOf(this.range).map(({ row, col }) =>
        this.sheet.peek(row, col)?.fill === null || this.sheet.peek(row, col)?.fill === undefined
          ? PATTERN_NONE
          : PATTERN_SOLID,
      ),
    );
  }

  set Pattern(pattern: number | null) {
    if (pattern !== PATTERN_NONE) throw new FakeEtError('fake: only Pattern = xlNone is modelled');
    this.et.beforeWrite(this.sheet, this.range, 'format');
    for (const { row, col } of cellsOf(this.range)) {
      const c = this.sheet.peek(row, col);
      if (c) c.fill = null;
    }
  }
}

class FakeConditionInterior implements EtInterior {
  constructor(private readonly record: ConditionalFormatRecord) {}
  get Color(): number | null {
    return this.record.color ?? null;
  }
  set Color(bgr: number | null) {
    this.record.color = bgr;
  }
  get Pattern(): number | null {
    return PATTERN_SOLID;
  }
  set Pattern(_: number | null) {
    throw new FakeEtError('fake: not modelled');
  }
}

class FakeFont implements EtFont {
  constructor(
    private readonly et: FakeEt,
    private readonly sheet: SheetModel,
    private readonly range: CellRange,
  ) {}
  get Bold(): boolean {
    return agree(
      cellsOf(this.range).map(({ row, col }) => this.sheet.peek(row, col)?.bold ?? false),
    ) as boolean;
  }
  set Bold(on: boolean) {
    this.et.beforeWrite(this.sheet);
    for (const { row, col } of cellsOf(this.range)) this.sheet.cell(row, col).bold = on;
  }
  get Size(): number {
    return agree(cellsOf(this.range).map(({ row, col }) => this.sheet.peek(row, col)?.size ?? 11)) as number;
  }
  set Size(size: number) {
    this.et.beforeWrite(this.sheet);
    for (const { row, col } of cellsOf(this.range)) this.sheet.cell(row, col).size = size;
  }
}

class FakeBorder implements EtBorder {
  constructor(
    private readonly et: FakeEt,
    private readonly sheet: SheetModel,
    private readonly record: BorderRecord,
  ) {}
  get LineStyle(): number | boolean {
    return this.record.lineStyle ?? PATTERN_NONE;
  }
  set LineStyle(style: number | boolean) {
    this.et.beforeWrite(this.sheet);
    this.record.lineStyle = style;
  }
  get Weight(): number {
    return this.record.weight ?? 2;
  }
  set Weight(weight: number) {
    this.et.beforeWrite(this.sheet);
    this.record.weight = weight;
  }
}

class FakeBorders implements EtBorders {
  constructor(
    private readonly et: FakeEt,
    private readonly sheet: SheetModel,
    private readonly range: CellRange,
  ) {}
  Item(index: number): EtBorder {
    if (![5, 6, 7, 8, 9, 10, 11, 12].includes(index)) throw new FakeEtError(`无效的边框索引 ${index}`);
    let record = this.sheet.borders.find(
      (b) => b.side === index && rangeToA1(b.range) === rangeToA1(this.range),
    );
    if (!record) {
      record = { range: { ...this.range }, side: index };
      this.sheet.borders.push(record);
    }
    return this.et.wrap(new FakeBorder(this.et, this.sheet, record));
  }
}

class FakeValidation implements EtValidation {
  constructor(
    private readonly et: FakeEt,
    private readonly sheet: SheetModel,
    private readonly range: CellRange,
  ) {}
  Add(Type: number, AlertStyle?: number, Operator?: number, Formula1?: string, Formula2?: string): void {
    this.et.beforeWrite(this.sheet);
    if (this.sheet.validations.some((v) => rangesOverlap(v.range, this.range))) {
      throw new FakeEtError('该区域已有数据有效性，请先 Delete');
    }
    this.sheet.validations.push({
      range: { ...this.range },
      type: Type,
      alertStyle: AlertStyle,
      operator: Operator,
      formula1: Formula1,
      formula2: Formula2,
    });
  }
  Delete(): void {
    this.et.beforeWrite(this.sheet);
    this.sheet.validations = this.sheet.validations.filter((v) => !rangesOverlap(v.range, this.range));
  }
}

class FakeFormatConditions implements EtFormatConditions {
  constructor(
    private readonly et: FakeEt,
    private readonly sheet: SheetModel,
    private readonly range: CellRange,
  ) {}
  Add(Type: number, _Operator?: number, Formula1?: string): EtFormatCondition {
    this.et.beforeWrite(this.sheet);
    const active =
      this.et.selection?.sheet === this.sheet.name ? this.et.selection.address.split(':')[0] : null;
    const record: ConditionalFormatRecord = {
      range: { ...this.range },
      type: Type,
      formula: Formula1,
      activeCell: active,
    };
    this.sheet.conditionalFormats.push(record);
    const interior = this.et.wrap(new FakeConditionInterior(record));
    return this.et.wrap({ Interior: interior });
  }
}

class FakeRange implements EtRange {
  constructor(
    private readonly et: FakeEt,
    private readonly sheet: SheetModel,
    private readonly range: CellRange,
  ) {}

  private get rows(): number {
    return this.range.bottom - this.range.top + 1;
  }
  private get cols(): number {
    return this.range.right - this.range.left + 1;
  }
  private get single(): boolean {
    return this.rows === 1 && this.cols === 1;
  }
  private get wholeColumns(): boolean {
    return this.range.top === 0 && this.range.bottom === MAX_ROW;
  }
  private cellsOnly(what: string): void {
    if (this.wholeColumns) throw new FakeEtError(`fake: ${what} of whole columns is not modelled`);
  }

  private answer(read: (c: FakeCell | undefined) => string | number | boolean | undefined): EtAnswer {
    this.cellsOnly('reading');
    const grid = Array.from({ length: this.rows }, (_, i) =>
      Array.from({ length: this.cols }, (_, j) =>
        read(this.sheet.peek(this.range.top + i, this.range.left + j)),
      ),
    );
    if (this.single) return grid[0][0];
    if (this.et.oneDimensionalLines && this.rows === 1) return grid[0];
    if (this.et.oneDimensionalLines && this.cols === 1) return grid.map((row) => row[0]);
    return grid;
  }

  Address(): string {
    return absoluteAddress(this.range);
  }

  get Value2(): EtAnswer {
    return this.answer((c) => {
      const v = c?.value ?? null;
      if (v === null) return undefined;
      return typeof v === 'string' && v in ERROR_CODES ? ERROR_CODES[v] : v;
    });
  }
  set Value2(value: EtInput | EtInput[][]) {
    this.writeContents(value);
  }

  get Formula(): EtAnswer {
    return this.answer((c) => {
      if (c?.formula) return c.formula;
      const v = c?.value ?? null;
      if (v === null) return '';
      return typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : String(v);
    });
  }
  set Formula(value: EtInput | EtInput[][]) {
    this.writeContents(value);
  }

  private writeContents(value: EtInput | EtInput[][]): void {
    this.cellsOnly('writing');
    this.et.beforeWrite(this.sheet, this.range, 'contents');
    for (const m of this.sheet.mergesOver(this.range)) {
      const inside =
        m.top >= this.range.top &&
        m.bottom <= this.range.bottom &&
        m.left >= this.range.left &&
        m.right <= this.range.right;
      const anchorOnly = this.single && m.top === this.range.top && m.left === this.range.left;
      if (rangesOverlap(m, this.range) && !inside && !anchorOnly)
        throw new FakeEtError('不能对合并单元格作部分更改');
    }
    if (Array.isArray(value)) {
      if (
        value.length !== this.rows ||
        value.some((row) => !Array.isArray(row) || row.length !== this.cols)
      ) {
        throw new FakeEtError(`数组大小与区域 ${rangeToA1(this.range)} 不符`);
      }
    }
    const inputAt = (i: number, j: number): EtInput => (Array.isArray(value) ? value[i][j] : value);
    for (let i = 0; i < this.rows; i++) {
      for (let j = 0; j < this.cols; j++) {
        const row = this.range.top + i;
        const col = this.range.left + j;
        const input = inputAt(i, j);
        const m = this.sheet.mergeAt(row, col);
        if (m && (m.top !== row || m.left !== col)) {
          if (input !== '')
            throw new FakeEtError(
              `不能写入合并单元格的非首格 ${rangeToA1({ top: row, left: col, bottom: row, right: col })}`,
            );
          continue;
        }
        const parsed = parseTyped(input);
        const cell = this.sheet.cell(row, col);
        cell.formula = parsed.formula;
        cell.value = parsed.formula ? (cell.memory?.get(parsed.formula) ?? null) : parsed.value;
        if (parsed.numberFormat && (cell.numberFormat === GENERAL || cell.numberFormat === 'General')) {
          cell.numberFormat = parsed.numberFormat;
        }
      }
    }
    this.et.contentsChanged(this.sheet, this.range);
  }

  get NumberFormat(): string | null {
    this.cellsOnly('NumberFormat');
    const format = agree(
      cellsOf(this.range).map(({ row, col }) => this.sheet.peek(row, col)?.numberFormat ?? GENERAL),
    );
    return format ?? (this.et.mixedAnswer as string | null);
  }
  set NumberFormat(format: string) {
    this.cellsOnly('NumberFormat');
    this.et.beforeWrite(this.sheet, this.range, 'format');
    const stored = format === 'General' ? GENERAL : format;
    for (const { row, col } of cellsOf(this.range)) this.sheet.cell(row, col).numberFormat = stored;
  }

  /**
   * `Value(11)`: the range as XML Spreadsheet 2003, written as Excel writes it: one style per distinct
   * number format and fill (Default for General without fill), rows and cells numbered from the range's
   * top-left, a cell listed when it holds something, has a style or starts a merge (`MergeAcross` /
   * `MergeDown`), covered cells left out.
   */
  Value(type?: number): unknown {
    if (type !== 11) return this.Value2;
    if (!this.et.answersXmlSpreadsheet) throw new FakeEtError('参数错误');
    this.cellsOnly('Value(11)');
    const styleIds = new Map<string, string>();
    const styles: string[] = [
      '<Style ss:ID="Default" ss:Name="Normal"><NumberFormat ss:Format="General"/></Style>',
    ];
    const styleOf = (cell: FakeCell | undefined): string | null => {
      const format = cell?.numberFormat ?? GENERAL;
      const fill = cell?.fill ?? null;
      if (format === GENERAL && fill === null) return null;
      const key = `${format}|${fill}`;
      let id = styleIds.get(key);
      if (!id) {
        id = `s${62 + styleIds.size}`;
        styleIds.set(key, id);
        const escaped = format.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
        const formatXml = format === GENERAL ? '' : `<NumberFormat ss:Format="${escaped}"/>`;
        const hex =
          fill === null
            ? ''
            : `#${((fill & 0xff) * 0x10000 + (fill & 0xff00) + ((fill >> 16) & 0xff)).toString(16).padStart(6, '0').toUpperCase()}`;
        const interior = fill === null ? '' : `<Interior ss:Color="${hex}" ss:Pattern="Solid"/>`;
        styles.push(`<Style ss:ID="${id}">${interior}${formatXml}</Style>`);
      }
      return id;
    };
    const rowsXml: string[] = [];
    for (let r = this.range.top; r <= this.range.bottom; r++) {
      const cellsXml: string[] = [];
      let last = this.range.left - 1;
      for (let c = this.range.left; c <= this.range.right; c++) {
        const merge = this.sheet.mergeAt(r, c);
        if (merge && (merge.top !== r || merge.left !== c)) continue;
        const cell = this.sheet.peek(r, c);
        const id = styleOf(cell);
        const hasValue = cell && (cell.value !== null || cell.formula !== null);
        if (!hasValue && !id && !merge) continue;
        const attributes = [
          c === last + 1 ? '' : ` ss:Index="${c - this.range.left + 1}"`,
          merge && merge.right > merge.left ? ` ss:MergeAcross="${merge.right - merge.left}"` : '',
          merge && merge.bottom > merge.top ? ` ss:MergeDown="${merge.bottom - merge.top}"` : '',
          id ? ` ss:StyleID="${id}"` : '',
        ].join('');
        const data = hasValue
          ? `<Data ss:Type="String">${String(cell.value ?? '')
              .replace(/&/g, '&amp;')
              .replace(/</g, '&lt;')}</Data>`
          : '';
        cellsXml.push(`<Cell${attributes}>${data}</Cell>`);
        last = merge ? merge.right : c;
      }
      if (cellsXml.length > 0)
        rowsXml.push(`<Row ss:Index="${r - this.range.top + 1}">${cellsXml.join('')}</Row>`);
    }
    return [
      '<?xml version="1.0"?>',
      '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">',
      `<Styles>${styles.join('')}</Styles>`,
      `<Worksheet ss:Name="${this.sheet.name}"><Table>${rowsXml.join('')}</Table></Worksheet>`,
      '</Workbook>',
    ].join('');
  }

  /** Whether the cells are locked: one answer when they agree, else what a mixed range answers. */
  get Locked(): boolean | null {
    this.cellsOnly('Locked');
    const locked = agree(
      cellsOf(this.range).map(({ row, col }) => this.sheet.peek(row, col)?.unlocked !== true),
    );
    return locked ?? (this.et.mixedAnswer as boolean | null);
  }
  /** A protected sheet refuses changes to locks, as ET does. */
  set Locked(value: boolean) {
    this.cellsOnly('Locked');
    this.et.beforeWrite(this.sheet, undefined);
    for (const { row, col } of cellsOf(this.range)) this.sheet.cell(row, col).unlocked = !value;
  }

  get MergeCells(): boolean | null {
    this.cellsOnly('MergeCells');
    const merged = cellsOf(this.range).map(({ row, col }) => !!this.sheet.mergeAt(row, col));
    return merged.every((m) => m)
      ? true
      : merged.some((m) => m)
        ? (this.et.mixedAnswer as boolean | null)
        : false;
  }

  get MergeArea(): EtRange {
    const area = this.sheet.mergeAt(this.range.top, this.range.left);
    if (!this.single) {
      const within = area && this.range.bottom <= area.bottom && this.range.right <= area.right;
      if (!within) throw new FakeEtError('MergeArea 只适用于单个单元格或一个合并区域之内');
    }
    return this.et.wrap(new FakeRange(this.et, this.sheet, area ?? this.range));
  }

  get Interior(): EtInterior {
    this.cellsOnly('Interior');
    return this.et.wrap(new FakeInterior(this.et, this.sheet, this.range));
  }

  get Font(): EtFont {
    return this.et.wrap(new FakeFont(this.et, this.sheet, this.range));
  }

  get Borders(): EtBorders {
    return this.et.wrap(new FakeBorders(this.et, this.sheet, this.range));
  }

  get Validation(): EtValidation {
    return this.et.wrap(new FakeValidation(this.et, this.sheet, this.range));
  }

  get FormatConditions(): EtFormatConditions {
    return this.et.wrap(new FakeFormatConditions(this.et, this.sheet, this.range));
  }

  get Worksheet(): Pick<EtWorksheet, 'Name'> {
    return this.et.wrap(new FakeWorksheet(this.et, this.sheet));
  }

  private styleCells<K extends 'horizontal' | 'vertical' | 'wrap'>(key: K): FakeCell[K] {
    return agree(cellsOf(this.range).map(({ row, col }) => this.sheet.peek(row, col)?.[key])) as FakeCell[K];
  }
  private setStyle<K extends 'horizontal' | 'vertical' | 'wrap'>(key: K, value: FakeCell[K]): void {
    this.et.beforeWrite(this.sheet);
    for (const { row, col } of cellsOf(this.range)) this.sheet.cell(row, col)[key] = value;
  }

  get HorizontalAlignment(): number | boolean {
    return this.styleCells('horizontal') ?? 1;
  }
  set HorizontalAlignment(v: number | boolean) {
    this.setStyle('horizontal', v);
  }
  get VerticalAlignment(): number | boolean {
    return this.styleCells('vertical') ?? -4107;
  }
  set VerticalAlignment(v: number | boolean) {
    this.setStyle('vertical', v);
  }
  get WrapText(): boolean {
    return this.styleCells('wrap') ?? false;
  }
  set WrapText(v: boolean) {
    this.setStyle('wrap', v);
  }

  get ColumnWidth(): number {
    const widths = [];
    for (let c = this.range.left; c <= this.range.right; c++)
      widths.push(this.sheet.columnWidths.get(c) ?? 8.38);
    return agree(widths) as number;
  }
  set ColumnWidth(width: number) {
    this.et.beforeWrite(this.sheet);
    for (let c = this.range.left; c <= this.range.right; c++) this.sheet.columnWidths.set(c, width);
  }

  /** Points; null when the rows differ. Setting it on any range sizes its whole rows. */
  get RowHeight(): number {
    const heights = [];
    for (let r = this.range.top; r <= this.range.bottom; r++)
      heights.push(this.sheet.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT);
    return agree(heights) as number;
  }
  set RowHeight(points: number) {
    if (!(points >= 0 && points <= 409)) throw new FakeEtError(`行高必须在 0 到 409 磅之间：${points}`);
    this.et.beforeWrite(this.sheet);
    for (let r = this.range.top; r <= this.range.bottom; r++) this.sheet.rowHeights.set(r, points);
  }

  Merge(): void {
    this.cellsOnly('Merge');
    this.et.beforeWrite(this.sheet);
    const inside = (m: CellRange) =>
      m.top >= this.range.top &&
      m.bottom <= this.range.bottom &&
      m.left >= this.range.left &&
      m.right <= this.range.right;
    if (this.sheet.merges.some((m) => rangesOverlap(m, this.range) && !inside(m))) {
      throw new FakeEtError('合并区域与已有合并单元格部分重叠');
    }
    const covered = cellsOf(this.range).filter(
      ({ row, col }) => row !== this.range.top || col !== this.range.left,
    );
    const filled = covered.filter(({ row, col }) => {
      const c = this.sheet.peek(row, col);
      return c && (c.value !== null || c.formula !== null);
    });
    if (filled.length > 0 && this.et.displayAlerts)
      throw new FakeEtError('合并将只保留左上角的值（会弹出提示）');
    for (const { row, col } of filled) {
      const c = this.sheet.cell(row, col);
      c.value = null;
      c.formula = null;
    }
    this.sheet.merges = this.sheet.merges.filter((m) => !inside(m));
    if (this.rows > 1 || this.cols > 1) this.sheet.merges = [...this.sheet.merges, { ...this.range }];
  }

  UnMerge(): void {
    this.et.beforeWrite(this.sheet);
    this.sheet.merges = this.sheet.merges.filter((m) => !rangesOverlap(m, this.range));
  }

  Select(): void {
    if (this.et.activeSheet !== this.sheet.name)
      throw new FakeEtError('Range 类的 Select 方法无效（工作表未激活）');
    this.et.selection = { sheet: this.sheet.name, address: rangeToA1(this.range) };
  }
}

class FakeWorksheet implements EtWorksheet {
  constructor(
    private readonly et: FakeEt,
    readonly model: SheetModel,
  ) {}

  get Name(): string {
    return this.model.name;
  }
  set Name(name: string) {
    if (!name || name.length > 31 || /[:\\/?*[\]]/.test(name))
      throw new FakeEtError(`工作表名称无效：${name}`);
    const taken = this.et.findSheet(name);
    if (taken && taken !== this.model) throw new FakeEtError(`工作表名称已被占用：${name}`);
    if (this.et.activeSheet === this.model.name) this.et.activeSheet = name;
    if (this.et.selection?.sheet === this.model.name) this.et.selection.sheet = name;
    this.model.name = name;
  }

  get ProtectContents(): boolean {
    return this.model.protectContents;
  }

  get Protection(): EtProtection {
    return this.et.wrap({ AllowFormattingCells: this.model.allowFormattingCells });
  }

  /** Protects contents; `AllowFormattingCells` (the 6th argument) as given, else not allowed. */
  Protect(...args: unknown[]): void {
    this.model.protectContents = true;
    this.model.allowFormattingCells = args[5] === true;
  }

  Unprotect(): void {
    this.model.protectContents = false;
  }

  get Visible(): Et.XlSheetVisibility {
    return this.model.visible;
  }
  set Visible(v: Et.XlSheetVisibility) {
    if (v !== -1 && this.et.activeSheet === this.model.name) throw new FakeEtError('不能隐藏活动工作表');
    this.model.visible = v;
  }

  get PageSetup(): EtPageSetup {
    return this.et.wrap(new FakePageSetup(this.et, this.model));
  }

  get UsedRange(): EtRange {
    const used = this.model.usedRange() ?? { top: 0, left: 0, bottom: 0, right: 0 };
    return this.et.wrap(new FakeRange(this.et, this.model, used));
  }

  Range(address: string): EtRange {
    return this.et.wrap(new FakeRange(this.et, this.model, parseAddress(address)));
  }

  Activate(): void {
    if (this.model.visible !== -1) throw new FakeEtError('不能激活隐藏的工作表');
    if (this.et.activeSheet !== this.model.name) {
      this.et.activeSheet = this.model.name;
      this.et.selection = { sheet: this.model.name, address: 'A1' };
    }
  }

  Delete(): void {
    if (this.et.displayAlerts) throw new FakeEtError('删除工作表会弹出确认提示');
    const visible = this.et.sheets.filter((s) => s.visible === -1);
    if (visible.length === 1 && visible[0] === this.model)
      throw new FakeEtError('工作簿至少要有一张可见工作表');
    const at = this.et.sheets.indexOf(this.model);
    this.et.sheets.splice(at, 1);
    if (this.et.activeSheet === this.model.name) {
      const next = this.et.sheets.filter((s) => s.visible === -1)[Math.max(0, at - 1)] ?? this.et.sheets[0];
      this.et.activeSheet = next.name;
      this.et.selection = { sheet: next.name, address: 'A1' };
    }
  }
}

/** Print setup; values outside what ET accepts throw, as ET does. */
class FakePageSetup implements EtPageSetup {
  constructor(
    private readonly et: FakeEt,
    private readonly sheet: SheetModel,
  ) {}

  private set<K extends keyof EtPageSetup>(key: K, value: EtPageSetup[K], valid: boolean): void {
    if (!valid) throw new FakeEtError(`PageSetup.${key} 的值无效：${String(value)}`);
    this.et.beforeWrite(this.sheet);
    this.sheet.pageSetup[key] = value;
  }

  get PaperSize(): Et.XlPaperSize {
    return this.sheet.pageSetup.PaperSize;
  }
  set PaperSize(v: Et.XlPaperSize) {
    this.set('PaperSize', v, Number.isInteger(v) && v > 0);
  }
  get Orientation(): Et.XlPageOrientation {
    return this.sheet.pageSetup.Orientation;
  }
  set Orientation(v: Et.XlPageOrientation) {
    this.set('Orientation', v, v === 1 || v === 2);
  }
  get Zoom(): boolean | number {
    return this.sheet.pageSetup.Zoom;
  }
  set Zoom(v: boolean | number) {
    this.set('Zoom', v, v === false || (typeof v === 'number' && v >= 10 && v <= 400));
  }
  get FitToPagesWide(): boolean | number {
    return this.sheet.pageSetup.FitToPagesWide;
  }
  set FitToPagesWide(v: boolean | number) {
    this.set('FitToPagesWide', v, v === false || (typeof v === 'number' && Number.isInteger(v) && v >= 1));
  }
  get FitToPagesTall(): boolean | number {
    return this.sheet.pageSetup.FitToPagesTall;
  }
  set FitToPagesTall(v: boolean | number) {
    this.set('FitToPagesTall', v, v === false || (typeof v === 'number' && Number.isInteger(v) && v >= 1));
  }
  get CenterHorizontally(): boolean {
    return this.sheet.pageSetup.CenterHorizontally;
  }
  set CenterHorizontally(v: boolean) {
    this.set('CenterHorizontally', v, typeof v === 'boolean');
  }
}

class FakeWorksheets implements EtWorksheets {
  constructor(private readonly et: FakeEt) {}

  get Count(): number {
    return this.et.sheets.length;
  }

  Item(index: string | number): EtWorksheet | EtSheetGroup {
    let model: SheetModel | undefined;
    if (typeof index === 'number') {
      if (!Number.isInteger(index) || index < 1 || index > this.et.sheets.length) {
        throw new FakeEtError(`下标越界：${index}`);
      }
      model = this.et.sheets[index - 1];
    } else {
      model = this.et.sheet(index);
    }
    return this.et.wrap(new FakeWorksheet(this.et, model));
  }

  Add(Before?: EtWorksheet, After?: EtWorksheet): EtWorksheet {
    if (Before) throw new FakeEtError('fake: Add(Before) is not modelled');
    const after = After ? (this.et.unwrap(After) as FakeWorksheet).model : undefined;
    return this.et.wrap(new FakeWorksheet(this.et, this.et.addSheet(after)));
  }
}

class FakeWorkbook implements EtWorkbook {
  constructor(private readonly et: FakeEt) {}
  /** Where the workbook lives (ET answers the path; an unsaved book its name). */
  get FullName(): string {
    return this.et.workbookPath;
  }
  get Name(): string {
    return this.et.workbookPath.split(/[\\/]/).pop() ?? this.et.workbookPath;
  }
  Save(): void {
    this.et.userSaves(false);
  }
  get Worksheets(): EtWorksheets {
    return this.et.wrap(new FakeWorksheets(this.et));
  }
  get ActiveSheet(): Pick<EtWorksheet, 'Name'> {
    return this.et.wrap(new FakeWorksheet(this.et, this.et.sheet(this.et.activeSheet)));
  }
}

class FakeWindow implements EtWindow {
  constructor(private readonly et: FakeEt) {}
  get RangeSelection(): EtRange {
    const sel = this.et.selection ?? { sheet: this.et.activeSheet, address: 'A1' };
    return this.et.wrap(new FakeRange(this.et, this.et.sheet(sel.sheet), parseAddress(sel.address)));
  }
}

class FakeApplication implements EtApplication {
  constructor(private readonly et: FakeEt) {}
  /** The add-in root's plugin storage: the ribbon keeps the task pane's id there. */
  get PluginStorage(): { getItem(key: string): unknown; setItem(key: string, value: unknown): void } {
    const et = this.et;
    return {
      getItem: (key: string) => (key === 'selfeval.taskpaneId' ? et.paneId : null),
      setItem: () => undefined,
    };
  }
  GetTaskPane(id: number): { ID: number; Visible: boolean } | null {
    const et = this.et;
    if (id !== et.paneId) throw new Error('没有此任务窗格');
    return {
      ID: id,
      get Visible() {
        return et.paneVisible;
      },
      set Visible(on: boolean) {
        if (on && !et.paneVisible) et.paneShown++;
        et.paneVisible = on;
      },
    };
  }
  get ActiveWorkbook(): EtWorkbook | null {
    return this.et.noWorkbook ? null : this.et.wrap(new FakeWorkbook(this.et));
  }
  get ActiveWindow(): EtWindow | null {
    return this.et.noWorkbook ? null : this.et.wrap(new FakeWindow(this.et));
  }
  get ScreenUpdating(): boolean {
    return this.et.screenUpdating;
  }
  set ScreenUpdating(on: boolean) {
    this.et.screenUpdating = on;
  }
  get DisplayAlerts(): boolean {
    return this.et.displayAlerts;
  }
  set DisplayAlerts(on: boolean) {
    this.et.displayAlerts = on;
  }
}
