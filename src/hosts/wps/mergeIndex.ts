import { CellRange } from '../../core/address';

/** Merged areas found so far on one sheet, with the cells they (and cells known to be single) cover. */
export class MergeIndex {
  readonly areas: CellRange[] = [];
  private readonly covered = new Set<string>();

  /** Records what ET answered as a cell's merge area; a single cell is remembered but is no merge. */
  add(area: CellRange): void {
    const key = `${area.top},${area.left},${area.bottom},${area.right}`;
    if (this.covered.has(`area:${key}`)) return;
    this.covered.add(`area:${key}`);
    if (area.bottom > area.top || area.right > area.left) this.areas.push(area);
    for (let r = area.top; r <= area.bottom; r++) {
      for (let c = area.left; c <= area.right; c++) this.covered.add(`${r},${c}`);
    }
  }

  isCovered(row: number, col: number): boolean {
    return this.covered.has(`${row},${col}`);
  }
}
