import { rangeToA1 } from '../../core/address';
import { rangeOfAddress } from '../addresses';
import { CellsChange } from '../host';
import { EtActivatedSheet, EtApiEvents, EtChangedRange } from './etApi';

/** A string property of an event argument, when WPS passed an object that has it. */
function nameOf(sheet: EtActivatedSheet): string | null {
  if (!sheet || !('Name' in sheet)) return null;
  const name: unknown = sheet.Name;
  return typeof name === 'string' ? name : null;
}

function addressOf(target: EtChangedRange): string | null {
  if (!target || !('Address' in target) || typeof target.Address !== 'function') return null;
  try {
    return rangeToA1(rangeOfAddress(target.Address()));
  } catch {
    return null;
  }
}

/**
 * `ApiEvent` `SheetChange` (Sh, Target): cells of a sheet changed. WPS fires it for an add-in's writes
 * as well and says nothing about who wrote, so `byThisAddin` is always false here: the pane tells its own
 * writes apart itself (ownWrites.ts). An event without a readable sheet or range is dropped. Without
 * `ApiEvent`, or when WPS refuses the listener, nothing is reported: 重新检查 still works.
 */
export function subscribeToSheetChanges(
  events: EtApiEvents | null,
  listener: (change: CellsChange) => void,
): () => void {
  if (!events) return () => undefined;
  const onChange = (sheet: EtActivatedSheet, target: EtChangedRange) => {
    let change: CellsChange | null = null;
    try {
      const name = nameOf(sheet);
      const a1 = addressOf(target);
      if (name !== null && a1 !== null) change = { sheet: name, a1, byThisAddin: false };
    } catch {
      return;
    }
    if (change) listener(change);
  };
  try {
    events.AddApiEventListener('SheetChange', onChange);
  } catch {
    return () => undefined;
  }
  let stopped = false;
  return () => {
    if (stopped) return;
    stopped = true;
    try {
      events.RemoveApiEventListener('SheetChange', onChange);
    } catch {
      // WPS is closing the workbook or the pane: nothing is left to report to.
    }
  };
}
