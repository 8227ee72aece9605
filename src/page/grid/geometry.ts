import { Axis } from './axis';
import { SheetView } from './sheetView';

/** `fit`: as large as 100 % allows while the used columns fit the grid's width (not below MIN_FIT). */
export type ZoomChoice = 'fit' | number;

const MIN_FIT = 0.75;

/** Where rows and columns sit on screen at a zoom. */
export interface Geometry {
  rows: Axis;
  cols: Axis;
  zoom: number;
}

export function geometryOf(view: SheetView, zoom: number): Geometry {
  if (zoom === 1) return { rows: view.rows, cols: view.cols, zoom };
  const scale = (sizes: readonly number[]) => new Axis(sizes.map((s) => Math.round(s * zoom)));
  return { rows: scale(view.rowSizes), cols: scale(view.colSizes), zoom };
}

/**
 * The zoom a choice comes to for a grid `width` pixels wide (row headers excluded). Fitting only ever
 * shrinks, in whole percents, so that a form slightly wider than the window shows all its columns.
 */
export function effectiveZoom(choice: ZoomChoice, view: SheetView, width: number): number {
  if (choice !== 'fit') return choice;
  const used = view.usedWidth();
  if (width <= 0 || used <= width) return 1;
  return Math.max(MIN_FIT, Math.floor((width / used) * 100) / 100);
}
