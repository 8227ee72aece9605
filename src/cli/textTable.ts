/**
 * Plain-text tables for a terminal. Chinese characters take two columns, so widths are counted the way a
 * terminal draws them, not in string length.
 */
const WIDE_RANGES: [number, number][] = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x20000, 0x3fffd],
];

function charWidth(codePoint: number): number {
  if (codePoint < 0x1100) return 1;
  return WIDE_RANGES.some(([lo, hi]) => codePoint >= lo && codePoint <= hi) ? 2 : 1;
}

export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += charWidth(ch.codePointAt(0)!);
  return width;
}

/** Cuts text to at most `max` columns, ending with `…` when cut. */
export function truncate(text: string, max: number): string {
  if (displayWidth(text) <= max) return text;
  let out = '';
  let width = 0;
  for (const ch of text) {
    const w = charWidth(ch.codePointAt(0)!);
    if (width + w > max - 1) break;
    out += ch;
    width += w;
  }
  return `${out}…`;
}

function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** One line per row, columns two spaces apart; the last column is not padded. Cells are kept on one line. */
export function renderTable(header: string[], rows: string[][], indent = '  '): string {
  const all = [header, ...rows].map((row) => row.map((cell) => cell.replace(/\s+/g, ' ').trim()));
  const widths = header.map((_, c) => Math.max(...all.map((row) => displayWidth(row[c] ?? ''))));
  return all
    .map((row) => {
      const cells = row.map((cell, c) => (c === row.length - 1 ? cell : padEnd(cell, widths[c])));
      return `${indent}${cells.join('  ')}`.trimEnd();
    })
    .join('\n');
}
