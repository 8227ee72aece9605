/** A tiny grid model for hand-built forms: rows of cells plus merges, placed on a sheet at an offset. */

export type Cell =
  | string
  | number
  | null
  | { v: string | number; fmt?: string }
  | { f: string; r: number | string; fmt?: string };

export type Kind = 'project' | 'department' | 'target';

/** An expected region, in grid coordinates (0-based, inclusive). */
export interface RegionBox {
  kind: Kind;
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

export class Grid {
  rows: Cell[][] = [];
  merges: [number, number, number, number][] = [];
  regions: RegionBox[] = [];

  /** Appends a row and returns its index. */
  row(cells: Cell[] = []): number {
    this.rows.push(cells);
    return this.rows.length - 1;
  }

  set(r: number, c: number, v: Cell): void {
    while (this.rows.length <= r) this.rows.push([]);
    const row = this.rows[r];
    while (row.length <= c) row.push(null);
    row[c] = v;
  }

  merge(r1: number, c1: number, r2: number, c2: number): void {
    if (r1 === r2 && c1 === c2) return;
    this.merges.push([r1, c1, r2, c2]);
  }

  get height(): number {
    return this.rows.length;
  }

  get width(): number {
    return Math.max(0, ...this.rows.map((r) => r.length));
  }

  /** Copies another grid into this one at (dr, dc), keeping its merges and regions. */
  paste(g: Grid, dr: number, dc: number): void {
    g.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== undefined) this.set(r + dr, c + dc, v);
      }),
    );
    for (const [a, b, c, d] of g.merges) this.merges.push([a + dr, b + dc, c + dr, d + dc]);
    for (const x of g.regions)
      this.regions.push({ ...x, r1: x.r1 + dr, r2: x.r2 + dr, c1: x.c1 + dc, c2: x.c2 + dc });
  }
}

export function colName(c: number): string {
  let s = '';
  let n = c + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function a1(r: number, c: number): string {
  return `${colName(c)}${r + 1}`;
}

export function rangeOf(b: RegionBox): string {
  return `${a1(b.r1, b.c1)}:${a1(b.r2, b.c2)}`;
}

export const round2 = (x: number): number => Math.round(x * 100 + 1e-9) / 100;
