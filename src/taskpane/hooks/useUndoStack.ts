import { useCallback, useRef, useState } from 'react';
import { EditPlan } from '../../core/edits';
import { Host } from '../../hosts/host';

/** How one action is undone: a plan putting cells back, or removing the sheet it created. */
export type UndoAction = { kind: 'plan'; plan: EditPlan } | { kind: 'deleteSheet'; sheet: string };

export interface UndoEntry {
  /** The action's name, as the undo button shows it (`写入公式`). */
  label: string;
  action: UndoAction;
  /** Puts back what the action recorded besides cells (the highlight record) once the cells are undone. */
  afterUndo?: () => Promise<void> | void;
}

export interface UndoStack {
  last: UndoEntry | null;
  depth: number;
  push(entry: UndoEntry): void;
  /** Undoes the last action in the host and pops it; the entry stays when the host refuses. */
  undoLast(): Promise<UndoEntry | null>;
}

export function useUndoStack(host: Host): UndoStack {
  const stack = useRef<UndoEntry[]>([]);
  const [, setVersion] = useState(0);
  const changed = () => setVersion((v) => v + 1);

  const push = useCallback((entry: UndoEntry) => {
    stack.current = [...stack.current, entry];
    changed();
  }, []);

  const undoLast = useCallback(async () => {
    const entry = stack.current[stack.current.length - 1];
    if (!entry) return null;
    if (entry.action.kind === 'plan') await host.applyPlan(entry.action.plan);
    else await host.deleteSheet(entry.action.sheet);
    stack.current = stack.current.slice(0, -1);
    changed();
    await entry.afterUndo?.();
    return entry;
  }, [host]);

  const entries = stack.current;
  return { last: entries[entries.length - 1] ?? null, depth: entries.length, push, undoLast };
}
