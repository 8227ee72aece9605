import { CellRef } from '../address';
import { Grid } from '../grid';
import { ValueCell } from '../model';
import { SheetText } from './sheetText';

/** Labels that may share one header line with their values (`自评时间：… 自评等次： 优 自评得分： 92.76`). */
const HEADER_KEYS = ['自评时间', '自评等次', '自评得分', '填报日期', '总分', '单位名称', '单位'];

function stripToValue(rest: string): string {
  let cut = rest.length;
  for (const k of HEADER_KEYS) {
    const i = rest.indexOf(k);
    if (i >= 0 && i < cut) cut = i;
  }
  return rest
    .slice(0, cut)
    .replace(/^[\s:：]+/, '')
    .trim();
}

/** The text of a value cell: the cell itself, or what follows its label inside a shared cell. */
export function valueCellText(grid: Grid, vc: ValueCell): string {
  const raw = grid.value(vc.ref.row, vc.ref.col);
  const text = raw === null ? '' : String(raw);
  if (!vc.inlineLabel) return text.trim();
  const compact = text.replace(/[\s\u3000]+/g, ' ');
  const spaced = vc.inlineLabel.split('').join('\\s*');
  const m = new RegExp(spaced).exec(compact);
  if (!m) return '';
  return stripToValue(compact.slice(m.index + m[0].length));
}

/**
 * The first non-empty cell from `col` rightwards, unless it is another header label (`填报日期：…`); when
 * there is none, the last empty cell of the run, where the value would have been typed.
 */
function valueRightOf(text: SheetText, row: number, col: number, right: number): number {
  const grid = text.grid;
  let lastEmpty = col;
  for (let c = col; c <= right; c = grid.areaOf(row, c).right + 1) {
    if (grid.isEmpty(row, c)) {
      lastEmpty = c;
      continue;
    }
    const norm = text.normAt(row, c);
    return HEADER_KEYS.some((k) => norm.startsWith(k)) ? lastEmpty : c;
  }
  return lastEmpty;
}

/**
 * Finds `key` among the labels of rows [top, bottom] in the band and returns where its value lives:
 * inline after the key when the same cell carries it, else the cell right of the label's area.
 */
export function findValueCell(
  text: SheetText,
  keys: string | string[],
  top: number,
  bottom: number,
  left: number,
  right: number,
): ValueCell | undefined {
  for (const key of typeof keys === 'string' ? [keys] : keys) {
    const found = findKey(text, key, top, bottom, left, right);
    if (found) return found;
  }
  return undefined;
}

function findKey(
  text: SheetText,
  key: string,
  top: number,
  bottom: number,
  left: number,
  right: number,
): ValueCell | undefined {
  for (let r = top; r <= bottom; r++) {
    for (const label of text.labelsInRow(r, left, right)) {
      const i = label.norm.indexOf(key);
      if (i < 0) continue;
      // `总分` must be the label itself, not a word inside a longer sentence
      // (`自评总分` is the same label with its qualifier, 重庆/随州)
      const before = label.norm.slice(0, i);
      if (key === '总分' && i > 0 && !/[\d日月年期]$/.test(before) && !/^自评$/.test(before)) continue;
      // a unit after the label (`自评总分（分）`) is no value
      const rest = stripToValue(label.norm.slice(i + key.length).replace(/^\((分|分值|得分)\)/, ''));
      const ref: CellRef = { row: label.row, col: label.col };
      if (rest) return { ref, inlineLabel: key };
      // a label with nothing after it: the value is in the next cell, or further right past empty cells
      const next = label.area.right + 1;
      if (next > right) return { ref, inlineLabel: key };
      return { ref: { row: label.row, col: valueRightOf(text, label.row, next, right) } };
    }
  }
  return undefined;
}
