import { useCallback } from 'react';
import { RunTask } from './useTaskRunner';
import { UndoOutcome, UndoStack } from './useUndoStack';
import { WorkbookAnalysis } from './useWorkbookAnalysis';

/** At most this many cells are named in the message; the count says how many there are. */
const NAMED_CELLS = 6;

function cellList(changed: UndoOutcome['changed']): string {
  const named = changed.slice(0, NAMED_CELLS).map((c) => `${c.sheet}!${c.a1}`);
  return changed.length > NAMED_CELLS ? `${named.join('、')}…` : named.join('、');
}

/** 撤销上一步, then a fresh check so findings and preview match the restored cells. */
export function useUndoLast(run: RunTask, analysis: WorkbookAnalysis, undo: UndoStack) {
  return useCallback(async () => {
    await run('busyUndoing', async (task) => {
      const outcome = await undo.undoLast();
      if (!outcome) return;
      const { entry, changed } = outcome;
      if (outcome.kept) {
        const sheet = entry.action.kind === 'deleteSheet' ? entry.action.sheet : null;
        task.notify({
          key: sheet ? 'undoSheetKept' : 'undoAreaKept',
          params: { label: entry.label, sheet: sheet ?? '', cells: cellList(changed) },
          intent: 'warning',
        });
      } else if (changed.length > 0) {
        task.notify({
          key: 'undonePartly',
          params: { label: entry.label, count: changed.length, cells: cellList(changed) },
          intent: 'warning',
        });
      } else {
        task.notify({ key: 'undone', params: { label: entry.label }, intent: 'success' });
      }
      await analysis.analyze(task);
    });
  }, [run, analysis, undo]);
}
