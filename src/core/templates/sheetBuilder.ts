import { CellRange, CellRef } from '../address';
import { CellValue } from '../grid';
import { TemplateCell, TemplateConditionalFormat, TemplateValidation } from '../templateSpec';

export type CellStyle = Omit<TemplateCell, 'row' | 'col' | 'value' | 'formula'>;

/** Centred, wrapped: column headings and row labels of the forms. */
export const LABEL: CellStyle = { horizontal: 'center', vertical: 'middle', wrap: true };
export const HEADING: CellStyle = { ...LABEL, bold: true };
/** Where people write a name or a short sentence. */
export const TEXT_ENTRY: CellStyle = { horizontal: 'left', vertical: 'middle', wrap: true };
/** Tall cells for paragraphs (goals, reasons, notes): text starts at the top. */
export const PARAGRAPH: CellStyle = { horizontal: 'left', vertical: 'top', wrap: true };
export const MONEY: CellStyle = { horizontal: 'right', vertical: 'middle', numberFormat: '0.00' };
export const POINTS: CellStyle = { horizontal: 'center', vertical: 'middle', numberFormat: 'General' };
export const SCORE: CellStyle = { horizontal: 'center', vertical: 'middle', numberFormat: '0.00' };

/**
 * Lays a form out in coordinates relative to its top-left cell and records everything at sheet
 * coordinates (anchor added), so builders read like the paper form.
 */
export class SheetBuilder {
  readonly cells = new Map<string, TemplateCell>();
  readonly merges: CellRange[] = [];
  readonly borders: CellRange[] = [];
  readonly validations: TemplateValidation[] = [];
  readonly conditionalFormats: TemplateConditionalFormat[] = [];
  readonly rowHeights = new Map<number, number>();
  private usedCols = 0;
  private usedRows = 0;

  constructor(readonly anchor: CellRef) {}

  /** Sheet coordinates of a relative cell. */
  at(row: number, col: number): CellRef {
    return { row: this.anchor.row + row, col: this.anchor.col + col };
  }

  area(top: number, left: number, bottom = top, right = left): CellRange {
    return {
      top: this.anchor.row + top,
      left: this.anchor.col + left,
      bottom: this.anchor.row + bottom,
      right: this.anchor.col + right,
    };
  }

  private grow(bottom: number, right: number): void {
    this.usedRows = Math.max(this.usedRows, bottom + 1);
    this.usedCols = Math.max(this.usedCols, right + 1);
  }

  /** Writes a value (or only a style when `value` is undefined) into a relative cell. */
  set(row: number, col: number, value: CellValue | undefined, style: CellStyle = {}): void {
    const ref = this.at(row, col);
    const key = `${ref.row},${ref.col}`;
    const cell: TemplateCell = { ...this.cells.get(key), ...style, row: ref.row, col: ref.col };
    if (value !== undefined) cell.value = value;
    this.cells.set(key, cell);
    this.grow(row, col);
  }

  /** The form's title across the first row, as large as the published forms print it. */
  title(text: string, right: number): void {
    this.span(0, 0, 0, right, text, { ...HEADING, fontSize: 18 });
    this.height(0, 32);
  }

  /** A header line of the form: `label` over columns A:B, its text typed across C:`right`. */
  field(row: number, label: string, right: number): void {
    this.span(row, 0, row, 1, label, LABEL);
    this.span(row, 2, row, right, null, TEXT_ENTRY);
  }

  /** A value over a merged area; the style goes on the top-left cell. */
  span(
    top: number,
    left: number,
    bottom: number,
    right: number,
    value: CellValue | undefined,
    style: CellStyle = {},
  ): void {
    this.set(top, left, value, style);
    if (bottom > top || right > left) this.merges.push(this.area(top, left, bottom, right));
    this.grow(bottom, right);
  }

  /** Places a formula (sheet coordinates, as the planner gives them) with its cached value. */
  formula(ref: CellRef, formula: string, value: CellValue, numberFormat?: string): void {
    const key = `${ref.row},${ref.col}`;
    const cell: TemplateCell = { ...this.cells.get(key), row: ref.row, col: ref.col, formula, value };
    if (numberFormat) cell.numberFormat = numberFormat;
    this.cells.set(key, cell);
  }

  border(top: number, left: number, bottom: number, right: number): void {
    this.borders.push(this.area(top, left, bottom, right));
  }

  list(top: number, left: number, bottom: number, right: number, values: string[]): void {
    this.validations.push({ range: this.area(top, left, bottom, right), type: 'list', values });
  }

  bounds(row: number, col: number, min: number, max: number, bottom = row, right = col): void {
    this.validations.push({ range: this.area(row, col, bottom, right), type: 'decimal', min, max });
  }

  /** Fills cells whose formula (relative to the range's top-left cell) is true. */
  highlight(range: CellRange, formula: string, fill: string): void {
    this.conditionalFormats.push({ range, formula, fill });
  }

  /** Height in points of a relative row (wrapped labels, sentences). */
  height(row: number, points: number, bottom = row): void {
    for (let r = row; r <= bottom; r++) this.rowHeights.set(this.anchor.row + r, points);
  }

  /** Relative size so far. */
  size(): { rows: number; cols: number } {
    return { rows: this.usedRows, cols: this.usedCols };
  }
}
