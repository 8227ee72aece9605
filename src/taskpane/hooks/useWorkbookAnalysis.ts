import { useCallback, useEffect, useRef, useState } from 'react';
import { analyzeSheet, withDeclaredTargets } from '../../core/analyze';
import { TableTargets } from '../../core/declaredTargets';
import { Preset } from '../../core/presets';
import { Host } from '../../hosts/host';
import { SheetResult } from '../model/sheetResult';
import { RunTask, TaskContext } from './useTaskRunner';

export type Scope = 'active' | 'all';

const NO_DECLARATIONS: readonly TableTargets[] = [];

export interface WorkbookAnalysis {
  /** The checked sheets, null before the first check finished. */
  sheets: SheetResult[] | null;
  /** Re-reads and re-checks the sheets in scope (inside a task that is already running). */
  analyze(task: TaskContext): Promise<SheetResult[]>;
  /** Starts a check as a task of its own. */
  refresh(): Promise<void>;
}

/**
 * Reads the sheets in scope one at a time and checks each with the preset. A sheet that cannot be read
 * does not stop the others; the first failure is raised once the readable sheets are shown.
 */
export function useWorkbookAnalysis(
  host: Host,
  run: RunTask,
  scope: Scope,
  preset: Preset,
  enabled: boolean,
  declarations: readonly TableTargets[] = NO_DECLARATIONS,
): WorkbookAnalysis {
  const [sheets, setSheets] = useState<SheetResult[] | null>(null);
  const generation = useRef(0);

  const analyze = useCallback(
    async (task: TaskContext) => {
      const mine = ++generation.current;
      const names = scope === 'all' ? await host.sheetNames() : [await host.activeSheetName()];
      const results: SheetResult[] = [];
      let failure: unknown = null;
      for (let i = 0; i < names.length; i++) {
        task.progress({ done: i, total: names.length, item: names[i] });
        try {
          const snapshot = await host.readSheet(names[i]);
          results.push({ snapshot, analysis: analyzeSheet(snapshot, { preset: preset.id }) });
        } catch (e) {
          failure ??= e;
        }
      }
      // a self-evaluation's targets against the declaration (绩效目标申报表) of the same project on any sheet read
      const compared = withDeclaredTargets(
        results.map((r) => r.analysis),
        declarations,
      );
      const checked = results.map((r, i) => ({ ...r, analysis: compared[i] }));
      // A slower, older check must not overwrite a newer one.
      if (mine === generation.current) setSheets(checked);
      if (failure) throw failure;
      return checked;
    },
    [host, scope, preset, declarations],
  );

  const refresh = useCallback(async () => {
    await run('busyAnalyzing', analyze);
  }, [run, analyze]);

  useEffect(() => {
    if (enabled) void refresh();
  }, [enabled, refresh]);

  // Showing another sheet re-checks it, where the host can tell (the whole workbook needs no re-check).
  useEffect(() => {
    if (!enabled || scope !== 'active' || !host.onActiveSheetChange) return undefined;
    return host.onActiveSheetChange(() => void refresh());
  }, [host, enabled, scope, refresh]);

  return { sheets, analyze, refresh };
}
