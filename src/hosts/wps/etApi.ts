/// <reference types="et-jsapi-declare" />
/**
 * The part of the WPS 表格 (ET) object model that WpsHost uses, as narrow interfaces derived from
 * `et-jsapi-declare`. The real objects satisfy them (checked at compile time at the bottom of this file);
 * the test fake implements them. Where the typings are looser (`any`) or narrower than what ET answers at
 * run time, the member is redeclared here with what ET really returns, and says so.
 */

/** One cell as ET answers it: empty cells come back as undefined (or null / "" in some builds). */
export type EtScalar = string | number | boolean | null | undefined;

/**
 * What `Value2` / `Formula` answer: a 2-D array for several cells, a scalar for one cell; some builds
 * answer a single row or column as a 1-D array.
 */
export type EtAnswer = EtScalar | readonly EtScalar[] | readonly (readonly EtScalar[])[];

/** What we assign to `Value2` / `Formula`: a scalar for one cell, a 2-D array for a rectangle. */
export type EtInput = string | number | boolean;

export interface EtInterior {
  /** BGR number (`r + 256·g + 65536·b`); null when the cells differ. Typings: any. */
  Color: number | null;
  /** `xlPatternNone` when the cells have no fill; null when they differ. Typings: any. */
  Pattern: number | null;
}

export type EtFont = Pick<Et.Font, 'Bold' | 'Size'>;

export type EtBorder = Pick<Et.Border, 'LineStyle' | 'Weight'>;

export interface EtBorders {
  Item(index: Et.XlBordersIndex): EtBorder;
}

export type EtValidation = Pick<Et.Validation, 'Add' | 'Delete'>;

export interface EtFormatCondition {
  readonly Interior: EtInterior;
}

export interface EtFormatConditions {
  /** Typings: returns any; ET returns the new FormatCondition. */
  Add(Type: Et.XlFormatConditionType, Operator?: number, Formula1?: string): EtFormatCondition;
}

export interface EtRange extends Pick<
  Et.Range,
  'HorizontalAlignment' | 'VerticalAlignment' | 'WrapText' | 'ColumnWidth' | 'RowHeight'
> {
  /** `$A$1` or `$A$1:$C$4`. */
  Address(): string;
  /** Typings: `string | Array<any>`. */
  get Value2(): EtAnswer;
  set Value2(value: EtInput | EtInput[][]);
  /**
   * `Value(11)` (xlRangeValueXMLSpreadsheet): the range as an XML Spreadsheet 2003 document, with its
   * merges, number formats and fills, in one call. Builds that do not answer it throw or answer otherwise.
   */
  Value(RangeValueDataType?: number): unknown;
  /** Typings: string. Formulas start with `=`; constants come back as their text. */
  get Formula(): EtAnswer;
  set Formula(value: EtInput | EtInput[][]);
  /** Typings: string. Null when the cells have different formats. */
  get NumberFormat(): string | null;
  set NumberFormat(value: string);
  /** Typings: boolean. True when every cell is in a merged area, null when some are and some are not. */
  readonly MergeCells: boolean | null;
  /** Typings: boolean. Null (or "", or a boolean) when the cells differ. */
  get Locked(): boolean | null;
  set Locked(value: boolean);
  /** The merged area holding a single cell (the cell itself when it is not merged). */
  readonly MergeArea: EtRange;
  readonly Interior: EtInterior;
  readonly Font: EtFont;
  readonly Borders: EtBorders;
  readonly Validation: EtValidation;
  readonly FormatConditions: EtFormatConditions;
  readonly Worksheet: Pick<EtWorksheet, 'Name'>;
  Merge(): void;
  UnMerge(): void;
  Select(): void;
}

/** Print setup. `Zoom` is a percentage or false; false lets `FitToPagesWide/Tall` scale the print. */
export type EtPageSetup = Pick<
  Et.PageSetup,
  'PaperSize' | 'Orientation' | 'Zoom' | 'FitToPagesWide' | 'FitToPagesTall' | 'CenterHorizontally'
>;

/** What a protected sheet still lets the user do. */
export interface EtProtection {
  readonly AllowFormattingCells: boolean;
}

export interface EtWorksheet extends Pick<
  Et.Worksheet,
  'Name' | 'ProtectContents' | 'Visible' | 'Protect' | 'Unprotect'
> {
  readonly UsedRange: EtRange;
  readonly Protection: EtProtection;
  readonly PageSetup: EtPageSetup;
  /** An A1 address: a cell, a rectangle, whole columns (`B:D`) or whole rows (`5:5`). */
  Range(address: string): EtRange;
  Activate(): void;
  Delete(): void;
}

/** What `Worksheets.Item` may also answer (typings: `Worksheet | Sheets`, for an array of names). */
export type EtSheetGroup = Pick<Et.Sheets, 'Count'>;

export interface EtWorksheets {
  readonly Count: number;
  /** 1-based index or sheet name. ET throws (or answers nothing) for a name it does not hold. */
  Item(index: string | number): EtWorksheet | EtSheetGroup;
  Add(Before?: EtWorksheet, After?: EtWorksheet): EtWorksheet;
}

export interface EtWorkbook {
  readonly Worksheets: EtWorksheets;
  readonly ActiveSheet: Pick<EtWorksheet, 'Name'>;
  /** Saves where the workbook was opened from (WorkbookBeforeSave fires for it too). */
  Save(): void;
}

export interface EtWindow {
  readonly RangeSelection: EtRange;
}

export interface EtApplication {
  /** Null when no workbook is open. */
  readonly ActiveWorkbook: EtWorkbook | null;
  readonly ActiveWindow: EtWindow | null;
  ScreenUpdating: boolean;
  DisplayAlerts: boolean;
}

/** The sheet a `SheetActivate` listener receives (typings: `Et.Worksheet | object`). */
export type EtActivatedSheet = Et.Worksheet | object;

export type EtSheetActivateListener = (sheet: EtActivatedSheet) => void;

/** The range a `SheetChange` listener receives (WPS docs: Target, a Range; typings: `EtWorkSheet`). */
export type EtChangedRange = Pick<EtRange, 'Address'> | object;

export type EtSheetChangeListener = (sheet: EtActivatedSheet, target: EtChangedRange) => void;

/**
 * `WorkbookBeforeSave`'s third argument (WPS 加载项 docs: `Cancel`, an Object; setting its `Value` to true
 * holds the save). The et-jsapi-declare typings list only (Workbook, SaveAsUi), hence optional.
 */
export interface EtCancel {
  Value: boolean;
}

export type EtBeforeSaveListener = (book: object, saveAsUi: boolean, cancel?: EtCancel) => void;

/**
 * `ApiEvent` of the add-in root: ET's application events. `SheetActivate` fires when any sheet is
 * activated; removing with the callback given removes that listener (without it, every listener).
 */
export interface EtApiEvents {
  /** `callback` a function, or the name of a global function (the way WPS's own templates register). */
  AddApiEventListener(EventName: 'SheetActivate', callback: EtSheetActivateListener | string): void;
  AddApiEventListener(EventName: 'SheetChange', callback: EtSheetChangeListener | string): void;
  AddApiEventListener(EventName: 'WorkbookBeforeSave', callback: EtBeforeSaveListener | string): void;
  RemoveApiEventListener(EventName: 'SheetActivate', callback?: EtSheetActivateListener | string): void;
  RemoveApiEventListener(EventName: 'SheetChange', callback?: EtSheetChangeListener | string): void;
  RemoveApiEventListener(EventName: 'WorkbookBeforeSave', callback?: EtBeforeSaveListener | string): void;
}

/** The add-in root the ribbon page sees: the application plus task panes and plugin storage. */
export interface WpsAddinRoot extends EtApplication {
  /** Undefined on some builds' `Application` (macOS): there only the `wps` global carries it. */
  readonly ApiEvent?: EtApiEvents;
  CreateTaskPane(url: string, title?: string): Pick<WPS.CustomTaskpane, 'ID' | 'Visible' | 'Navigate'>;
  GetTaskPane(id: number): Pick<WPS.CustomTaskpane, 'ID' | 'Visible' | 'Navigate'>;
  readonly PluginStorage: Pick<WPS.PluginStorage, 'getItem' | 'setItem'>;
}

/**
 * ET's objects are host objects: `'UsedRange' in item` may be false for a worksheet whose `UsedRange`
 * reads fine, so the property is read and its type tested.
 */
export function isWorksheet(item: EtWorksheet | EtSheetGroup | null | undefined): item is EtWorksheet {
  return !!item && typeof (item as Partial<EtWorksheet>).UsedRange === 'object';
}

// Compile-time proofs that the typings' objects satisfy the subsets (never called).
export function etRangeSatisfiesSubset(range: Et.Range): EtRange {
  return range;
}
export function etWorksheetSatisfiesSubset(sheet: Et.Worksheet): EtWorksheet {
  return sheet;
}
export function etWorkbookSatisfiesSubset(book: Et.Workbook): EtWorkbook {
  return book;
}
export function etApplicationSatisfiesSubset(app: Et.Application): EtApplication {
  return app;
}
export function apiEventSatisfiesSubset(events: WPS.EtApiEvent): EtApiEvents {
  return events;
}
export function wpsRootSatisfiesSubset(root: WPSMergedRoot): WpsAddinRoot {
  return root;
}
