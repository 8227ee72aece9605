import { parseWithSheetJs } from '../../../src/hosts/file/sheetjs/readSheetJs';

/** Cells SheetJS creates reading a file as the checker reads it (dense sheets), all sheets together. */
export async function cellsCreatedBySheetJs(bytes: Uint8Array): Promise<number> {
  const book = await parseWithSheetJs(bytes);
  let n = 0;
  for (const name of book.SheetNames) {
    const data = (book.Sheets[name] as { '!data'?: unknown[][] })['!data'] ?? [];
    for (const row of data) if (row) for (const cell of row) if (cell) n++;
  }
  return n;
}
