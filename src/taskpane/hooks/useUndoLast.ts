import { useCallback } from 'react';
import { RunTask } from './useTaskRunner';
import { UndoStack } from './useUndoStack';
import { WorkbookAnalysis } from './useWorkbookAnalysis';

/** 撤销上一步, then a fresh check so findings and preview match the restored cells. */
export function useUndoLast(run: RunTask, analysis: WorkbookAnalysis, undo: UndoStack) {
  return useCallback(async () => {
    await run('busyUndoing', async (task) => {
      const entry = await undo.undoLast();
      if (!entry) return;
      task.notify({ key: 'undone', params: { label: entry.label }, intent: 'success' });
      await analysis.analyze(task);
    });
  }, [run, analysis, undo]);
}
