import { rangeToA1, toA1 } from '../../src/core/address';
import type { Layout } from '../../src/core/layouts';
import type { FixtureCell, FixtureTable } from '../fixtures/format';

/**
 * A form being laid out for a robustness variant: rows are appended, cells set by column, merges recorded.
 * Builders keep the addresses of the cells that findings point at, so expectations never count rows by hand.
 */
export class VariantDraft {
  readonly rows: FixtureCell[][] = [];
  readonly merges: string[] = [];

  constructor(readonly width: number) {}

  get lastRow(): number {
    return this.rows.length - 1;
  }

  /** Appends a row of `cells` (left to right from column 0), padded to the width; returns its index. */
  addRow(cells: FixtureCell[] = []): number {
    if (cells.length > this.width) throw new Error(`row has ${cells.length} cells, width is ${this.width}`);
    const row = [...cells];
    while (row.length < this.width) row.push(null);
    this.rows.push(row);
    return this.rows.length - 1;
  }

  set(row: number, col: number, cell: FixtureCell): void {
    if (col >= this.width) throw new Error(`column ${col} is outside width ${this.width}`);
    this.rows[row][col] = cell;
  }

  /** Merges an inclusive rectangle; a single cell is not a merge. */
  merge(top: number, left: number, bottom: number, right: number): void {
    if (top === bottom && left === right) return;
    this.merges.push(rangeToA1({ top, left, bottom, right }));
  }

  /** Merges a cell across columns of its row. */
  span(row: number, left: number, right: number): void {
    this.merge(row, left, row, right);
  }

  table(
    id: string,
    region: { kind: FormKindName; layout: LayoutName; top: number; bottom: number } | null,
    findings: ExpectedFinding[],
  ): FixtureTable {
    return {
      id,
      description: `robustness variant ${id}`,
      rows: this.rows,
      merges: this.merges,
      expectedRegion: region
        ? {
            kind: region.kind,
            layout: region.layout,
            range: rangeToA1({ top: region.top, left: 0, bottom: region.bottom, right: this.width - 1 }),
          }
        : null,
      expectedFindings: findings,
    };
  }
}

export type FormKindName = 'project' | 'department' | 'target';
export type LayoutName = Layout;
export type ExpectedFinding = FixtureTable['expectedFindings'][number];

export function a1(row: number, col: number): string {
  return toA1(row, col);
}

/** How a label that spans several rows is written: merged down, repeated on every row, or on the first only. */
export type SpanStyle = 'merged' | 'repeated' | 'firstOnly';

/**
 * Writes `label` in `col` over rows [top, bottom] in the given style. `repeated` writes it on every row,
 * `firstOnly` leaves the rows below blank, `merged` merges the cells.
 */
export function spanLabel(
  d: VariantDraft,
  label: FixtureCell,
  col: number,
  top: number,
  bottom: number,
  style: SpanStyle,
): void {
  d.set(top, col, label);
  if (style === 'merged') d.merge(top, col, bottom, col);
  else if (style === 'repeated') for (let r = top + 1; r <= bottom; r++) d.set(r, col, label);
}

/** A number shown through a format (`0.00%`, `#,##0.00`). */
export function shown(n: number, fmt: string): FixtureCell {
  return { n, fmt };
}

export function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

export function sum(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}
