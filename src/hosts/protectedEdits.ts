import { CellRange, toA1 } from '../core/address';
import { CellEdit } from '../core/edits';
import { isContentEdit } from './cellInput';
import { HostError } from './host';

/**
 * What a protected sheet lets through, as Excel does: contents into unlocked cells; number formats and
 * fills only where the protection allows formatting cells. Government forms are often protected with
 * their input cells unlocked, so a plan that stays within that is written rather than refused.
 */
export interface SheetProtection {
  allowFormatCells: boolean;
  /** Whether the cell is locked (cells are locked unless unlocked in Format Cells → Protection). */
  locked(row: number, col: number): boolean;
}

/** The edits the protection refuses (empty when the whole plan may be written). */
export function refusedByProtection(edits: readonly CellEdit[], protection: SheetProtection): CellEdit[] {
  return edits.filter((e) => {
    const formats = e.numberFormat !== undefined || e.fill !== undefined;
    if (formats && !protection.allowFormatCells) return true;
    return isContentEdit(e) && protection.locked(e.row, e.col);
  });
}

/** The box of the cells whose lock state matters (content edits), or null when there are none. */
export function contentBox(edits: readonly CellEdit[]): CellRange | null {
  let box: CellRange | null = null;
  for (const e of edits) {
    if (!isContentEdit(e)) continue;
    box = box
      ? {
          top: Math.min(box.top, e.row),
          left: Math.min(box.left, e.col),
          bottom: Math.max(box.bottom, e.row),
          right: Math.max(box.right, e.col),
        }
      : { top: e.row, left: e.col, bottom: e.row, right: e.col };
  }
  return box;
}

const NAMED_CELLS = 8;

/** The refusal, naming the cells (the first few, then how many more). */
export function protectedCellsRefusal(sheet: string, refused: readonly CellEdit[]): HostError {
  const cells = [...new Set(refused.map((e) => toA1(e.row, e.col)))];
  const named = cells.slice(0, NAMED_CELLS).join('、');
  const more = cells.length > NAMED_CELLS ? ` 等 ${cells.length} 个单元格` : '';
  return new HostError(
    'protected',
    `工作表「${sheet}」受保护，${named}${more}被锁定或不允许设置格式，未写入任何内容。请撤销工作表保护后再试。`,
  );
}
