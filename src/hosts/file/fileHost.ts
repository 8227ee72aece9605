import * as ExcelJS from 'exceljs';
import { CellRange, parseRangeA1, rangeToA1, toA1 } from '../../core/address';
import { areaOccupied } from '../../core/areaOccupied';
import { EditPlan } from '../../core/edits';
import { SheetSnapshot } from '../../core/grid';
import { TemplateSpec } from '../../core/templateSpec';
import { isContentEdit } from '../cellInput';
import { Host, HostError, HostKind } from '../host';
import { editProblem } from '../refusals';
import { SheetTooLargeError } from './limits';
import { openWorkbook, userWorksheets, WorkbookData } from './readWorkbook';
import { readSetting, writeSetting } from './settings';
import { snapshotOfWorksheet, WorkbookContext, workbookContext } from './snapshot';
import { applyCellEdit, isNoContent } from './writeCell';
import { templateProblem, writeTemplate } from './writeTemplate';

const INVALID_SHEET_NAME = /[:\\/?*[\]]/;

/** What `select` was last asked to show; a file has no screen, so it is only remembered. */
export interface FileSelection {
  sheet: string;
  a1: string;
}

/**
 * A workbook file held in memory (CLI, tests, the browser page). Every write is checked whole before the
 * first cell changes, so a refused plan leaves the workbook as it was.
 */
export class FileHost implements Host {
  readonly kind: HostKind = 'file';
  selection: FileSelection | null = null;
  private active: string | null = null;
  private readonly context: WorkbookContext;

  constructor(readonly workbook: ExcelJS.Workbook) {
    this.context = workbookContext(workbook);
  }

  /** Opens .xlsx bytes; unreadable input raises WorkbookReadError. */
  static async fromData(data: WorkbookData, fileName: string): Promise<FileHost> {
    return new FileHost(await openWorkbook(data, fileName));
  }

  async sheetNames(): Promise<string[]> {
    return userWorksheets(this.workbook).map((ws) => ws.name);
  }

  async activeSheetName(): Promise<string> {
    const sheets = userWorksheets(this.workbook);
    if (sheets.length === 0) throw new HostError('empty', '工作簿中没有工作表。');
    if (this.active && sheets.some((ws) => ws.name === this.active)) return this.active;
    const tab = this.workbook.views?.[0]?.activeTab ?? 0;
    const opened = this.workbook.worksheets[tab];
    return opened && sheets.includes(opened) ? opened.name : sheets[0].name;
  }

  async readSheet(name: string): Promise<SheetSnapshot> {
    try {
      return snapshotOfWorksheet(this.sheet(name), this.context);
    } catch (error) {
      if (error instanceof SheetTooLargeError) throw new HostError('failed', error.message);
      throw error;
    }
  }

  async applyPlan(plan: EditPlan): Promise<void> {
    const sheets = new Map<string, ExcelJS.Worksheet>();
    for (const edit of plan.edits) {
      const ws = sheets.get(edit.sheet) ?? this.writableSheet(edit.sheet);
      sheets.set(edit.sheet, ws);
      const problem = editProblem(edit);
      if (problem) throw new HostError('failed', problem);
      const cell = ws.findCell(edit.row + 1, edit.col + 1);
      const covered = cell?.type === ExcelJS.ValueType.Merge;
      if (covered && isContentEdit(edit) && !isNoContent(edit.value, edit.formula)) {
        throw new HostError(
          'failed',
          `不能写入合并单元格的非首格：${edit.sheet}!${toA1(edit.row, edit.col)}`,
        );
      }
    }
    for (const edit of plan.edits) applyCellEdit(sheets.get(edit.sheet)!, edit, this.context.date1904);
  }

  async select(sheet: string, a1: string): Promise<void> {
    this.sheet(sheet);
    let range: CellRange;
    try {
      range = parseRangeA1(a1);
    } catch {
      throw new HostError('failed', `不是有效的单元格地址：${a1}`);
    }
    this.selection = { sheet, a1: rangeToA1(range) };
    this.active = sheet;
  }

  async insertTemplate(spec: TemplateSpec, sheet: string, newSheet: boolean): Promise<void> {
    const problem = templateProblem(spec);
    if (problem) throw new HostError('failed', problem);
    let ws: ExcelJS.Worksheet;
    if (newSheet) {
      ws = this.addSheet(sheet);
    } else {
      ws = this.writableSheet(sheet);
      this.assertAreaFree(ws, spec.range);
    }
    writeTemplate(ws, spec);
    this.active = ws.name;
  }

  async deleteSheet(name: string): Promise<void> {
    const ws = this.sheet(name);
    if (userWorksheets(this.workbook).length === 1) {
      throw new HostError('failed', '不能删除工作簿中唯一的工作表。');
    }
    this.workbook.removeWorksheet(ws.id);
    if (this.active === name) this.active = null;
  }

  async getSetting(key: string): Promise<string | null> {
    return readSetting(this.workbook, key);
  }

  async setSetting(key: string, value: string): Promise<void> {
    writeSetting(this.workbook, key, value);
  }

  /** The workbook as .xlsx bytes. */
  async toBuffer(): Promise<Uint8Array> {
    const out = await this.workbook.xlsx.writeBuffer();
    return out instanceof Uint8Array ? out : new Uint8Array(out);
  }

  private sheet(name: string): ExcelJS.Worksheet {
    const ws = userWorksheets(this.workbook).find((s) => s.name === name);
    if (!ws) throw new HostError('not-found', `找不到工作表：${name}`);
    return ws;
  }

  private writableSheet(name: string): ExcelJS.Worksheet {
    const ws = this.sheet(name);
    // ExcelJS keeps <sheetProtection> on an untyped field; `sheet` is true while protection is on.
    const protection = (ws as unknown as { sheetProtection?: { sheet?: boolean } | null }).sheetProtection;
    if (protection?.sheet) {
      throw new HostError(
        'protected',
        `工作表“${name}”受保护，无法修改。请先在 Excel 或 WPS 中撤销工作表保护。`,
      );
    }
    return ws;
  }

  private addSheet(name: string): ExcelJS.Worksheet {
    if (!name.trim() || name.length > 31 || INVALID_SHEET_NAME.test(name) || /^'|'$/.test(name)) {
      throw new HostError('failed', `工作表名称无效：${name}`);
    }
    const lower = name.toLowerCase();
    if (this.workbook.worksheets.some((ws) => ws.name.toLowerCase() === lower)) {
      throw new HostError('failed', `已有同名工作表：${name}`);
    }
    return this.workbook.addWorksheet(name);
  }

  /** A template never lands on a person's data: the area must hold no value and cross no merge. */
  private assertAreaFree(ws: ExcelJS.Worksheet, area: CellRange): void {
    if (areaOccupied(snapshotOfWorksheet(ws, this.context), area)) {
      throw new HostError('failed', `区域 ${rangeToA1(area)} 已有内容，请换一个空白位置插入模板。`);
    }
  }
}
