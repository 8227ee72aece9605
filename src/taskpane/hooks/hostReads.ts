import { SheetSnapshot } from '../../core/grid';
import { Host } from '../../hosts/host';

/** Reads the named sheets afresh (before a write: the undo plan must start from what is there now). */
export async function readSheets(host: Host, names: Iterable<string>): Promise<Map<string, SheetSnapshot>> {
  const snapshots = new Map<string, SheetSnapshot>();
  for (const name of new Set(names)) snapshots.set(name, await host.readSheet(name));
  return snapshots;
}
