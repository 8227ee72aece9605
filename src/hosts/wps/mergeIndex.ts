import { CellRange } from '../../core/address';

/** Merged areas found so far on one sheet, and the cells they cover. */
export class MergeIndex {
  readonly areas: CellRange[] = [];
  private readonly covered = new Set<string>();

  /**
   * Records what ET answered as a cell's merge area. Merged areas never overlap, so an area whose top-left
   * cell is covered is known already. A single cell (not merged after all) is remembered, not listed.
   */
  add(area: CellRange): void {
    if (this.isCovered(area.top, area.left)) return;
    if (area.bottom > area.top || area.right > area.left) this.areas.push(area);
    for (let r = area.top; r <= area.bottom; r++) {
      for (let c = area.left; c <= area.right; c++) this.covered.add(`${r},${c}`);
    }
  }

  isCovered(row: number, col: number): boolean {
    return this.covered.has(`${row},${col}`);
  }
}
