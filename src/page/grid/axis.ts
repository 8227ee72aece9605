/**
 * Positions along one axis of the grid (rows or columns of differing sizes): where each line starts, and
 * which lines a scrolled window shows. Prefix sums with binary search, so a 10,000-row sheet costs nothing
 * per scroll event.
 */
export class Axis {
  private readonly starts: Float64Array;

  constructor(sizes: readonly number[]) {
    this.starts = new Float64Array(sizes.length + 1);
    for (let i = 0; i < sizes.length; i++) this.starts[i + 1] = this.starts[i] + sizes[i];
  }

  get count(): number {
    return this.starts.length - 1;
  }

  get total(): number {
    return this.starts[this.count];
  }

  start(index: number): number {
    return this.starts[Math.max(0, Math.min(index, this.count))];
  }

  size(index: number): number {
    return this.start(index + 1) - this.start(index);
  }

  /** Extent of lines first..last inclusive. */
  span(first: number, last: number): number {
    return this.start(last + 1) - this.start(first);
  }

  /** The line under a position (the last line for positions past the end). */
  indexAt(position: number): number {
    let lo = 0;
    let hi = this.count - 1;
    if (hi < 0) return 0;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= position) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Lines a window from `offset` of `length` pixels touches. */
  visible(offset: number, length: number): LineRange {
    if (this.count === 0) return { first: 0, last: -1 };
    return { first: this.indexAt(offset), last: this.indexAt(offset + Math.max(0, length - 1)) };
  }
}

export interface LineRange {
  first: number;
  last: number;
}

/**
 * The lines to render: the visible ones with `overscan` more on each side. The rendered range is kept while
 * the visible lines stay inside it, so that scrolling re-renders once every few lines, not every pixel.
 */
export function renderRange(
  current: LineRange | null,
  visible: LineRange,
  count: number,
  overscan: number,
): LineRange {
  if (current && visible.first >= current.first && visible.last <= current.last) {
    const tooWide = current.last - current.first > visible.last - visible.first + 4 * overscan;
    if (!tooWide) return current;
  }
  return {
    first: Math.max(0, visible.first - overscan),
    last: Math.min(count - 1, visible.last + overscan),
  };
}
