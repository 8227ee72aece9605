import { CellRange, rangeToA1 } from '../../core/address';
import { rangeCellCount } from '../addresses';
import { bgrToHex } from './colors';
import { EtInterior, EtRange, EtWorksheet } from './etApi';
import { XL_PATTERN_NONE } from './etConstants';
import { halves } from './ranges';

/** Number formats and fills of one area of a sheet, as grids relative to the area. */
export interface AreaFormats {
  numberFormats: (string | null)[][];
  fills: (string | null)[][];
}

type Need = 'numberFormat' | 'fill';

/** One answer for every cell of a rectangle, or undefined when its cells differ. */
type Answer<T> = { value: T } | undefined;

/** A range's `NumberFormat`: cells that differ answer null, "" or (some builds) a boolean. */
function formatAnswer(format: string | null): Answer<string> {
  return typeof format === 'string' && format !== '' ? { value: format } : undefined;
}

/** No fill reads as `Pattern` xlNone (its Color reads white); a fill as its colour. */
function fillAnswer(interior: EtInterior): Answer<string | null> {
  const pattern = interior.Pattern;
  if (pattern === XL_PATTERN_NONE) return { value: null };
  if (typeof pattern !== 'number') return undefined;
  const colour = interior.Color;
  return typeof colour === 'number' ? { value: bgrToHex(colour) } : undefined;
}

/**
 * Reads number formats and fills of `area` without asking cell by cell. ET answers `NumberFormat` and
 * `Interior.Pattern` / `.Color` of a range with one value when every cell agrees and null when they
 * differ, so each rectangle is asked once and only what differs is asked again of its halves. Calls grow
 * with the number of format and fill changes, not with the number of cells.
 */
export function scanFormats(sheet: EtWorksheet, area: CellRange): AreaFormats {
  const rows = area.bottom - area.top + 1;
  const cols = area.right - area.left + 1;
  const grid = () => Array.from({ length: rows }, () => new Array<string | null>(cols).fill(null));
  const numberFormats = grid();
  const fills = grid();

  const paint = (target: (string | null)[][], r: CellRange, value: string | null) => {
    for (let row = r.top; row <= r.bottom; row++) {
      target[row - area.top].fill(value, r.left - area.left, r.right - area.left + 1);
    }
  };

  const scan = (r: CellRange, needs: readonly Need[]) => {
    const range: EtRange = sheet.Range(rangeToA1(r));
    // One cell always agrees with itself; a null answer there is left as unknown (null).
    const settled = rangeCellCount(r) === 1;
    const again: Need[] = [];
    for (const need of needs) {
      const answer = need === 'numberFormat' ? formatAnswer(range.NumberFormat) : fillAnswer(range.Interior);
      if (answer || settled) paint(need === 'numberFormat' ? numberFormats : fills, r, answer?.value ?? null);
      else again.push(need);
    }
    if (again.length > 0) for (const half of halves(r)) scan(half, again);
  };

  scan(area, ['numberFormat', 'fill']);
  return { numberFormats, fills };
}
