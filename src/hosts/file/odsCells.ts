/**
 * How many cells SheetJS will create from an .ods's content.xml, counted from the repeat attributes
 * without expanding them, so that a file declaring billions of cells in a few hundred bytes is refused
 * before it is parsed. The count follows SheetJS's reader as we call it (stubs on): a cell with content,
 * or an empty cell written with an end tag, is created once per repeated row and column; a covered cell
 * once per repeated column; a self-closing empty cell not at all. Rows and columns are counted as far as
 * the last created cell reaches.
 */
export interface OdsCells {
  /** Cells created, all sheets together. */
  cells: number;
  /** The largest sheet's extent. */
  rows: number;
  columns: number;
}

const TAG = /<(\/?)table:(table-row|table-cell|covered-table-cell|table)(?=[\s/>])([^>]*?)(\/?)>/g;

function repeat(attributes: string, name: string): number {
  const m = new RegExp(`table:${name}="(\\d+)"`).exec(attributes);
  const n = m ? Number(m[1]) : 1;
  return Number.isFinite(n) && n > 0 ? n : 1;
}

export function odsCells(xml: string): OdsCells {
  let cells = 0;
  let rows = 0;
  let columns = 0;
  let row = 0;
  let col = 0;
  let rowRepeat = 1;
  let sheetRows = 0;
  let sheetColumns = 0;
  for (const m of xml.matchAll(TAG)) {
    const [, closing, tag, attributes, selfClosing] = m;
    if (tag === 'table') {
      if (closing) continue;
      row = 0;
      sheetRows = 0;
      sheetColumns = 0;
    } else if (tag === 'table-row') {
      if (closing) {
        row += rowRepeat;
        rowRepeat = 1;
      } else {
        rowRepeat = repeat(attributes, 'number-rows-repeated');
        col = 0;
        if (selfClosing) {
          row += rowRepeat;
          rowRepeat = 1;
        }
      }
    } else if (!closing) {
      const span = repeat(attributes, 'number-columns-repeated');
      const created =
        tag === 'covered-table-cell'
          ? span
          : !selfClosing
            ? rowRepeat * span
            : /office:value-type="string"/.test(attributes)
              ? 1
              : 0;
      if (created > 0) {
        cells += created;
        sheetColumns = Math.max(sheetColumns, col + span);
        sheetRows = Math.max(sheetRows, row + (tag === 'table-cell' && !selfClosing ? rowRepeat : 1));
        rows = Math.max(rows, sheetRows);
        columns = Math.max(columns, sheetColumns);
      }
      col += span;
    }
  }
  return { cells, rows, columns };
}
