import { useCallback } from 'react';
import { undoPlanFor } from '../../core/edits';
import { writtenCellsOf } from '../../core/undoGuard';
import { Host } from '../../hosts/host';
import { cellsBehindPlans, formulaEditPlan, RegionPreview } from '../model/formulaPreview';
import { SheetResult, snapshotsOf } from '../model/sheetResult';
import { cellsChanged } from '../model/staleness';
import { readSheets } from './hostReads';
import { RunTask } from './useTaskRunner';
import { UndoStack } from './useUndoStack';
import { WorkbookAnalysis } from './useWorkbookAnalysis';

/**
 * 写入公式: applies what the preview showed as one plan. The sheets are read again first; if any cell the
 * formulas read or write changed since the preview, nothing is written and the preview is rebuilt.
 */
export function useFormulaWriter(host: Host, run: RunTask, analysis: WorkbookAnalysis, undo: UndoStack) {
  return useCallback(
    async (previewed: readonly SheetResult[], previews: readonly RegionPreview[], convertText: boolean) => {
      await run('busyWriting', async (task) => {
        const plan = formulaEditPlan(previews, convertText);
        if (plan.edits.length === 0) return;
        const shown = snapshotsOf(previewed);
        const behind = cellsBehindPlans(previews);
        const now = await readSheets(host, behind.keys());
        const stale = [...behind].some(([sheet, cells]) => {
          const before = shown.get(sheet);
          const after = now.get(sheet);
          return !before || !after || cellsChanged(before, after, cells);
        });
        if (stale) {
          await analysis.analyze(task);
          task.notify({ key: 'formulasStale', intent: 'warning' });
          return;
        }
        await host.applyPlan(plan);
        undo.push({
          label: plan.label,
          action: { kind: 'plan', plan: undoPlanFor(plan, now), written: writtenCellsOf(plan) },
        });
        task.notify({ key: 'formulasWritten', params: { count: plan.edits.length }, intent: 'success' });
        await analysis.analyze(task);
      });
    },
    [host, run, analysis, undo],
  );
}
