/**
 * The part of the Excel JavaScript API (@types/office-js) that ExcelHost uses, as narrow interfaces.
 * Real Office.js objects satisfy them (checked at compile time at the bottom of this file), and the test
 * fake implements them, so the host is written once against exactly what both provide.
 * Loads take property-name lists so a misspelt name is a type error.
 */

export type XlRangeProperty =
  | 'address'
  | 'values'
  | 'formulas'
  | 'numberFormat'
  | 'rowIndex'
  | 'columnIndex'
  | 'rowCount'
  | 'columnCount';

/** A value as Excel reports it: empty cells read "". */
export type XlValue = string | number | boolean;

/** A value to write: null leaves the cell unchanged (Office.js semantics for 2-D arrays). */
export type XlInput = string | number | boolean | null;

export interface XlClientResult<T> {
  readonly value: T;
}

export interface XlRangeFill {
  color: string;
  clear(): void;
}

export interface XlRangeFont {
  bold: boolean;
  size: number;
}

export type XlBorderSide =
  'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideVertical' | 'InsideHorizontal';

export interface XlRangeBorder {
  style: Excel.RangeBorder['style'];
  weight: Excel.RangeBorder['weight'];
}

export interface XlRangeBorderCollection {
  getItem(index: XlBorderSide): XlRangeBorder;
}

export interface XlRangeFormat {
  readonly fill: XlRangeFill;
  readonly font: XlRangeFont;
  readonly borders: XlRangeBorderCollection;
  readonly protection: XlFormatProtection;
  horizontalAlignment: Excel.RangeFormat['horizontalAlignment'];
  verticalAlignment: Excel.RangeFormat['verticalAlignment'];
  wrapText: boolean;
  columnWidth: number;
  rowHeight: number;
}

export interface XlDataValidation {
  rule: Excel.DataValidationRule;
}

export interface XlConditionalRangeFill {
  color: string;
}

export interface XlCustomConditionalFormat {
  readonly rule: { formula: string };
  readonly format: { readonly fill: XlConditionalRangeFill };
}

export interface XlConditionalFormat {
  readonly custom: XlCustomConditionalFormat;
}

export interface XlConditionalFormatCollection {
  add(type: 'Custom'): XlConditionalFormat;
}

export interface XlRangeCollection {
  readonly items: XlRange[];
  load(propertyNames: 'items/address'): XlRangeCollection;
}

export interface XlRangeAreas {
  readonly isNullObject: boolean;
  /** `Sheet1!A1:B2, Sheet1!C3:D4`. */
  readonly address: string;
  readonly areaCount: number;
  /** [ExcelApi 1.9] */
  readonly cellCount: number;
  readonly areas: XlRangeCollection;
  load(propertyNames: ('address' | 'areaCount' | 'cellCount')[]): XlRangeAreas;
}

export interface XlRange {
  readonly address: string;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  readonly isNullObject: boolean;
  /** Read: what the cells hold. Write: a 2-D array matching the range, null leaving a cell unchanged. */
  get values(): XlValue[][];
  set values(rows: XlInput[][]);
  get formulas(): XlValue[][];
  set formulas(rows: XlInput[][]);
  get numberFormat(): string[][];
  set numberFormat(rows: (string | null)[][]);
  readonly worksheet: XlWorksheet;
  readonly format: XlRangeFormat;
  readonly dataValidation: XlDataValidation;
  readonly conditionalFormats: XlConditionalFormatCollection;
  load(propertyNames: XlRangeProperty[]): XlRange;
  /** [ExcelApi 1.9] */
  getCellProperties(options: Excel.CellPropertiesLoadOptions): XlClientResult<Excel.CellProperties[][]>;
  /** [ExcelApi 1.13] Merged areas whose top-left cell lies in this range (at most 512). */
  getMergedAreasOrNullObject(): XlRangeAreas;
  merge(across?: boolean): void;
  unmerge(): void;
  select(): void;
}

/** [ExcelApi 1.2] What a protected sheet still lets the user do. */
export interface XlProtectionOptions {
  readonly allowFormatCells?: boolean;
}

export interface XlWorksheetProtection {
  readonly protected: boolean;
  readonly options: XlProtectionOptions;
  load(propertyNames: ('protected' | 'options')[]): XlWorksheetProtection;
  /** [ExcelApi 1.2] Protects the sheet (without a password here). */
  protect(options?: XlProtectionOptions): void;
  /** [ExcelApi 1.2] */
  unprotect(): void;
}

/** [ExcelApi 1.2] A cell's lock, which counts once its sheet is protected. */
export interface XlFormatProtection {
  locked: boolean;
}

/** [ExcelApi 1.9] */
export interface XlPageLayout {
  orientation: Excel.PageLayout['orientation'];
  paperSize: Excel.PageLayout['paperSize'];
  /** Set as a whole object, as Office.js requires. */
  zoom: Excel.PageLayoutZoomOptions;
}

export interface XlWorksheet {
  readonly name: string;
  readonly isNullObject: boolean;
  readonly protection: XlWorksheetProtection;
  readonly pageLayout: XlPageLayout;
  load(propertyNames: 'name'[]): XlWorksheet;
  getRange(address: string): XlRange;
  /** [ExcelApi 1.4] Cells with values or formatting; a null object for an empty sheet. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange;
  activate(): void;
  delete(): void;
}

/** [ExcelApi 1.7] What `worksheets.onActivated` reports: the sheet's id, not its name. */
export interface XlWorksheetActivatedEventArgs {
  readonly worksheetId: string;
}

/** [ExcelApi 1.7] What `onChanged` reports (collection-level from ExcelApi 1.9). */
export interface XlWorksheetChangedEventArgs {
  /** The changed range of the sheet, e.g. `B7` or `B7:D9` (no sheet name). */
  readonly address: string;
  readonly worksheetId: string;
  readonly source: Excel.WorksheetChangedEventArgs['source'];
  readonly changeType: Excel.WorksheetChangedEventArgs['changeType'];
  /** [ExcelApi 1.14] `ThisLocalAddin` when this add-in made the change; absent before 1.14. */
  readonly triggerSource?: Excel.WorksheetChangedEventArgs['triggerSource'];
  /** [ExcelApi 1.14] Which way cells shifted when cells (not whole rows or columns) were inserted or deleted. */
  readonly changeDirectionState?: Excel.WorksheetChangedEventArgs['changeDirectionState'];
}

/**
 * The request context an event handler was added in: Office.js's `OfficeExtension.ClientRequestContext`,
 * or the test fake's context. Office.js removes a handler only through this same context.
 */
export type XlHandlerContext = OfficeExtension.ClientRequestContext | XlContext;

/** [ExcelApi 1.7] What `EventHandlers.add` returns; `remove()` is queued on `context` and sent by its sync. */
export interface XlEventHandlerResult {
  readonly context: XlHandlerContext;
  remove(): void;
}

/** [ExcelApi 1.7] An event's handler list; an added handler is registered by the next sync. */
export interface XlEventHandlers<T> {
  add(handler: (args: T) => Promise<unknown>): XlEventHandlerResult;
}

export interface XlWorksheetCollection {
  readonly items: XlWorksheet[];
  /** [ExcelApi 1.7] Occurs when any worksheet of the workbook is activated. */
  readonly onActivated: XlEventHandlers<XlWorksheetActivatedEventArgs>;
  /** [ExcelApi 1.9] Occurs when cells of any worksheet of the workbook change. */
  readonly onChanged: XlEventHandlers<XlWorksheetChangedEventArgs>;
  load(propertyNames: 'items/name'): XlWorksheetCollection;
  getItem(key: string): XlWorksheet;
  getItemOrNullObject(key: string): XlWorksheet;
  getActiveWorksheet(): XlWorksheet;
  add(name?: string): XlWorksheet;
}

export interface XlApplication {
  /** [ExcelApi 1.6] */
  suspendApiCalculationUntilNextSync(): void;
}

export interface XlWorkbook {
  readonly worksheets: XlWorksheetCollection;
  readonly application: XlApplication;
  /** Fails with `InvalidSelection` when a chart or shape is selected rather than cells. */
  getSelectedRange(): XlRange;
}

export interface XlContext {
  readonly workbook: XlWorkbook;
  sync(): Promise<void>;
}

export interface XlRunOptions {
  /** [ExcelApi 1.20] Every sync of the batch becomes one undo step. */
  mergeUndoGroup?: boolean;
  /** Wait for the user to leave cell-edit mode instead of failing. */
  delayForCellEdit?: boolean;
}

/** `Excel.run`, narrowed to the subset. */
export type XlRun = <T>(options: XlRunOptions, batch: (context: XlContext) => Promise<T>) => Promise<T>;

/** `Excel.run(context, batch)`: a batch in an existing request context (an event handler's, to remove it). */
export type XlRunInContext = <T>(
  context: XlHandlerContext,
  batch: (context: XlContext) => Promise<T>,
) => Promise<T>;

/** An Office.js error as thrown by `context.sync()`: `code` is one of Excel.ErrorCodes. */
export interface XlError {
  code: string;
  message: string;
}

export function isXlError(e: unknown): e is XlError {
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof (e as { code?: unknown }).code === 'string' &&
    typeof (e as { message?: unknown }).message === 'string'
  );
}

// Compile-time proof that the real API satisfies the subset (never called).
export function officeSatisfiesSubset(context: Excel.RequestContext, options: Excel.RunOptions): void {
  const subset: XlContext = context;
  const runOptions: XlRunOptions = options;
  void subset;
  void runOptions;
}
