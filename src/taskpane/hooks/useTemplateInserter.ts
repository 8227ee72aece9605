import { writtenTemplateCells } from '../../core/undoGuard';
import { useCallback } from 'react';
import { parseRangeA1, rangeToA1 } from '../../core/address';
import { Preset } from '../../core/presets';
import { buildTemplate, TemplateEntry } from '../../core/templates';
import { areaOccupied } from '../../core/areaOccupied';
import { Host } from '../../hosts/host';
import { templateSheetName } from '../../core/templates';
import { templateUndoPlan } from '../model/templatePlacement';
import { RunTask } from './useTaskRunner';
import { UndoStack } from './useUndoStack';
import { WorkbookAnalysis } from './useWorkbookAnalysis';

export type Placement = 'newSheet' | 'selection';

/** Inserting at the selection needs a host that can tell what is selected. */
export function canInsertAtSelection(host: Host): boolean {
  return typeof host.getSelection === 'function';
}

/**
 * 插入模板: on a new sheet (undone by deleting it), or with its top-left corner at the selected cell when
 * the area it needs is empty (undone by putting every cell of the area back).
 */
export function useTemplateInserter(
  host: Host,
  run: RunTask,
  analysis: WorkbookAnalysis,
  undo: UndoStack,
  preset: Preset,
) {
  return useCallback(
    async (entry: TemplateEntry, placement: Placement) => {
      await run('busyInserting', async (task) => {
        let sheet: string;
        if (placement === 'newSheet') {
          sheet = templateSheetName(entry.name, await host.sheetNames());
          const spec = buildTemplate(entry.id, { row: 0, col: 0 }, preset);
          if (!spec) return;
          await host.insertTemplate(spec, sheet, true);
          undo.push({
            label: `插入模板“${entry.name}”`,
            action: { kind: 'deleteSheet', sheet, written: writtenTemplateCells(spec, sheet) },
          });
        } else {
          const selection = host.getSelection ? await host.getSelection() : null;
          if (!selection) {
            task.notify({ key: 'noSelection', intent: 'warning' });
            return;
          }
          sheet = selection.sheet;
          const corner = parseRangeA1(selection.a1);
          const spec = buildTemplate(entry.id, { row: corner.top, col: corner.left }, preset);
          if (!spec) return;
          const before = await host.readSheet(sheet);
          if (areaOccupied(before, spec.range)) {
            task.notify({ key: 'areaNotEmpty', params: { range: rangeToA1(spec.range) }, intent: 'warning' });
            return;
          }
          await host.insertTemplate(spec, sheet, false);
          const plan = templateUndoPlan(spec, sheet, before);
          undo.push({
            label: `插入模板“${entry.name}”`,
            action: { kind: 'plan', plan, written: writtenTemplateCells(spec, sheet), whole: true },
          });
        }
        task.notify({ key: 'templateInserted', params: { name: entry.name, sheet }, intent: 'success' });
        await analysis.analyze(task);
      });
    },
    [host, run, analysis, undo, preset],
  );
}
