import { rangeToA1 } from '../../core/address';
import { rangeOfAddress } from '../addresses';
import { CellsChange } from '../host';
import { hostProperty, listenBothWays } from './apiEventListener';
import { EtActivatedSheet, EtApiEvents, EtChangedRange } from './etApi';

/** The sheet's name, read and type-tested (a host object may not list its properties to `in`). */
function nameOf(sheet: EtActivatedSheet): string | null {
  const name = hostProperty(sheet, 'Name');
  return typeof name === 'string' ? name : null;
}

function addressOf(target: EtChangedRange): string | null {
  const address = hostProperty(target, 'Address');
  if (typeof address !== 'function') return null;
  try {
    return rangeToA1(rangeOfAddress(String((address as () => unknown).call(target))));
  } catch {
    return null;
  }
}

/**
 * `ApiEvent` `SheetChange` (Sh, Target): cells of a sheet changed. WPS fires it for an add-in's writes
 * as well and says nothing about who wrote, so `byThisAddin` is always false here: the pane tells its own
 * writes apart itself (ownWrites.ts). An event without a readable sheet or range is dropped. Registered by
 * a global function's name and as a closure (builds differ), reported once per change. Without `ApiEvent`,
 * or when WPS refuses the listener, nothing is reported: 重新检查 still works.
 */
export function subscribeToSheetChanges(
  events: EtApiEvents | null,
  listener: (change: CellsChange) => void,
): () => void {
  if (!events) return () => undefined;
  const read = (sheet: EtActivatedSheet, target: EtChangedRange): CellsChange | null => {
    const name = nameOf(sheet);
    const a1 = addressOf(target);
    return name !== null && a1 !== null ? { sheet: name, a1, byThisAddin: false } : null;
  };
  const onChange = (sheet: EtActivatedSheet, target: EtChangedRange) => {
    let change: CellsChange | null = null;
    try {
      change = read(sheet, target);
    } catch {
      return;
    }
    if (change) listener(change);
  };
  const keyOf = (sheet: EtActivatedSheet, target: EtChangedRange) => {
    const change = read(sheet, target);
    return change ? `${change.sheet}!${change.a1}` : undefined;
  };
  return listenBothWays(events, 'SheetChange', onChange, keyOf) ?? (() => undefined);
}
