import { CellRange, parseRangeA1 } from '../core/address';

/**
 * The rectangle of an address as Excel reports it (`Sheet1!C3:H20`, `'My sheet'!A1`) or ET's `Address()`
 * answers it (`$C$3:$H$20`): sheet names may contain `!` inside quotes, cell references never do, so the
 * reference is what follows the last `!`, without `$`.
 */
export function rangeOfAddress(address: string): CellRange {
  return parseRangeA1(address.slice(address.lastIndexOf('!') + 1).replace(/\$/g, ''));
}

export function rangeCellCount(range: CellRange): number {
  return (range.bottom - range.top + 1) * (range.right - range.left + 1);
}

export function rangeWithin(inner: CellRange, outer: CellRange): boolean {
  return (
    inner.top >= outer.top &&
    inner.left >= outer.left &&
    inner.bottom <= outer.bottom &&
    inner.right <= outer.right
  );
}

/** The rectangles of an address list (`Sheet1!A1:B2, 'a, b'!C3`): commas inside quoted sheet names do not split. */
export function rangesOfAddressList(list: string): CellRange[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    if (list[i] === "'") quoted = !quoted;
    else if (list[i] === ',' && !quoted) {
      parts.push(list.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(list.slice(start));
  return parts
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map(rangeOfAddress);
}
