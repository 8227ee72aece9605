import { CellRange, rangeToA1, toA1 } from '../../core/address';
import { CellEdit, EditPlan } from '../../core/edits';
import { CellValue, SheetSnapshot } from '../../core/grid';
import { TemplateSpec } from '../../core/templateSpec';
import { rangeCellCount, rangeOfAddress, rangesOfAddressList, rangeWithin } from '../addresses';
import { editsBySheet } from '../editsBySheet';
import { CellsChange, Host, HostError } from '../host';
import { subscribeToCellChanges } from './changeEvents';
import {
  areaNotEmpty,
  MAX_SHEET_CELLS,
  PROTECTED_MESSAGE,
  rangeToSelect,
  settingNotSaved,
  sheetTooLarge,
} from '../refusals';
import { cellValueOf, fillOf, formulaOf } from './cellConversion';
import { DocumentSettingsStore } from './documentSettings';
import { queueEdits } from './editWriter';
import {
  isXlError,
  XlClientResult,
  XlContext,
  XlEventHandlerResult,
  XlRangeAreas,
  XlRun,
  XlRunInContext,
  XlRunOptions,
  XlWorksheet,
} from './excelApi';
import { CELLS_PER_SYNC_DESKTOP, planRead, ReadBlock } from './readPlan';
import { CORE_MISSING, ExcelRequirements } from './requirements';
import { contentBox, protectedCellsRefusal, refusedByProtection } from '../protectedEdits';
import { queueTemplate } from './templateWriter';

const PAYLOAD_MESSAGE = '数据量超过 Excel 单次传输上限，请缩小范围后再试。';
const MIN_CELLS_PER_SYNC = 2_000;

/** What the last round trip that touched a sheet saw of it. */
interface SheetInfo {
  used: CellRange | null;
  protected: boolean;
}

/** Loads queued for a sheet's info, readable after the sync. */
interface InfoProbe {
  read(): SheetInfo;
}

export interface ExcelHostOptions {
  run: XlRun;
  /** `Excel.run(context, batch)`: removes an event handler through the context that added it. */
  runInContext: XlRunInContext;
  requirements: ExcelRequirements;
  settings: Pick<DocumentSettingsStore, 'get' | 'set'>;
  /** Cells read per round trip: CELLS_PER_SYNC_WEB on Excel on the web, desktop's by default. */
  cellsPerSync?: number;
}

interface BlockResult {
  range: CellRange;
  values: XlClientValues;
  fills: XlClientResult<Excel.CellProperties[][]> | null;
  merges: XlRangeAreas[];
}

interface XlClientValues {
  readonly values: (string | number | boolean)[][];
  readonly formulas: (string | number | boolean)[][];
  readonly numberFormat: string[][];
}

/**
 * The Excel host over Office.js. Round trips: `readSheet` is one `context.sync()` when the sheet's used
 * range is known from an earlier call (`activeSheetName`, a read or a write), otherwise two; sheets over
 * `cellsPerSync` cells take one more per row block. `applyPlan` is one sync (two the first time a sheet is
 * seen, to learn its protection before writing anything). `insertTemplate` is one sync on a new sheet,
 * two on an existing one (the first checks protection and that the area is empty).
 */
/**
 * Reads wait while the user is typing in a cell rather than fail (Excel fails a batch in cell-edit mode
 * unless told to delay): a live check 400 ms after a keystroke often finds the user in the next cell.
 */
const READ: XlRunOptions = { delayForCellEdit: true };

export class ExcelHost implements Host {
  readonly kind = 'excel' as const;
  readonly requirements: ExcelRequirements;
  private readonly sheetInfo = new Map<string, SheetInfo>();
  private readonly cellsPerSync: number;

  constructor(private readonly options: ExcelHostOptions) {
    this.requirements = options.requirements;
    this.cellsPerSync = options.cellsPerSync ?? CELLS_PER_SYNC_DESKTOP;
  }

  async sheetNames(): Promise<string[]> {
    return this.run(READ, undefined, async (ctx) => {
      const sheets = ctx.workbook.worksheets.load('items/name');
      await ctx.sync();
      return sheets.items.map((s) => s.name);
    });
  }

  async activeSheetName(): Promise<string> {
    return this.run(READ, undefined, async (ctx) => {
      const sheet = ctx.workbook.worksheets.getActiveWorksheet();
      sheet.load(['name']);
      const probe = this.queueInfo(sheet);
      await ctx.sync();
      this.sheetInfo.set(sheet.name, probe.read());
      return sheet.name;
    });
  }

  async readSheet(name: string): Promise<SheetSnapshot> {
    let info = this.sheetInfo.get(name) ?? (await this.loadInfo([name])).get(name);
    let cellsPerSync = this.cellsPerSync;
    for (let attempt = 0; attempt < 6 && info; attempt++) {
      let outcome: Awaited<ReturnType<ExcelHost['readUsedRange']>>;
      try {
        outcome = await this.readUsedRange(name, info.used, cellsPerSync);
      } catch (e) {
        // A response over the host's payload cap (long texts): read again in smaller blocks. Excel on the
        // web reports it as ResponsePayloadSizeLimitExceeded or, as often, as a general InternalError.
        if (!isPayloadRefusal(e) || cellsPerSync <= MIN_CELLS_PER_SYNC) throw hostErrorOf(e, name);
        cellsPerSync = Math.max(MIN_CELLS_PER_SYNC, Math.floor(cellsPerSync / 2));
        continue;
      }
      if ('snapshot' in outcome) return outcome.snapshot;
      info = outcome.grown;
    }
    throw new HostError('busy', '工作表正在被修改，请稍后再试。');
  }

  async applyPlan(plan: EditPlan): Promise<void> {
    if (plan.edits.length === 0) return;
    const bySheet = editsBySheet(plan.edits);
    const sheets = [...bySheet.keys()];
    // Learn protection before writing: for sheets never seen, and again for any last seen protected (the
    // user may have unprotected it since).
    const toCheck = sheets.filter((s) => this.sheetInfo.get(s)?.protected !== false);
    if (toCheck.length > 0) await this.loadInfo(toCheck);
    const protectedSheets = sheets.filter((s) => this.sheetInfo.get(s)?.protected);
    if (protectedSheets.length > 0) await this.checkProtection(protectedSheets, bySheet);

    try {
      await this.runRaw(this.writeOptions(), async (ctx) => {
        if (this.requirements.supports('suspendCalculation')) {
          ctx.workbook.application.suspendApiCalculationUntilNextSync();
        }
        const probes = new Map<string, InfoProbe>();
        for (const [sheetName, edits] of bySheet) {
          const sheet = ctx.workbook.worksheets.getItem(sheetName);
          queueEdits(sheet, edits);
          probes.set(sheetName, this.queueInfo(sheet));
        }
        await ctx.sync();
        for (const [sheetName, probe] of probes) this.sheetInfo.set(sheetName, probe.read());
      });
    } catch (e) {
      // Protected since we last looked: Excel refused the first write, and with it the rest of the batch.
      if (isXlError(e) && e.code === 'AccessDenied') {
        const now = await this.loadInfo(sheets);
        const nowProtected = sheets.filter((s) => now.get(s)?.protected);
        if (nowProtected.length > 0) await this.checkProtection(nowProtected, bySheet);
        throw new HostError('protected', PROTECTED_MESSAGE);
      }
      throw hostErrorOf(e, sheets.length === 1 ? sheets[0] : undefined);
    }
  }

  /**
   * One sync that learns what the protection of these sheets allows (formatting, the lock of each cell a
   * content edit touches); throws naming the cells it refuses. Without ExcelApi 1.9 (cell properties) the
   * locks cannot be read and a protected sheet is refused as a whole.
   */
  private async checkProtection(sheets: string[], bySheet: Map<string, CellEdit[]>): Promise<void> {
    if (!this.requirements.supports('readFills')) throw new HostError('protected', PROTECTED_MESSAGE);
    const probes = await this.run(READ, sheets.length === 1 ? sheets[0] : undefined, async (ctx) => {
      const queued = sheets.map((name) => {
        const sheet = ctx.workbook.worksheets.getItem(name);
        sheet.protection.load(['protected', 'options']);
        const box = contentBox(bySheet.get(name) ?? []);
        const locks = box
          ? sheet.getRange(rangeToA1(box)).getCellProperties({ format: { protection: true } })
          : null;
        return { name, sheet, box, locks };
      });
      await ctx.sync();
      return queued;
    });
    for (const { name, sheet, box, locks } of probes) {
      if (!sheet.protection.protected) continue;
      const cells = locks?.value;
      const refused = refusedByProtection(bySheet.get(name) ?? [], {
        allowFormatCells: sheet.protection.options.allowFormatCells === true,
        // a lock Excel did not answer counts as locked
        locked: (row, col) =>
          !box || cells?.[row - box.top]?.[col - box.left]?.format?.protection?.locked !== false,
      });
      if (refused.length > 0) throw protectedCellsRefusal(name, refused);
    }
  }

  async select(sheetName: string, a1: string): Promise<void> {
    const range = rangeToSelect(a1);
    await this.run(READ, sheetName, async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem(sheetName);
      sheet.activate();
      sheet.getRange(rangeToA1(range)).select();
      await ctx.sync();
    });
  }

  async getSelection(): Promise<{ sheet: string; a1: string } | null> {
    try {
      return await this.runRaw(READ, async (ctx) => {
        const range = ctx.workbook.getSelectedRange();
        range.load(['address']);
        range.worksheet.load(['name']);
        await ctx.sync();
        return { sheet: range.worksheet.name, a1: rangeToA1(rangeOfAddress(range.address)) };
      });
    } catch (e) {
      if (isXlError(e) && e.code === 'InvalidSelection') return null;
      throw hostErrorOf(e, undefined);
    }
  }

  /**
   * [ExcelApi 1.7] `worksheets.onActivated`: each activation's `worksheetId` is resolved to the sheet's
   * name in one sync. The handler is registered by the sync of its own run, and Office.js removes it only
   * through the request context that added it (`EventHandlerResult.context`), so unsubscribing runs
   * `remove()` in `Excel.run(thatContext, …)` and syncs it there. Without ExcelApi 1.7 nothing is
   * registered: the unsubscribe does nothing and the pane's 重新检查 stays the way to re-check. A failed
   * registration or name lookup is dropped for the same reason: the button still works.
   */
  onActiveSheetChange(listener: (sheet: string) => void): () => void {
    if (!this.requirements.supports('core') || !this.requirements.supports('worksheetEvents')) {
      return () => undefined;
    }
    let stopped = false;
    const registration: Promise<XlEventHandlerResult | null> = this.options
      .run({}, async (ctx) => {
        const handler = ctx.workbook.worksheets.onActivated.add(async (event) => {
          if (stopped) return;
          const name = await this.sheetNameOfId(event.worksheetId).catch(() => null);
          if (name !== null && !stopped) listener(name);
        });
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
            ? this.options.runInContext(handler.context, async (ctx) => {
                handler.remove();
                await ctx.sync();
              })
            : undefined,
        )
        // The listener is already silenced; a handler Excel failed to remove only costs a lookup per switch.
        .catch(() => undefined);
    };
  }

  /** [ExcelApi 1.9] `worksheets.onChanged` (see changeEvents.ts). */
  onCellsChange(listener: (change: CellsChange) => void): () => void {
    return subscribeToCellChanges(this.options, listener);
  }

  async insertTemplate(spec: TemplateSpec, sheetName: string, newSheet: boolean): Promise<void> {
    await this.run(this.writeOptions(), sheetName, async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      let sheet: XlWorksheet;
      if (newSheet) {
        // Adding first: a taken name fails the batch before anything is written.
        sheet = sheets.add(sheetName);
      } else {
        sheet = sheets.getItem(sheetName);
        const area = sheet.getRange(rangeToA1(spec.range));
        area.load(['formulas']);
        sheet.protection.load(['protected']);
        await ctx.sync();
        if (sheet.protection.protected) throw new HostError('protected', PROTECTED_MESSAGE);
        if (area.formulas.some((row) => row.some((f) => f !== ''))) throw areaNotEmpty(spec.range);
      }
      queueTemplate(sheet, spec, this.requirements);
      sheet.activate();
      sheet.getRange(toA1(spec.range.top, spec.range.left)).select();
      const probe = this.queueInfo(sheet);
      await ctx.sync();
      this.sheetInfo.set(sheetName, probe.read());
    });
  }

  async deleteSheet(name: string): Promise<void> {
    // Not in an undo group: deleting a sheet cannot be undone, and Excel refuses it there (UndoNotSupported).
    await this.run({ delayForCellEdit: true }, name, async (ctx) => {
      ctx.workbook.worksheets.getItem(name).delete();
      await ctx.sync();
    });
    this.sheetInfo.delete(name);
  }

  async setSheetProtection(name: string, protection: { unlocked: CellRange[] } | null): Promise<void> {
    // Cells are unlocked before the sheet is protected: a protected sheet refuses changes to locks.
    await this.run({ delayForCellEdit: true }, name, async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem(name);
      if (protection) {
        for (const r of protection.unlocked) sheet.getRange(rangeToA1(r)).format.protection.locked = false;
        sheet.protection.protect({ allowFormatCells: false });
      } else {
        sheet.protection.unprotect();
      }
      await ctx.sync();
    });
    // What was learnt of its protection no longer holds.
    this.sheetInfo.delete(name);
  }

  async getSetting(key: string): Promise<string | null> {
    return this.options.settings.get(key);
  }

  async setSetting(key: string, value: string): Promise<void> {
    try {
      await this.options.settings.set(key, value);
    } catch (e) {
      throw settingNotSaved(e);
    }
  }

  /** The name of the sheet with this id, or null when it is gone (deleted since it was activated). */
  private async sheetNameOfId(worksheetId: string): Promise<string | null> {
    return this.runRaw(READ, async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItemOrNullObject(worksheetId);
      sheet.load(['name']);
      await ctx.sync();
      return sheet.isNullObject ? null : sheet.name;
    });
  }

  /** One sync that learns the used range and protection of the given sheets. */
  private async loadInfo(sheetNames: string[]): Promise<Map<string, SheetInfo>> {
    return this.run(READ, sheetNames.length === 1 ? sheetNames[0] : undefined, async (ctx) => {
      const probes = sheetNames.map((n) => [n, this.queueInfo(ctx.workbook.worksheets.getItem(n))] as const);
      await ctx.sync();
      const infos = new Map<string, SheetInfo>();
      for (const [n, probe] of probes) {
        const info = probe.read();
        infos.set(n, info);
        this.sheetInfo.set(n, info);
      }
      return infos;
    });
  }

  private queueInfo(sheet: XlWorksheet): InfoProbe {
    sheet.protection.load(['protected']);
    // valuesOnly: formatting pasted down to row 1,048,576 must not make a sheet's read huge.
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load(['address']);
    return {
      read: () => ({
        protected: sheet.protection.protected,
        used: used.isNullObject ? null : rangeOfAddress(used.address),
      }),
    };
  }

  /**
   * Reads `used` in row blocks, one sync each; the last sync also re-reads the sheet's used range. When
   * the sheet grew beyond what was read (edited since it was last seen) the caller reads again.
   */
  private async readUsedRange(
    name: string,
    used: CellRange | null,
    cellsPerSync: number,
  ): Promise<{ snapshot: SheetSnapshot } | { grown: SheetInfo }> {
    if (used && rangeCellCount(used) > MAX_SHEET_CELLS) throw sheetTooLarge(name);
    const withFills = this.requirements.supports('readFills');
    const withMerges = this.requirements.supports('readMerges');
    const blocks = used ? planRead(used, cellsPerSync) : [];
    return this.runRaw(READ, async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem(name);
      const results: BlockResult[] = [];
      let fresh: SheetInfo | null = null;
      const syncs = Math.max(1, blocks.length);
      for (let i = 0; i < syncs; i++) {
        const block: ReadBlock | undefined = blocks[i];
        if (block) results.push(this.queueBlock(sheet, block, withFills, withMerges));
        const probe = i === syncs - 1 ? this.queueInfo(sheet) : null;
        await ctx.sync();
        if (probe) fresh = probe.read();
      }
      if (!fresh) throw new HostError('failed', 'Excel 未返回工作表信息。');
      const merges = await readMergedAreas(ctx, results);
      this.sheetInfo.set(name, fresh);
      if (fresh.used && (!used || !rangeWithin(fresh.used, used))) return { grown: fresh };
      return { snapshot: assembleSnapshot(name, fresh.used, results, merges, withFills) };
    });
  }

  private queueBlock(
    sheet: XlWorksheet,
    block: ReadBlock,
    withFills: boolean,
    withMerges: boolean,
  ): BlockResult {
    const range = sheet.getRange(rangeToA1(block.range));
    range.load(['values', 'formulas', 'numberFormat']);
    const fills = withFills
      ? range.getCellProperties({ format: { fill: { color: true, pattern: true, tintAndShade: true } } })
      : null;
    const merges = withMerges
      ? block.mergeTiles.map((tile) => {
          const areas = sheet.getRange(rangeToA1(tile)).getMergedAreasOrNullObject();
          areas.load(['address', 'areaCount', 'cellCount']);
          return areas;
        })
      : [];
    return { range: block.range, values: range, fills, merges };
  }

  private writeOptions(): XlRunOptions {
    return this.requirements.supports('undoGroup')
      ? { delayForCellEdit: true, mergeUndoGroup: true }
      : { delayForCellEdit: true };
  }

  /** Runs a batch, turning Office errors into HostErrors the pane can show. */
  private async run<T>(
    options: XlRunOptions,
    sheet: string | undefined,
    batch: (ctx: XlContext) => Promise<T>,
  ): Promise<T> {
    try {
      return await this.runRaw(options, batch);
    } catch (e) {
      throw hostErrorOf(e, sheet);
    }
  }

  private runRaw<T>(options: XlRunOptions, batch: (ctx: XlContext) => Promise<T>): Promise<T> {
    if (!this.requirements.supports('core')) {
      throw new HostError('unsupported', CORE_MISSING);
    }
    return this.options.run(options, batch);
  }
}

/** A read refused for its size: the payload codes, or the general InternalError Excel on the web gives. */
function isPayloadRefusal(e: unknown): boolean {
  if (e instanceof HostError) return e.code === 'too-large' && e.message === PAYLOAD_MESSAGE;
  return (
    isXlError(e) &&
    (e.code === 'ResponsePayloadSizeLimitExceeded' ||
      e.code === 'RequestPayloadSizeLimitExceeded' ||
      e.code === 'InternalError')
  );
}

function hostErrorOf(e: unknown, sheet: string | undefined): HostError {
  if (e instanceof HostError) return e;
  if (!isXlError(e))
    return new HostError('failed', `Excel 操作失败：${e instanceof Error ? e.message : String(e)}`);
  switch (e.code) {
    case 'ItemNotFound':
      return new HostError('not-found', sheet ? `找不到工作表「${sheet}」。` : '找不到要操作的工作表。');
    case 'ItemAlreadyExists':
      return new HostError('failed', `已存在名为「${sheet ?? ''}」的工作表，请换一个名称。`);
    case 'InvalidOperationInCellEditMode':
      return new HostError('busy', '请先结束单元格编辑（按 Enter 或 Esc）后再试。');
    case 'RequestPayloadSizeLimitExceeded':
    case 'ResponsePayloadSizeLimitExceeded':
      return new HostError('too-large', PAYLOAD_MESSAGE);
    case 'ApiNotFound':
      return new HostError('unsupported', '此版本的 Excel 不支持该操作。');
    // Excel on the web answers an oversized read as often with a bare InternalError (retried smaller first)
    case 'InternalError':
      return new HostError(
        'failed',
        'Excel 内部错误，操作没有完成。请稍后重试；若工作表很大，可删除表格下方多余的行和格式后再试。',
      );
    default:
      return new HostError('failed', `Excel 操作失败：${e.message}`);
  }
}

/**
 * The merged areas the tiles reported. Each tile's address list is checked against its area and cell
 * counts: some Excel builds list only the top-left cell of each area (office-js issue #1590), and then
 * those tiles' areas are read one by one in one more sync.
 */
async function readMergedAreas(ctx: XlContext, blocks: BlockResult[]): Promise<CellRange[]> {
  const merges: CellRange[] = [];
  const abbreviated: XlRangeAreas[] = [];
  for (const tile of blocks.flatMap((b) => b.merges)) {
    if (tile.isNullObject) continue;
    const listed = rangesOfAddressList(tile.address);
    if (
      listed.length === tile.areaCount &&
      listed.reduce((n, r) => n + rangeCellCount(r), 0) === tile.cellCount
    ) {
      merges.push(...listed);
    } else {
      abbreviated.push(tile);
      tile.areas.load('items/address');
    }
  }
  if (abbreviated.length > 0) {
    await ctx.sync();
    for (const tile of abbreviated) merges.push(...tile.areas.items.map((a) => rangeOfAddress(a.address)));
  }
  return merges;
}

/** Pads the blocks into dense A1-anchored arrays trimmed to the sheet's current used range. */
function assembleSnapshot(
  name: string,
  used: CellRange | null,
  blocks: BlockResult[],
  mergedAreas: CellRange[],
  withFills: boolean,
): SheetSnapshot {
  if (!used)
    return { name, rowCount: 0, colCount: 0, values: [], formulas: [], numberFormats: [], merges: [] };
  const rowCount = used.bottom + 1;
  const colCount = used.right + 1;
  const grid = <T>() => Array.from({ length: rowCount }, () => new Array<T | null>(colCount).fill(null));
  const values = grid<CellValue>();
  const formulas = grid<string>();
  const numberFormats = grid<string>();
  const fills = withFills ? grid<string>() : undefined;
  const merges: CellRange[] = [];
  for (const block of blocks) {
    const v = block.values.values;
    const f = block.values.formulas;
    const nf = block.values.numberFormat;
    const props = block.fills?.value;
    for (let r = block.range.top; r <= Math.min(block.range.bottom, used.bottom); r++) {
      const i = r - block.range.top;
      for (let c = block.range.left; c <= Math.min(block.range.right, used.right); c++) {
        const j = c - block.range.left;
        values[r][c] = cellValueOf(v[i][j]);
        formulas[r][c] = formulaOf(f[i][j]);
        numberFormats[r][c] = nf[i][j] ?? null;
        if (fills && props) fills[r][c] = fillOf(props[i][j]);
      }
    }
  }
  // The used range counts values only, so a merge may reach past it (a title merged over empty columns):
  // keep the part inside, which is all the snapshot's grids hold.
  for (const m of mergedAreas) {
    if (m.top > used.bottom || m.left > used.right) continue;
    const clipped = { ...m, bottom: Math.min(m.bottom, used.bottom), right: Math.min(m.right, used.right) };
    if (clipped.bottom > clipped.top || clipped.right > clipped.left) merges.push(clipped);
  }
  const snapshot: SheetSnapshot = { name, rowCount, colCount, values, formulas, numberFormats, merges };
  if (fills) snapshot.fills = fills;
  return snapshot;
}
