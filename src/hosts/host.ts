import { EditPlan } from '../core/edits';
import { SheetSnapshot } from '../core/grid';
import { TemplateSpec } from '../core/templateSpec';

export type HostKind = 'excel' | 'wps' | 'file';

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
  /** Writes a template spec onto a sheet, creating the sheet when `newSheet` is true. */
  insertTemplate(spec: TemplateSpec, sheet: string, newSheet: boolean): Promise<void>;
  deleteSheet(name: string): Promise<void>;
  /** Document-level settings (the preset), stored in the workbook. */
  getSetting(key: string): Promise<string | null>;
  setSetting(key: string, value: string): Promise<void>;
}
