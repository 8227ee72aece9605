import { CellEdit } from '../core/edits';
import { CellInput, contentInput, isContentEdit } from './cellInput';
import { PlacedItem } from './rectangleRuns';

/** A sheet's edits split by what they write, each cell placed for `rectangleRuns`. */
export interface PlacedEdits {
  /** `General` where an edit clears the format. */
  formats: PlacedItem<string>[];
  contents: PlacedItem<CellInput>[];
  /** null where an edit clears the fill. */
  fills: PlacedItem<string | null>[];
}

export function placedEdits(edits: readonly CellEdit[]): PlacedEdits {
  const placed: PlacedEdits = { formats: [], contents: [], fills: [] };
  for (const e of edits) {
    const at = { row: e.row, col: e.col };
    if (e.numberFormat !== undefined) placed.formats.push({ ...at, item: e.numberFormat ?? 'General' });
    if (isContentEdit(e)) placed.contents.push({ ...at, item: contentInput(e) });
    if (e.fill !== undefined) placed.fills.push({ ...at, item: e.fill ?? null });
  }
  return placed;
}
