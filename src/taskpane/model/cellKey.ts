/** Identifies one cell across sheets (sets of ticked conflicts, remembered fills). */
export function cellKey(sheet: string, row: number, col: number): string {
  return `${sheet}!${row},${col}`;
}
