import { CellRange, rangeContains } from './address';

/**
 * A cell's cached value as a host reports it. Error values (`#DIV/0!`, `#REF!`, …) arrive as strings and
 * are recognised by `isErrorValue`; dates arrive as serial numbers or text.
 */
export type CellValue = string | number | boolean | null;

const ERROR_VALUES = new Set([
  '#DIV/0!',
  '#N/A',
  '#NAME?',
  '#NULL!',
  '#NUM!',
  '#REF!',
  '#VALUE!',
  '#SPILL!',
  '#CALC!',
  '#GETTING_DATA',
]);

export function isErrorValue(v: CellValue): v is string {
  return typeof v === 'string' && ERROR_VALUES.has(v.trim());
}

/**
 * One sheet as read in a single host round trip: dense arrays anchored at A1 (hosts pad a used range that
 * starts elsewhere), so that row/col indices are sheet coordinates.
 */
export interface SheetSnapshot {
  name: string;
  rowCount: number;
  colCount: number;
  /** Cached values, `rowCount` rows of `colCount` cells. */
  values: CellValue[][];
  /** Formula text with leading `=`, or null for a constant. Omitted when the host has none. */
  formulas?: (string | null)[][];
  /** Excel number format codes (`0.00%`, `General`), when known. */
  numberFormats?: (string | null)[][];
  /** Fill colours `#RRGGBB`, null for no fill, when known (kept so highlights and undo restore them). */
  fills?: (string | null)[][];
  merges: CellRange[];
}

/** Read access to a snapshot with merged areas resolved: a covered cell reads its area's top-left value. */
export class Grid {
  readonly name: string;
  readonly rowCount: number;
  readonly colCount: number;
  private readonly mergeByCell = new Map<number, CellRange>();

  constructor(readonly snapshot: SheetSnapshot) {
    this.name = snapshot.name;
    this.rowCount = snapshot.rowCount;
    this.colCount = snapshot.colCount;
    for (const m of snapshot.merges) {
      for (let r = m.top; r <= m.bottom; r++) {
        for (let c = m.left; c <= m.right; c++) this.mergeByCell.set(r * this.colCount + c, m);
      }
    }
  }

  inBounds(row: number, col: number): boolean {
    return row >= 0 && col >= 0 && row < this.rowCount && col < this.colCount;
  }

  /** The merged area covering a cell, if any. */
  mergeAt(row: number, col: number): CellRange | undefined {
    return this.mergeByCell.get(row * this.colCount + col);
  }

  /** True for a cell inside a merged area other than its top-left anchor. */
  isCovered(row: number, col: number): boolean {
    const m = this.mergeAt(row, col);
    return !!m && (m.top !== row || m.left !== col);
  }

  /** The raw value stored in this very cell (covered cells of a merge are null). */
  raw(row: number, col: number): CellValue {
    if (!this.inBounds(row, col)) return null;
    const v = this.snapshot.values[row]?.[col];
    return v === undefined ? null : v;
  }

  /** The value a person sees at this cell: the merge anchor's value for covered cells. */
  value(row: number, col: number): CellValue {
    const m = this.mergeAt(row, col);
    return m ? this.raw(m.top, m.left) : this.raw(row, col);
  }

  /** Display text of `value`, trimmed; numbers as JS prints them. */
  text(row: number, col: number): string {
    const v = this.value(row, col);
    if (v === null) return '';
    return String(v).trim();
  }

  formula(row: number, col: number): string | null {
    if (!this.inBounds(row, col)) return null;
    return this.snapshot.formulas?.[row]?.[col] ?? null;
  }

  numberFormat(row: number, col: number): string | null {
    if (!this.inBounds(row, col)) return null;
    return this.snapshot.numberFormats?.[row]?.[col] ?? null;
  }

  fill(row: number, col: number): string | null {
    if (!this.inBounds(row, col)) return null;
    return this.snapshot.fills?.[row]?.[col] ?? null;
  }

  isEmpty(row: number, col: number): boolean {
    const v = this.value(row, col);
    return v === null || (typeof v === 'string' && v.trim() === '');
  }

  /** The merged area covering the cell, or the cell alone. */
  areaOf(row: number, col: number): CellRange {
    return this.mergeAt(row, col) ?? { top: row, left: col, bottom: row, right: col };
  }

  mergesIn(range: CellRange): CellRange[] {
    return this.snapshot.merges.filter((m) => rangeContains(range, m.top, m.left));
  }
}

/** Builds a snapshot from sparse rows (tests, templates, file host). Shorter rows are padded with null. */
export function snapshotFromRows(
  name: string,
  rows: CellValue[][],
  merges: CellRange[] = [],
  formulas?: (string | null)[][],
): SheetSnapshot {
  const rowCount = rows.length;
  let colCount = 0;
  for (const r of rows) colCount = Math.max(colCount, r.length);
  for (const m of merges) colCount = Math.max(colCount, m.right + 1);
  const values = rows.map((r) => {
    const out: CellValue[] = new Array(colCount).fill(null);
    r.forEach((v, i) => (out[i] = v === undefined ? null : v));
    return out;
  });
  const snap: SheetSnapshot = { name, rowCount, colCount, values, merges };
  if (formulas) {
    snap.formulas = values.map((_, ri) => {
      const out: (string | null)[] = new Array(colCount).fill(null);
      (formulas[ri] ?? []).forEach((f, i) => (out[i] = f ?? null));
      return out;
    });
  }
  return snap;
}
