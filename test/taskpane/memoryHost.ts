import { rangesOverlap, rangeToA1 } from '../../src/core/address';
import { CellState, cellState, EditPlan } from '../../src/core/edits';
import { CellValue, SheetSnapshot } from '../../src/core/grid';
import { templateToSnapshot } from '../../src/core/templates';
import { TemplateSpec } from '../../src/core/templateSpec';
import { Host, HostError } from '../../src/hosts/host';

type Grid<T> = T[][];

function dense<T>(rows: number, cols: number, source: Grid<T> | undefined, empty: T): Grid<T> {
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => source?.[r]?.[c] ?? empty),
  );
}

/** A full copy with every layer present, so edits and reads never share arrays with the caller. */
function copySnapshot(s: SheetSnapshot, name = s.name): SheetSnapshot {
  return {
    name,
    rowCount: s.rowCount,
    colCount: s.colCount,
    values: dense<CellValue>(s.rowCount, s.colCount, s.values, null),
    formulas: dense<string | null>(s.rowCount, s.colCount, s.formulas, null),
    numberFormats: dense<string | null>(s.rowCount, s.colCount, s.numberFormats, null),
    fills: dense<string | null>(s.rowCount, s.colCount, s.fills, null),
    merges: s.merges.map((m) => ({ ...m })),
  };
}

function grow(s: SheetSnapshot, rows: number, cols: number): void {
  const rowCount = Math.max(s.rowCount, rows);
  const colCount = Math.max(s.colCount, cols);
  if (rowCount === s.rowCount && colCount === s.colCount) return;
  s.values = dense(rowCount, colCount, s.values, null);
  s.formulas = dense(rowCount, colCount, s.formulas, null);
  s.numberFormats = dense(rowCount, colCount, s.numberFormats, null);
  s.fills = dense(rowCount, colCount, s.fills, null);
  s.rowCount = rowCount;
  s.colCount = colCount;
}

export interface MemoryHostOptions {
  active?: string;
  protectedSheets?: string[];
  settings?: Record<string, string>;
  /** When given, the host implements `getSelection` and reports this. */
  selection?: { sheet: string; a1: string } | null;
  /** Hosts that cannot read fills report snapshots without them. */
  withoutFills?: boolean;
}

/**
 * A workbook in memory behind the Host interface, for pane tests: plans are applied whole or not at all,
 * protected sheets refuse writes as Excel does, and every call is logged.
 */
export class MemoryHost implements Host {
  readonly kind = 'file' as const;
  readonly sheets = new Map<string, SheetSnapshot>();
  readonly settings = new Map<string, string>();
  readonly protectedSheets: Set<string>;
  readonly applied: EditPlan[] = [];
  readonly selections: { sheet: string; a1: string }[] = [];
  readonly calls: string[] = [];
  active: string;
  getSelection?: () => Promise<{ sheet: string; a1: string } | null>;
  private readonly withoutFills: boolean;

  constructor(snapshots: SheetSnapshot[], options: MemoryHostOptions = {}) {
    for (const s of snapshots) this.sheets.set(s.name, copySnapshot(s));
    this.active = options.active ?? snapshots[0]?.name ?? '';
    this.protectedSheets = new Set(options.protectedSheets ?? []);
    for (const [k, v] of Object.entries(options.settings ?? {})) this.settings.set(k, v);
    this.withoutFills = !!options.withoutFills;
    if (options.selection !== undefined) {
      const selection = options.selection;
      this.getSelection = async () => {
        this.calls.push('getSelection');
        return selection;
      };
    }
  }

  async sheetNames(): Promise<string[]> {
    this.calls.push('sheetNames');
    return [...this.sheets.keys()];
  }

  async activeSheetName(): Promise<string> {
    this.calls.push('activeSheetName');
    if (this.sheets.size === 0) throw new HostError('empty', '工作簿中没有工作表。');
    return this.active;
  }

  async readSheet(name: string): Promise<SheetSnapshot> {
    this.calls.push(`readSheet:${name}`);
    const copy = copySnapshot(this.sheet(name));
    if (this.withoutFills) delete copy.fills;
    return copy;
  }

  async applyPlan(plan: EditPlan): Promise<void> {
    this.calls.push(`applyPlan:${plan.label}`);
    for (const e of plan.edits) {
      this.sheet(e.sheet);
      if (this.protectedSheets.has(e.sheet))
        throw new HostError('protected', '工作表受保护，请先撤销保护后再试。');
    }
    for (const e of plan.edits) {
      const s = this.sheet(e.sheet);
      grow(s, e.row + 1, e.col + 1);
      if (typeof e.formula === 'string') {
        s.formulas![e.row][e.col] = e.formula;
        s.values[e.row][e.col] = e.value ?? null;
      } else if (e.formula === null) {
        s.formulas![e.row][e.col] = null;
        if (e.value !== undefined) s.values[e.row][e.col] = e.value;
      } else if (e.value !== undefined) {
        s.formulas![e.row][e.col] = null;
        s.values[e.row][e.col] = e.value;
      }
      if (e.numberFormat !== undefined) {
        s.numberFormats![e.row][e.col] = e.numberFormat === 'General' ? null : e.numberFormat;
      }
      if (e.fill !== undefined) s.fills![e.row][e.col] = e.fill;
    }
    this.applied.push(plan);
  }

  async select(sheet: string, a1: string): Promise<void> {
    this.calls.push(`select:${sheet}!${a1}`);
    this.sheet(sheet);
    this.selections.push({ sheet, a1 });
    this.activate(sheet);
  }

  private readonly activeListeners = new Set<(sheet: string) => void>();

  onActiveSheetChange(listener: (sheet: string) => void): () => void {
    this.activeListeners.add(listener);
    return () => this.activeListeners.delete(listener);
  }

  /** The user shows another sheet (a tab click in the host). */
  activate(sheet: string): void {
    if (sheet === this.active) return;
    this.active = sheet;
    for (const listener of this.activeListeners) listener(sheet);
  }

  async insertTemplate(spec: TemplateSpec, sheet: string, newSheet: boolean): Promise<void> {
    this.calls.push(`insertTemplate:${sheet}:${newSheet}`);
    const placed = templateToSnapshot(spec, sheet);
    if (newSheet) {
      if (this.sheets.has(sheet)) throw new HostError('failed', `已有同名工作表：${sheet}`);
      this.sheets.set(sheet, copySnapshot(placed));
    } else {
      const s = this.sheet(sheet);
      if (this.protectedSheets.has(sheet))
        throw new HostError('protected', '工作表受保护，请先撤销保护后再试。');
      const occupied =
        s.merges.some((m) => rangesOverlap(m, spec.range)) ||
        s.values.some((row, r) =>
          row.some(
            (v, c) =>
              v !== null && v !== '' && rangesOverlap(spec.range, { top: r, left: c, bottom: r, right: c }),
          ),
        );
      if (occupied) throw new HostError('failed', `区域 ${rangeToA1(spec.range)} 已有内容。`);
      grow(s, placed.rowCount, placed.colCount);
      for (let r = spec.range.top; r <= spec.range.bottom; r++) {
        for (let c = spec.range.left; c <= spec.range.right; c++) {
          s.values[r][c] = placed.values[r][c];
          s.formulas![r][c] = placed.formulas![r][c];
          s.numberFormats![r][c] = placed.numberFormats![r][c];
          s.fills![r][c] = placed.fills![r][c];
        }
      }
      s.merges.push(...placed.merges);
    }
    this.active = sheet;
  }

  async deleteSheet(name: string): Promise<void> {
    this.calls.push(`deleteSheet:${name}`);
    this.sheet(name);
    this.sheets.delete(name);
    if (this.active === name) this.active = [...this.sheets.keys()][0] ?? '';
  }

  async getSetting(key: string): Promise<string | null> {
    return this.settings.get(key) ?? null;
  }

  async setSetting(key: string, value: string): Promise<void> {
    this.settings.set(key, value);
  }

  /** What a cell holds now. */
  cell(sheet: string, row: number, col: number): CellState {
    return cellState(this.sheet(sheet), row, col);
  }

  /** Changes a cell as a person would, behind the pane's back. */
  type(sheet: string, row: number, col: number, value: CellValue): void {
    const s = this.sheet(sheet);
    grow(s, row + 1, col + 1);
    s.values[row][col] = value;
    s.formulas![row][col] = null;
  }

  /** Inserts empty rows above `at`, as a person would: every cell below moves down (formulas unadjusted). */
  insertRows(sheet: string, at: number, count: number): void {
    const s = this.sheet(sheet);
    const blank = () => new Array<null>(s.colCount).fill(null);
    const shift = <T>(rows: (T | null)[][] | undefined) =>
      rows?.splice(at, 0, ...Array.from({ length: count }, blank));
    shift(s.values);
    shift(s.formulas);
    shift(s.numberFormats);
    shift(s.fills);
    s.rowCount += count;
  }

  private sheet(name: string): SheetSnapshot {
    const s = this.sheets.get(name);
    if (!s) throw new HostError('not-found', `找不到工作表：${name}`);
    return s;
  }
}
