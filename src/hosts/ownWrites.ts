import { CellRange } from '../core/address';
import { EditPlan } from '../core/edits';
import { TemplateSpec } from '../core/templateSpec';
import { rangeOfAddress, rangeWithin } from './addresses';
import { CellsChange, Host } from './host';

/**
 * How long after one of our writes finished its change events still count as ours: Excel sends them
 * after the sync, WPS inside the write; a person rarely types into the cells just written this fast.
 */
export const OWN_WRITE_GRACE_MS = 1_000;

interface Write {
  /** The written area of each sheet (bounding box of the cells written). */
  areas: Map<string, CellRange>;
  /** When the write finished (null while it runs). */
  endedAt: number | null;
}

/**
 * The bounding box per sheet of the edits that change contents. Fills and number formats fire no change
 * event (Excel reports them on `onFormatChanged`, WPS's `SheetChange` is about contents), so a marking
 * write claims no cells: the user may type into a cell we just coloured and be checked at once.
 */
function contentAreas(plan: EditPlan): Map<string, CellRange> {
  const areas = new Map<string, CellRange>();
  for (const e of plan.edits) {
    if (e.value === undefined && e.formula === undefined) continue;
    const a = areas.get(e.sheet);
    areas.set(
      e.sheet,
      a
        ? {
            top: Math.min(a.top, e.row),
            left: Math.min(a.left, e.col),
            bottom: Math.max(a.bottom, e.row),
            right: Math.max(a.right, e.col),
          }
        : { top: e.row, left: e.col, bottom: e.row, right: e.col },
    );
  }
  return areas;
}

/**
 * Our own writes (formulas, marks, undo, templates) make the host report changed cells like a person's
 * typing does; the live check must not answer them with a second round. A change is ours when the host
 * says so (Excel's `triggerSource`), or when it falls inside the area a write of ours touches while that
 * write runs or within OWN_WRITE_GRACE_MS after (WPS says nothing about who wrote).
 */
export class OwnWrites {
  private writes: Write[] = [];

  constructor(private readonly now: () => number = Date.now) {}

  async around<T>(areas: Map<string, CellRange>, write: () => Promise<T>): Promise<T> {
    const entry: Write = { areas, endedAt: null };
    this.writes.push(entry);
    try {
      return await write();
    } finally {
      entry.endedAt = this.now();
    }
  }

  isOurs(change: CellsChange): boolean {
    if (change.byThisAddin) return true;
    const now = this.now();
    this.writes = this.writes.filter((w) => w.endedAt === null || now - w.endedAt <= OWN_WRITE_GRACE_MS);
    let changed: CellRange;
    try {
      changed = rangeOfAddress(change.a1);
    } catch {
      return false;
    }
    return this.writes.some((w) => {
      const area = w.areas.get(change.sheet);
      return area !== undefined && rangeWithin(changed, area);
    });
  }
}

/**
 * The host the pane talks to: every write goes through OwnWrites, and `onCellsChange` reports only the
 * changes that are not ours. Optional members exist exactly when the host has them.
 */
export function withOwnWrites(host: Host, own: OwnWrites = new OwnWrites()): Host {
  const wholeSheet = (sheet: string): Map<string, CellRange> =>
    new Map([[sheet, { top: 0, left: 0, bottom: 1_048_575, right: 16_383 }]]);
  const tracked: Host = {
    kind: host.kind,
    sheetNames: () => host.sheetNames(),
    activeSheetName: () => host.activeSheetName(),
    readSheet: (name) => host.readSheet(name),
    applyPlan: (plan) => own.around(contentAreas(plan), () => host.applyPlan(plan)),
    select: (sheet, a1) => host.select(sheet, a1),
    insertTemplate: (spec: TemplateSpec, sheet, newSheet) =>
      own.around(new Map([[sheet, spec.range]]), () => host.insertTemplate(spec, sheet, newSheet)),
    deleteSheet: (name) => own.around(wholeSheet(name), () => host.deleteSheet(name)),
    getSetting: (key) => host.getSetting(key),
    setSetting: (key, value) => host.setSetting(key, value),
  };
  if (host.getSelection) tracked.getSelection = () => host.getSelection!();
  if (host.onActiveSheetChange) tracked.onActiveSheetChange = (l) => host.onActiveSheetChange!(l);
  if (host.onCellsChange) {
    tracked.onCellsChange = (listener) =>
      host.onCellsChange!((change) => {
        if (!own.isOurs(change)) listener(change);
      });
  }
  if (host.setSheetProtection) {
    tracked.setSheetProtection = (sheet, protection) => host.setSheetProtection!(sheet, protection);
  }
  if (host.onBeforeSave) tracked.onBeforeSave = (decide) => host.onBeforeSave!(decide);
  if (host.saveWorkbook) tracked.saveWorkbook = () => host.saveWorkbook!();
  return tracked;
}
