import { CellRange, parseRangeA1, rangeToA1 } from '../core/address';
import { CellEdit } from '../core/edits';
import { HostError } from './host';

/** What the hosts refuse, worded alike wherever they refuse the same thing. */

export const PROTECTED_MESSAGE = '工作表受保护，请先撤销保护后再试。';

/** Sheets above this many cells are refused: reading them would stall the host for minutes. */
export const MAX_SHEET_CELLS = 2_000_000;

const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;
const HEX_COLOUR = /^#?[0-9A-Fa-f]{6}$/;

/** `#RRGGBB` (the `#` optional): the only colours a host is given. */
export function isHexColour(text: string): boolean {
  return HEX_COLOUR.test(text);
}

export function sheetTooLarge(name: string): HostError {
  return new HostError('too-large', `工作表「${name}」过大（超过 ${MAX_SHEET_CELLS} 个单元格），无法检查。`);
}

export function areaNotEmpty(area: CellRange): HostError {
  return new HostError('failed', `目标区域 ${rangeToA1(area)} 不为空，请选择空白位置或新建工作表。`);
}

export function settingNotSaved(e: unknown): HostError {
  return new HostError('failed', `设置未能保存到工作簿：${e instanceof Error ? e.message : String(e)}`);
}

/** The range to select, or a refusal the pane can show. */
export function rangeToSelect(a1: string): CellRange {
  try {
    return parseRangeA1(a1);
  } catch {
    throw new HostError('not-found', `无效的单元格地址：${a1}`);
  }
}

/** Why no sheet can take this edit (a cell off the sheet, a fill that is no colour), or null. */
export function editProblem(edit: CellEdit): string | null {
  if (edit.row < 0 || edit.col < 0 || edit.row >= MAX_ROWS || edit.col >= MAX_COLS) {
    return `单元格超出工作表范围：${edit.sheet}!R${edit.row + 1}C${edit.col + 1}`;
  }
  if (typeof edit.fill === 'string' && !isHexColour(edit.fill)) return `不是有效的颜色：${edit.fill}`;
  return null;
}
