import { CellRange } from '../../core/address';

/** `Range.Value(xlRangeValueXMLSpreadsheet)`: the range as an XML Spreadsheet 2003 document. */
export const XL_RANGE_VALUE_XML_SPREADSHEET = 11;

/** What one `Value(11)` answer gives of an area: its merges, number formats and fills, area-relative grids. */
export interface XmlSpreadsheetFormats {
  merges: CellRange[];
  numberFormats: (string | null)[][];
  fills: (string | null)[][];
}

interface Style {
  numberFormat: string | null;
  fill: string | null;
}

/** XML Spreadsheet's names for built-in formats, as the number-format codes the rest of the project reads. */
const NAMED_FORMATS = new Map<string, string>([
  ['General', 'General'],
  ['General Number', 'General'],
  ['Fixed', '0.00'],
  ['Standard', '#,##0.00'],
  ['Percent', '0.00%'],
  ['Scientific', '0.00E+00'],
  ['@', '@'],
]);

const TAG = /<(\/?)(?:ss:)?(Style|NumberFormat|Interior|Column|Row|Cell)\b([^>]*?)(\/?)>/g;
const ATTRIBUTE = /(?:ss:)?([A-Za-z]+)="([^"]*)"/g;

function attributesOf(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const m of text.matchAll(ATTRIBUTE)) attributes.set(m[1], unescapeXml(m[2]));
  return attributes;
}

function unescapeXml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
    .replace(/&amp;/g, '&');
}

function positiveInteger(text: string | undefined): number | null {
  if (text === undefined) return null;
  const n = Number(text);
  return Number.isInteger(n) && n > 0 ? n : null;
}

/**
 * Reads the styles, merges and cell styles of an XML Spreadsheet answer for `area` (rows and cells are
 * numbered from the area's top-left, 1-based, as `ss:Index` says or one after the last). Null when the
 * answer is not such a document (an older WPS answers something else, or nothing): the caller falls back
 * to asking range by range. A cell written nowhere takes its row's style, else its column's, else Default.
 */
export function parseXmlSpreadsheet(answer: unknown, area: CellRange): XmlSpreadsheetFormats | null {
  if (typeof answer !== 'string' || !/<Workbook\b/.test(answer) || !/<(?:ss:)?Table\b/.test(answer)) {
    return null;
  }
  const rows = area.bottom - area.top + 1;
  const cols = area.right - area.left + 1;
  const styles = new Map<string, Style>();
  const cellStyle: (string | null)[][] = Array.from({ length: rows }, () => new Array(cols).fill(null));
  const rowStyle: (string | null)[] = new Array(rows).fill(null);
  const columnStyle: (string | null)[] = new Array(cols).fill(null);
  const merges: CellRange[] = [];

  let style: Style | null = null;
  let row = -1;
  let col = -1;
  let column = -1;
  for (const m of answer.matchAll(TAG)) {
    const [, closing, tag, attributeText] = m;
    if (closing) {
      if (tag === 'Style') style = null;
      continue;
    }
    const attributes = attributesOf(attributeText);
    switch (tag) {
      case 'Style': {
        style = { numberFormat: null, fill: null };
        styles.set(attributes.get('ID') ?? '', style);
        break;
      }
      case 'NumberFormat': {
        const format = attributes.get('Format');
        if (style && format !== undefined) style.numberFormat = NAMED_FORMATS.get(format) ?? format;
        break;
      }
      case 'Interior': {
        const color = attributes.get('Color');
        const pattern = attributes.get('Pattern');
        if (style && color && pattern && pattern !== 'None') style.fill = color.toUpperCase();
        break;
      }
      case 'Column': {
        column = (positiveInteger(attributes.get('Index')) ?? column + 2) - 1;
        const span = (positiveInteger(attributes.get('Span')) ?? 0) + 1;
        const id = attributes.get('StyleID');
        for (let c = column; c < column + span && c < cols; c++) if (id) columnStyle[c] = id;
        column += span - 1;
        break;
      }
      case 'Row': {
        row = (positiveInteger(attributes.get('Index')) ?? row + 2) - 1;
        col = -1;
        const id = attributes.get('StyleID');
        if (id && row < rows) rowStyle[row] = id;
        break;
      }
      case 'Cell': {
        if (row < 0) return null;
        col = (positiveInteger(attributes.get('Index')) ?? col + 2) - 1;
        const across = Number(attributes.get('MergeAcross') ?? 0) || 0;
        const down = Number(attributes.get('MergeDown') ?? 0) || 0;
        if (row < rows && col < cols) {
          const id = attributes.get('StyleID');
          if (id) cellStyle[row][col] = id;
          if (across > 0 || down > 0) {
            merges.push({
              top: area.top + row,
              left: area.left + col,
              bottom: area.top + row + down,
              right: area.left + col + across,
            });
          }
        }
        col += across;
        break;
      }
    }
  }

  const fallback = styles.get('Default') ?? { numberFormat: 'General', fill: null };
  const styleAt = (r: number, c: number): Style => {
    const id = cellStyle[r][c] ?? rowStyle[r] ?? columnStyle[c];
    return (id !== null ? styles.get(id) : undefined) ?? fallback;
  };
  const numberFormats = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => styleAt(r, c).numberFormat ?? fallback.numberFormat ?? 'General'),
  );
  const fills = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => styleAt(r, c).fill),
  );
  return { merges, numberFormats, fills };
}
