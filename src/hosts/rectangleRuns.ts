import { CellRange } from '../core/address';

export interface PlacedItem<T> {
  row: number;
  col: number;
  item: T;
}

/** A rectangle of cells written by one API call, with its items row by row. */
export interface RectangleRun<T> {
  range: CellRange;
  items: T[][];
}

/**
 * Groups cells into as few full rectangles as a simple sweep finds: contiguous cells of a row form a run,
 * and a run extends the rectangle above it when it spans the same columns. `sameRun` keeps cells apart
 * that one call cannot write together (a fill colour is one value per call). Later duplicates win.
 */
export function rectangleRuns<T>(
  cells: readonly PlacedItem<T>[],
  sameRun: (a: T, b: T) => boolean = () => true,
): RectangleRun<T>[] {
  const byCell = new Map<string, PlacedItem<T>>();
  for (const c of cells) byCell.set(`${c.row},${c.col}`, c);
  const sorted = [...byCell.values()].sort((a, b) => a.row - b.row || a.col - b.col);

  const done: RectangleRun<T>[] = [];
  // Rectangles that ended on the previous row, keyed by their column span.
  let open = new Map<string, RectangleRun<T>[]>();
  let i = 0;
  while (i < sorted.length) {
    const row = sorted[i].row;
    const nextOpen = new Map<string, RectangleRun<T>[]>();
    while (i < sorted.length && sorted[i].row === row) {
      const runItems: T[] = [sorted[i].item];
      const left = sorted[i].col;
      let right = left;
      i++;
      while (
        i < sorted.length &&
        sorted[i].row === row &&
        sorted[i].col === right + 1 &&
        sameRun(runItems[0], sorted[i].item)
      ) {
        runItems.push(sorted[i].item);
        right++;
        i++;
      }
      const key = `${left}:${right}`;
      const candidates = open.get(key) ?? [];
      const above = candidates.findIndex(
        (r) => r.range.bottom === row - 1 && sameRun(r.items[0][0], runItems[0]),
      );
      let rect: RectangleRun<T>;
      if (above >= 0) {
        rect = candidates.splice(above, 1)[0];
        rect.range.bottom = row;
        rect.items.push(runItems);
      } else {
        rect = { range: { top: row, left, bottom: row, right }, items: [runItems] };
      }
      const list = nextOpen.get(key) ?? [];
      list.push(rect);
      nextOpen.set(key, list);
    }
    for (const list of open.values()) done.push(...list);
    open = nextOpen;
  }
  for (const list of open.values()) done.push(...list);
  return done.sort((a, b) => a.range.top - b.range.top || a.range.left - b.range.left);
}
