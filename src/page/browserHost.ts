import { EditPlan } from '../core/edits';
import { SheetSnapshot } from '../core/grid';
import { TemplateSpec } from '../core/templateSpec';
import { FileHost, FileSelection } from '../hosts/file/fileHost';
import { Host, HostKind } from '../hosts/host';

/** What changed in the workbook: the grid reads the sheets again and shows the active one. */
export type WorkbookListener = () => void;
/** The cell or range to show selected (and scrolled to) in the grid. */
export type SelectionListener = (selection: FileSelection) => void;

/**
 * The Host of the browser page: a FileHost over the opened workbook that also tells the grid what happened,
 * so that a click on a finding selects its cell on screen and every write shows at once. The pane and the
 * grid both go through it; the grid's own clicks call `select` like the pane does.
 */
export class BrowserHost implements Host {
  readonly kind: HostKind = 'file';
  private readonly changeListeners = new Set<WorkbookListener>();
  private readonly selectListeners = new Set<SelectionListener>();
  /** The selection last made on each sheet, so that coming back to a tab shows it again. */
  private readonly lastSelection = new Map<string, string>();
  /** The sheet shown before a template went on a new sheet: deleting that sheet (undo) goes back to it. */
  private shownBeforeNewSheet: string | null = null;

  constructor(
    readonly file: FileHost,
    /** The name the workbook was opened under (`自评表.xlsx`). */
    readonly fileName: string,
  ) {}

  sheetNames(): Promise<string[]> {
    return this.file.sheetNames();
  }

  activeSheetName(): Promise<string> {
    return this.file.activeSheetName();
  }

  readSheet(name: string): Promise<SheetSnapshot> {
    return this.file.readSheet(name);
  }

  async applyPlan(plan: EditPlan): Promise<void> {
    await this.file.applyPlan(plan);
    this.changed();
  }

  async select(sheet: string, a1: string): Promise<void> {
    await this.file.select(sheet, a1);
    const selection = this.file.selection;
    if (!selection) return;
    this.lastSelection.set(selection.sheet, selection.a1);
    for (const listener of this.selectListeners) listener(selection);
  }

  /** Shows another sheet with the selection it had (A1 the first time). */
  showSheet(sheet: string): Promise<void> {
    return this.select(sheet, this.lastSelection.get(sheet) ?? 'A1');
  }

  async getSelection(): Promise<{ sheet: string; a1: string } | null> {
    const selection = this.file.selection;
    return selection ? { ...selection } : null;
  }

  async insertTemplate(spec: TemplateSpec, sheet: string, newSheet: boolean): Promise<void> {
    const shown = newSheet ? await this.file.activeSheetName().catch(() => null) : null;
    await this.file.insertTemplate(spec, sheet, newSheet);
    if (newSheet) {
      this.shownBeforeNewSheet = shown;
      await this.select(sheet, 'A1');
    }
    this.changed();
  }

  async deleteSheet(name: string): Promise<void> {
    const wasShown = (await this.file.activeSheetName()) === name;
    await this.file.deleteSheet(name);
    this.lastSelection.delete(name);
    const back = this.shownBeforeNewSheet;
    this.shownBeforeNewSheet = null;
    if (wasShown && back && (await this.file.sheetNames()).includes(back)) await this.showSheet(back);
    this.changed();
  }

  getSetting(key: string): Promise<string | null> {
    return this.file.getSetting(key);
  }

  setSetting(key: string, value: string): Promise<void> {
    // Settings live on a very hidden sheet: nothing on screen changes.
    return this.file.setSetting(key, value);
  }

  toBuffer(): Promise<Uint8Array> {
    return this.file.toBuffer();
  }

  onChange(listener: WorkbookListener): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  /** The pane re-checks when the shown sheet changes (a tab click, a new template sheet, a deletion). */
  onActiveSheetChange(listener: (sheet: string) => void): () => void {
    let current: string | null = null;
    this.file.activeSheetName().then(
      (name) => (current ??= name),
      () => undefined,
    );
    return this.onSelect((selection) => {
      if (selection.sheet === current) return;
      current = selection.sheet;
      listener(selection.sheet);
    });
  }

  onSelect(listener: SelectionListener): () => void {
    this.selectListeners.add(listener);
    return () => this.selectListeners.delete(listener);
  }

  private changed(): void {
    for (const listener of this.changeListeners) listener();
  }
}
