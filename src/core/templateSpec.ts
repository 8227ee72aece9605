import { CellRange } from './address';
import { CellValue } from './grid';
import { FormKind, Layout } from './model';

/** Formatting of one template cell; hosts map it to their own API. */
export interface TemplateCell {
  row: number;
  col: number;
  value?: CellValue;
  /** Formula with leading `=`, already placed at the template's anchor. */
  formula?: string;
  numberFormat?: string;
  bold?: boolean;
  fontSize?: number;
  horizontal?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'middle' | 'bottom';
  wrap?: boolean;
  fill?: string;
}

export type TemplateValidation =
  | { range: CellRange; type: 'list'; values: string[] }
  | { range: CellRange; type: 'decimal'; min: number; max: number };

/** A rule that fills cells whose formula (relative to the range's top-left cell) is true. */
export interface TemplateConditionalFormat {
  range: CellRange;
  formula: string;
  fill: string;
}

/**
 * A blank form, fully declared and already placed at an anchor, so that one spec serves the file,
 * Excel and WPS hosts alike. Coordinates are sheet coordinates (0-based).
 */
export interface TemplateSpec {
  id: string;
  name: string;
  nameEn: string;
  kind: FormKind;
  layout: Layout;
  /** The area the template covers. */
  range: CellRange;
  cells: TemplateCell[];
  merges: CellRange[];
  /** Thin borders are drawn on every cell of these ranges. */
  borders: CellRange[];
  /** Column widths in characters, from the range's left column. */
  columnWidths: number[];
  validations: TemplateValidation[];
  conditionalFormats: TemplateConditionalFormat[];
  /**
   * Heights in points of rows that hold sentences or wrapped labels (sheet rows, 0-based). Optional: hosts
   * that ignore it show default heights, with wrapped text cut off until the row is resized.
   */
  rowHeights?: { row: number; height: number }[];
  /** How the form prints: the published forms fit one A4 page wide. Optional, like rowHeights. */
  print?: TemplatePrint;
}

export interface TemplatePrint {
  orientation: 'portrait' | 'landscape';
  paper: 'A4';
  /** Scale the form to one page wide (as many pages tall as needed). */
  fitToWidth: boolean;
}
