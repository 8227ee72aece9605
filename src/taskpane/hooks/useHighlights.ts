import { useCallback, useEffect, useState } from 'react';
import { EditPlan, undoPlanFor } from '../../core/edits';
import { writtenCellsOf } from '../../core/undoGuard';
import { SheetSnapshot } from '../../core/grid';
import { Host } from '../../hosts/host';
import {
  clearMarksPlan,
  HIGHLIGHT_SETTING,
  HighlightRecord,
  markedCount,
  markPlan,
  parseHighlightRecord,
} from '../model/highlights';
import { followMarksPlan } from '../model/marksFollow';
import { shiftHighlightRecord } from '../model/markShift';
import { SheetResult, snapshotsOf } from '../model/sheetResult';
import { readSheets } from './hostReads';
import { RunTask, TaskRunner } from './useTaskRunner';
import { UndoStack } from './useUndoStack';
import { WorkbookAnalysis } from './useWorkbookAnalysis';

export interface Highlights {
  /** How many cells carry our fill, as far as the workbook's record says. */
  markedCount: number;
  /** 标记问题 is on: from 标记 (or marks found in the workbook) until 清除标记. */
  marking: boolean;
  mark(): Promise<void>;
  clear(): Promise<void>;
  /**
   * After a live check, while marking: fixed findings' cells get their own fill back and new findings
   * their mark, in one undoable write (inside the live check's task).
   */
  follow(sheets: readonly SheetResult[]): Promise<void>;
}

/**
 * 标记 / 清除标记. The record of marked cells lives in the workbook (shared with the ribbon's 一键校验) and
 * is read afresh before each action. Marking checks the sheets again first, so the fills remembered as
 * originals are the ones there now; clearing puts exactly those back. Both are undoable, record included.
 */
export function useHighlights(
  host: Host,
  run: RunTask,
  analysis: WorkbookAnalysis,
  undo: UndoStack,
  runQuietly: TaskRunner['runQuietly'],
): Highlights {
  const [count, setCount] = useState(0);
  const [marking, setMarking] = useState(false);

  const readRecord = useCallback(
    async () => parseHighlightRecord(await host.getSetting(HIGHLIGHT_SETTING)),
    [host],
  );
  const writeRecord = useCallback(
    async (record: HighlightRecord) => {
      await host.setSetting(HIGHLIGHT_SETTING, JSON.stringify(record));
      setCount(markedCount(record));
    },
    [host],
  );

  /** Applies a marking plan that changes something; undoing it also puts `before` back as the record. */
  const applyUndoably = useCallback(
    async (plan: EditPlan, snapshots: ReadonlyMap<string, SheetSnapshot>, before: HighlightRecord) => {
      if (plan.edits.length === 0) return;
      await host.applyPlan(plan);
      undo.push({
        label: plan.label,
        action: { kind: 'plan', plan: undoPlanFor(plan, snapshots), written: writtenCellsOf(plan) },
        afterUndo: () => writeRecord(before),
      });
    },
    [host, undo, writeRecord],
  );

  useEffect(() => {
    let live = true;
    readRecord()
      .then((record) => {
        if (!live) return;
        setCount(markedCount(record));
        setMarking(markedCount(record) > 0);
      })
      // Without a readable record there is nothing to clear: the count stays 0.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [readRecord]);

  // Rows or columns inserted or deleted (where the host says so): the record follows the marked cells.
  const recorded = count > 0;
  useEffect(() => {
    if (!recorded || !host.onCellsChange) return undefined;
    return host.onCellsChange((change) => {
      const { shift } = change;
      if (!shift) return;
      void runQuietly(async () => {
        const moved = shiftHighlightRecord(await readRecord(), change.sheet, shift);
        if (moved) await writeRecord(moved);
      });
    });
  }, [host, recorded, runQuietly, readRecord, writeRecord]);

  const mark = useCallback(async () => {
    await run('busyMarking', async (task) => {
      const sheets = await analysis.analyze(task);
      const snapshots = snapshotsOf(sheets);
      const before = await readRecord();
      const findings = sheets.flatMap((s) => s.analysis.findings);
      const { plan, record } = markPlan(findings, before, snapshots);
      await applyUndoably(plan, snapshots, before);
      await writeRecord(record);
      setMarking(true);
      task.notify(
        findings.length === 0
          ? { key: 'nothingToMark', intent: 'info' }
          : { key: 'marked', params: { count: markedCount(record) }, intent: 'success' },
      );
    });
  }, [run, analysis, readRecord, writeRecord, applyUndoably]);

  const clear = useCallback(async () => {
    await run('busyClearing', async (task) => {
      const before = await readRecord();
      const existing = new Set(await host.sheetNames());
      const snapshots = await readSheets(
        host,
        Object.keys(before).filter((sheet) => existing.has(sheet)),
      );
      const { plan, restored } = clearMarksPlan(before, snapshots);
      await applyUndoably(plan, snapshots, before);
      await writeRecord({});
      setMarking(false);
      task.notify({ key: 'marksCleared', params: { count: restored }, intent: 'success' });
    });
  }, [host, run, readRecord, writeRecord, applyUndoably]);

  const follow = useCallback(
    async (sheets: readonly SheetResult[]) => {
      if (!marking) return;
      const snapshots = snapshotsOf(sheets);
      const before = await readRecord();
      const findings = sheets.flatMap((s) => s.analysis.findings);
      const { plan, record } = followMarksPlan(findings, before, snapshots);
      if (plan.edits.length === 0 && JSON.stringify(record) === JSON.stringify(before)) return;
      await applyUndoably(plan, snapshots, before);
      await writeRecord(record);
    },
    [marking, readRecord, writeRecord, applyUndoably],
  );

  return { markedCount: count, marking, mark, clear, follow };
}
