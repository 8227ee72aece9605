import { CellsChange } from '../host';
import { XlEventHandlerResult, XlRun, XlRunInContext, XlWorksheetChangedEventArgs } from './excelApi';
import { ExcelRequirements } from './requirements';
import { cellShiftOf } from './cellShift';

/** How long a sheet id's name is trusted: a burst of edits costs one lookup, a rename is seen soon after. */
export const SHEET_NAME_TTL_MS = 1_000;

export interface ChangeEventDeps {
  run: XlRun;
  runInContext: XlRunInContext;
  requirements: ExcelRequirements;
  now?: () => number;
}

/**
 * [ExcelApi 1.9] `worksheets.onChanged`: every change of cells in the workbook, by the user or by an
 * add-in. The event names the sheet by id; ids are resolved to names in one sync and remembered for
 * SHEET_NAME_TTL_MS, and lookups of one id in flight are shared, so 100 edits typed in a second cost one
 * round trip. `triggerSource` (ExcelApi 1.14) tells this add-in's own writes; before 1.14 it is absent and
 * `byThisAddin` is false. Registration and removal follow `onActivated`'s rules (removal through the
 * adding context). Without ExcelApi 1.9 nothing is registered: 重新检查 stays the way to check again.
 */
export function subscribeToCellChanges(
  deps: ChangeEventDeps,
  listener: (change: CellsChange) => void,
): () => void {
  if (!deps.requirements.supports('core') || !deps.requirements.supports('changeEvents')) {
    return () => undefined;
  }
  const now = deps.now ?? Date.now;
  const names = new Map<string, { at: number; name: Promise<string | null> }>();
  const nameOf = (id: string): Promise<string | null> => {
    const known = names.get(id);
    if (known && now() - known.at < SHEET_NAME_TTL_MS) return known.name;
    const name = deps
      .run({ delayForCellEdit: true }, async (ctx) => {
        const sheet = ctx.workbook.worksheets.getItemOrNullObject(id);
        sheet.load(['name']);
        await ctx.sync();
        return sheet.isNullObject ? null : sheet.name;
      })
      .catch(() => null);
    names.set(id, { at: now(), name });
    return name;
  };

  let stopped = false;
  const onChanged = async (event: XlWorksheetChangedEventArgs) => {
    if (stopped) return;
    const sheet = await nameOf(event.worksheetId);
    if (sheet === null || stopped) return;
    const shift = cellShiftOf(event);
    listener({
      sheet,
      a1: event.address,
      byThisAddin: event.triggerSource === 'ThisLocalAddin',
      ...(shift ? { shift } : {}),
    });
  };
  const registration: Promise<XlEventHandlerResult | null> = deps
    .run({ delayForCellEdit: true }, async (ctx) => {
      const handler = ctx.workbook.worksheets.onChanged.add(onChanged);
      await ctx.sync();
      return handler;
    })
    .catch(() => null);
  return () => {
    if (stopped) return;
    stopped = true;
    void registration
      .then((handler) =>
        handler
          ? deps.runInContext(handler.context, async (ctx) => {
              handler.remove();
              await ctx.sync();
            })
          : undefined,
      )
      // The listener is already silenced; a handler Excel failed to remove only costs a lookup per edit.
      .catch(() => undefined);
  };
}
