import { CellRange } from '../core/address';
import { EditPlan } from '../core/edits';
import { SheetSnapshot } from '../core/grid';
import { TemplateSpec } from '../core/templateSpec';

export type HostKind = 'excel' | 'wps' | 'file';

/** Cells of a sheet changed: a person typed or pasted, or an add-in (this one too) wrote. */
export interface CellsChange {
  sheet: string;
  /** The changed range in A1, without the sheet's name. */
  a1: string;
  /** True only when the host itself says this add-in made the change (Excel's `triggerSource`). */
  byThisAddin: boolean;
  /** Rows or columns inserted or deleted, where the host says so (Excel's `changeType`); cells moved. */
  shift?: CellShift;
}

/**
 * Cells moved by an insertion or a deletion: along `axis`, from index `at` (0-based) on, by `count` (more
 * than 0 inserted, less than 0 deleted: the cells at `at`…`at - count - 1` are gone). `band` limits it to
 * those columns (for rows) or rows (for columns) when only some cells moved, else whole rows or columns.
 */
export interface CellShift {
  axis: 'rows' | 'columns';
  at: number;
  count: number;
  band?: { from: number; to: number };
}

/** A save the host announces before it happens. */
export interface SaveAttempt {
  /** The host will show its Save As dialog (a first save, or 另存为). */
  saveAs: boolean;
  /** The host can hold this save; when false it goes on whatever the gate answers. */
  canHold: boolean;
}

/** What a save gate answers: let the save go on, or hold it (the pane then asks the user). */
export type SaveDecision = 'proceed' | 'hold';

/** Why a host refused: the pane shows `message` (Chinese) to the user. */
export class HostError extends Error {
  constructor(
    readonly code: 'protected' | 'empty' | 'too-large' | 'unsupported' | 'not-found' | 'busy' | 'failed',
    message: string,
  ) {
    super(message);
    this.name = 'HostError';
  }
}

/**
 * One spreadsheet host. Every method is one round trip to the host: a sheet is read whole (values,
 * formulas, number formats, fills, merges) and a plan is applied whole. Core never sees a host.
 */
export interface Host {
  readonly kind: HostKind;
  sheetNames(): Promise<string[]>;
  activeSheetName(): Promise<string>;
  readSheet(name: string): Promise<SheetSnapshot>;
  /** Applies every edit of the plan at once; throws HostError('protected') without writing anything. */
  applyPlan(plan: EditPlan): Promise<void>;
  /** Selects (and scrolls to) a cell or range given in A1. */
  select(sheet: string, a1: string): Promise<void>;
  /**
   * Optional: the sheet and A1 range the user has selected, or null when there is none. The pane offers
   * inserting a template at the selection only on hosts that implement it.
   */
  getSelection?(): Promise<{ sheet: string; a1: string } | null>;
  /**
   * Optional: calls `listener` with the sheet's name whenever the user shows another sheet; returns the
   * unsubscribe function. The pane re-checks the active sheet on hosts that implement it.
   */
  onActiveSheetChange?(listener: (sheet: string) => void): () => void;
  /**
   * Optional: calls `listener` whenever cells of any sheet change; returns the unsubscribe function.
   * The pane checks again after a pause in the user's typing on hosts that implement it.
   */
  onCellsChange?(listener: (change: CellsChange) => void): () => void;
  /**
   * Optional: asks `decide` synchronously before the workbook is saved and holds the save when it
   * answers 'hold' and the host can (`canHold`); returns the unsubscribe function.
   */
  onBeforeSave?(decide: (attempt: SaveAttempt) => SaveDecision): () => void;
  /** Optional (with onBeforeSave): saves the workbook now, without asking the save gate. */
  saveWorkbook?(): Promise<void>;
  /** Writes a template spec onto a sheet, creating the sheet when `newSheet` is true. */
  insertTemplate(spec: TemplateSpec, sheet: string, newSheet: boolean): Promise<void>;
  /**
   * Optional: protects a sheet (no password, formatting not allowed) leaving `unlocked` cells editable, or
   * removes that protection (null). The 自检 uses it on its scratch sheet to prove protected-form writes.
   */
  setSheetProtection?(sheet: string, protection: { unlocked: CellRange[] } | null): Promise<void>;
  deleteSheet(name: string): Promise<void>;
  /** Document-level settings (the preset), stored in the workbook. */
  getSetting(key: string): Promise<string | null>;
  setSetting(key: string, value: string): Promise<void>;
}
