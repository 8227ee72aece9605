import { toA1 } from '../../core/address';
import { CellEdit } from '../../core/edits';
import { isContentEdit } from '../cellInput';
import { protectedCellsRefusal, refusedByProtection } from '../protectedEdits';
import { EtWorksheet } from './etApi';

/**
 * On a protected sheet, refuses (before anything is written) a plan the protection does not allow in full,
 * naming the cells; a plan within it (contents into unlocked cells, formats where formatting cells is
 * allowed) goes through. Each content cell's `Locked` is asked on its own: a range whose cells differ may
 * answer null, "" or a boolean, so a rectangle's answer cannot be trusted. Calls: one per content cell,
 * on protected sheets only.
 */
export function checkSheetProtection(sheet: EtWorksheet, name: string, edits: readonly CellEdit[]): void {
  if (!sheet.ProtectContents) return;
  let allowFormatCells = false;
  try {
    allowFormatCells = sheet.Protection.AllowFormattingCells === true;
  } catch {
    // a build without Protection: formats are refused, as the strictest protection would
  }
  const unlocked = new Set<string>();
  for (const e of edits) {
    if (!isContentEdit(e)) continue;
    const key = toA1(e.row, e.col);
    if (sheet.Range(key).Locked === false) unlocked.add(key);
  }
  const refused = refusedByProtection(edits, {
    allowFormatCells,
    locked: (row, col) => !unlocked.has(toA1(row, col)),
  });
  if (refused.length > 0) throw protectedCellsRefusal(name, refused);
}
