import { CellRange } from '../address';
import { normalizeLabel } from '../cellText';
import { Grid } from '../grid';

/** One labelled (text) cell: its merge anchor position, area and normalised text. */
export interface LabelCell {
  row: number;
  col: number;
  area: CellRange;
  norm: string;
}

/**
 * Normalised text of every text cell, computed once per sheet. Covered cells of a merge are skipped so each
 * label is seen once, at its anchor.
 */
export class SheetText {
  private readonly rows: LabelCell[][];

  constructor(readonly grid: Grid) {
    this.rows = [];
    for (let r = 0; r < grid.rowCount; r++) {
      const cells: LabelCell[] = [];
      const values = grid.snapshot.values[r];
      if (values) {
        for (let c = 0; c < grid.colCount; c++) {
          const v = values[c];
          if (typeof v !== 'string' || grid.isCovered(r, c)) continue;
          const norm = normalizeLabel(v);
          if (norm) cells.push({ row: r, col: c, area: grid.areaOf(r, c), norm });
        }
      }
      this.rows.push(cells);
    }
  }

  private readonly byCol = new Map<number, Map<number, LabelCell>>();

  /** The label anchored at a cell, if any (looked up by column, for the header readers' column walks). */
  labelAt(row: number, col: number): LabelCell | undefined {
    let cols = this.byCol.get(row);
    if (!cols) {
      cols = new Map((this.rows[row] ?? []).map((l) => [l.col, l]));
      this.byCol.set(row, cols);
    }
    return cols.get(col);
  }

  labelsInRow(row: number, left = 0, right = Number.MAX_SAFE_INTEGER): LabelCell[] {
    return (this.rows[row] ?? []).filter((l) => l.col >= left && l.col <= right);
  }

  /** First label of the row (leftmost) within the columns. */
  firstLabel(row: number, left = 0, right = Number.MAX_SAFE_INTEGER): LabelCell | undefined {
    return this.labelsInRow(row, left, right)[0];
  }

  find(
    row: number,
    test: (norm: string) => boolean,
    left = 0,
    right = Number.MAX_SAFE_INTEGER,
  ): LabelCell | undefined {
    return this.labelsInRow(row, left, right).find((l) => test(l.norm));
  }

  /** Normalised text shown at a cell, merge-resolved. */
  normAt(row: number, col: number): string {
    const v = this.grid.value(row, col);
    return v === null ? '' : normalizeLabel(String(v));
  }

  /** True when no cell of the row within the columns shows anything (merged areas count as content). */
  rowIsEmpty(row: number, left: number, right: number): boolean {
    for (let c = left; c <= right; c++) if (!this.grid.isEmpty(row, c)) return false;
    return true;
  }
}
