import { SETTING_HIGHLIGHTS } from '../../core/settings';
import { CellEdit, EditPlan } from '../../core/edits';
import { Finding, Severity } from '../../core/findings';
import { SheetSnapshot } from '../../core/grid';

export const MARK_LABEL = '标记问题';
export const CLEAR_MARKS_LABEL = '清除标记';

/**
 * Workbook setting remembering which cells carry our fill and what fill they had before. The ribbon's
 * 一键校验 (src/commands/actions.ts) keeps the same record, so either can clear the other's marks and
 * neither takes the other's colour for a cell's own.
 */
export const HIGHLIGHT_SETTING = SETTING_HIGHLIGHTS;

/** Light red, yellow and blue: Excel's own "bad", "neutral" and "note" cell-style fills. */
export const HIGHLIGHT_FILLS: Record<Severity, string> = {
  error: '#FFC7CE',
  warning: '#FFEB9C',
  info: '#DDEBF7',
};

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export interface HighlightedCell {
  row: number;
  col: number;
  /** The fill before we marked it (null: none). */
  original: string | null;
  /** The fill we put there. */
  mark: string;
}

/** Highlighted cells by sheet name. */
export type HighlightRecord = Record<string, HighlightedCell[]>;

/** Thrown when a host cannot report fills: marking would then lose the cells' own colours. */
export class FillsUnknownError extends Error {
  constructor(readonly sheet: string) {
    super(`fills of sheet ${sheet} are unknown`);
    this.name = 'FillsUnknownError';
  }
}

function isHighlightedCell(v: unknown): v is HighlightedCell {
  const c = v as HighlightedCell;
  return (
    typeof v === 'object' &&
    v !== null &&
    Number.isInteger(c.row) &&
    Number.isInteger(c.col) &&
    typeof c.mark === 'string' &&
    (c.original === null || typeof c.original === 'string')
  );
}

/** The stored record; anything unreadable counts as no marks rather than an error. */
export function parseHighlightRecord(text: string | null): HighlightRecord {
  if (!text) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return {};
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
  const record: HighlightRecord = {};
  for (const [sheet, cells] of Object.entries(parsed)) {
    if (Array.isArray(cells)) record[sheet] = cells.filter(isHighlightedCell);
  }
  return record;
}

export function markedCount(record: HighlightRecord): number {
  return Object.values(record).reduce((n, cells) => n + cells.length, 0);
}

const key = (row: number, col: number) => `${row},${col}`;

const fillAt = (snapshot: SheetSnapshot, row: number, col: number): string | null =>
  snapshot.fills?.[row]?.[col] ?? null;

/**
 * The recorded cells that still carry our mark. A cell whose fill the user changed since is left alone:
 * their fill is now the one to keep. Without fills (or outside what was read) a record counts.
 */
export function stillMarked(
  snapshot: SheetSnapshot,
  cells: readonly HighlightedCell[],
): Map<string, HighlightedCell> {
  const marked = new Map<string, HighlightedCell>();
  for (const c of cells) {
    // a cell past the read extent (the used range counts values only: an empty marked cell at the edge
    // may lie outside it) shows nothing of its fill: presumed still ours, so the mark can still be cleared
    const outside = c.row >= snapshot.rowCount || c.col >= snapshot.colCount;
    const now = snapshot.fills && !outside ? fillAt(snapshot, c.row, c.col) : c.mark;
    if (now !== null && now.toUpperCase() === c.mark.toUpperCase()) marked.set(key(c.row, c.col), c);
  }
  return marked;
}

/** The most severe finding decides a cell's colour. */
function worstPerCell(findings: readonly Finding[]): Map<string, Finding> {
  const worst = new Map<string, Finding>();
  for (const f of findings) {
    const known = worst.get(key(f.row, f.col));
    if (!known || SEVERITY_RANK[f.severity] > SEVERITY_RANK[known.severity]) worst.set(key(f.row, f.col), f);
  }
  return worst;
}

/**
 * 标记: on every checked sheet, fills each finding cell with its severity's colour and gives cells marked
 * before whose finding is gone their own fill back, in one plan. A cell's original fill is the one it had
 * before its first mark, so marking again never takes our colour for the cell's own. Sheets not checked
 * keep their record.
 */
export function markPlan(
  findings: readonly Finding[],
  record: HighlightRecord,
  snapshots: ReadonlyMap<string, SheetSnapshot>,
): { plan: EditPlan; record: HighlightRecord } {
  const next: HighlightRecord = { ...record };
  const edits: CellEdit[] = [];
  for (const [sheet, snapshot] of snapshots) {
    const previous = stillMarked(snapshot, record[sheet] ?? []);
    const worst = worstPerCell(findings.filter((f) => f.sheet === sheet));
    if (worst.size > 0 && !snapshot.fills) throw new FillsUnknownError(sheet);
    for (const [k, c] of previous) {
      if (!worst.has(k)) edits.push({ sheet, row: c.row, col: c.col, fill: c.original });
    }
    const marks: HighlightedCell[] = [];
    for (const [k, f] of worst) {
      const mark = HIGHLIGHT_FILLS[f.severity];
      const now = fillAt(snapshot, f.row, f.col);
      const original = previous.has(k) ? previous.get(k)!.original : now;
      marks.push({ row: f.row, col: f.col, original, mark });
      if (now?.toUpperCase() !== mark) edits.push({ sheet, row: f.row, col: f.col, fill: mark });
    }
    if (marks.length > 0) next[sheet] = marks;
    else delete next[sheet];
  }
  return { plan: { label: MARK_LABEL, edits }, record: next };
}

/**
 * 清除标记: puts back the fill every still-marked cell had before it was marked. Sheets that are gone are
 * dropped from the record.
 */
export function clearMarksPlan(
  record: HighlightRecord,
  snapshots: ReadonlyMap<string, SheetSnapshot>,
): { plan: EditPlan; restored: number } {
  const edits: CellEdit[] = [];
  for (const [sheet, cells] of Object.entries(record)) {
    const snapshot = snapshots.get(sheet);
    if (!snapshot) continue;
    for (const c of stillMarked(snapshot, cells).values()) {
      edits.push({ sheet, row: c.row, col: c.col, fill: c.original });
    }
  }
  return { plan: { label: CLEAR_MARKS_LABEL, edits }, restored: edits.length };
}
