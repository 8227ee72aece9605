import { useCallback, useRef, useState } from 'react';
import { EditPlan } from '../../core/edits';
import { SheetSnapshot } from '../../core/grid';
import { changedSinceWritten, guardUndo, WrittenCell } from '../../core/undoGuard';
import { Host } from '../../hosts/host';

/**
 * How one action is undone: a plan putting cells back, or removing the sheet it created. `written` is what
 * the action left in each cell: undo touches only cells that still hold it.
 */
export type UndoAction =
  | {
      kind: 'plan';
      plan: EditPlan;
      written: WrittenCell[];
      /** A template's area: undone whole or, when anything in it changed, not at all. */
      whole?: boolean;
    }
  | { kind: 'deleteSheet'; sheet: string; written: WrittenCell[] };

export interface UndoEntry {
  /** The action's name, as the undo button shows it (`写入公式`). */
  label: string;
  action: UndoAction;
  /** Puts back what the action recorded besides cells (the highlight record) once the cells are undone. */
  afterUndo?: () => Promise<void> | void;
}

/** What an undo did: the cells it left alone because they changed since (none when all was undone). */
export interface UndoOutcome {
  entry: UndoEntry;
  changed: { sheet: string; a1: string }[];
  /** A template (its sheet or its area) was edited since, so nothing of it was undone. */
  kept: boolean;
}

export interface UndoStack {
  last: UndoEntry | null;
  depth: number;
  push(entry: UndoEntry): void;
  /**
   * Undoes the last action in the host, cells changed since left as they are, and pops it; the entry stays
   * when the host refuses.
   */
  undoLast(): Promise<UndoOutcome | null>;
}

function sheetsOf(action: UndoAction): string[] {
  return action.kind === 'plan' ? [...new Set(action.plan.edits.map((e) => e.sheet))] : [action.sheet];
}

/** The sheets as they are now; a sheet deleted or renamed since is simply absent. */
async function readExisting(host: Host, names: string[]): Promise<Map<string, SheetSnapshot>> {
  const present = new Set(await host.sheetNames());
  const snapshots = new Map<string, SheetSnapshot>();
  for (const name of names) if (present.has(name)) snapshots.set(name, await host.readSheet(name));
  return snapshots;
}

export function useUndoStack(host: Host): UndoStack {
  const stack = useRef<UndoEntry[]>([]);
  const [, setVersion] = useState(0);
  const changed = () => setVersion((v) => v + 1);

  const push = useCallback((entry: UndoEntry) => {
    stack.current = [...stack.current, entry];
    changed();
  }, []);

  const undoLast = useCallback(async (): Promise<UndoOutcome | null> => {
    const entry = stack.current[stack.current.length - 1];
    if (!entry) return null;
    const { action } = entry;
    const now = await readExisting(host, sheetsOf(action));
    let outcome: UndoOutcome;
    if (action.kind === 'plan') {
      const guarded = guardUndo(action.plan, action.written, now);
      // A sheet gone since has nothing left to put back.
      const edits = guarded.plan.edits.filter((e) => now.has(e.sheet));
      const kept = action.whole === true && guarded.changed.length > 0;
      if (edits.length > 0 && !kept) await host.applyPlan({ ...guarded.plan, edits });
      outcome = { entry, changed: guarded.changed, kept };
    } else {
      const sheet = now.get(action.sheet);
      const edited = sheet ? changedSinceWritten(action.written, sheet) : [];
      if (sheet && edited.length === 0) await host.deleteSheet(action.sheet);
      outcome = { entry, changed: edited, kept: edited.length > 0 };
    }
    stack.current = stack.current.slice(0, -1);
    changed();
    await entry.afterUndo?.();
    return outcome;
  }, [host]);

  const entries = stack.current;
  return { last: entries[entries.length - 1] ?? null, depth: entries.length, push, undoLast };
}
