import { analyzeSheet, SheetAnalysis } from '../core/analyze';
import { CellEdit } from '../core/edits';
import { Severity } from '../core/findings';
import { SheetSnapshot } from '../core/grid';
import { presetById } from '../core/presets';
import { TemplateSpec } from '../core/templateSpec';
import { buildTemplate } from '../core/templates';
import { Host, HostError } from '../hosts/host';

/** Workbook setting holding the preset id (DOMAIN.md §5). */
export const PRESET_SETTING = 'selfeval.preset';
/** Workbook setting remembering which cells 一键校验 filled and what fill they had before. */
export const HIGHLIGHT_SETTING = 'selfeval.highlights';

/** Excel's own "bad", "neutral" and "note" cell-style fills. */
export const HIGHLIGHT_FILLS: Record<Severity, string> = {
  error: '#FFC7CE',
  warning: '#FFEB9C',
  info: '#DDEBF7',
};

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

interface HighlightedCell {
  row: number;
  col: number;
  /** The fill before we marked it (null: none). */
  original: string | null;
  /** The fill we put there. */
  mark: string;
}

/** Highlighted cells by sheet name. */
type HighlightRecord = Record<string, HighlightedCell[]>;

export interface ActionOutcome {
  /** What to tell the user (Chinese). */
  message: string;
}

export interface ValidationOutcome extends ActionOutcome {
  sheet: string;
  analysis: SheetAnalysis;
  /** Cells now carrying a highlight. */
  highlighted: number;
}

export type Analyzer = (snapshot: SheetSnapshot, preset: string | undefined) => SheetAnalysis;

const analyzeWithPreset: Analyzer = (snapshot, preset) => analyzeSheet(snapshot, preset ? { preset } : {});

const cellKey = (row: number, col: number) => `${row},${col}`;

async function readHighlights(host: Host): Promise<HighlightRecord> {
  const text = await host.getSetting(HIGHLIGHT_SETTING);
  if (!text) return {};
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as HighlightRecord)
      : {};
  } catch {
    return {};
  }
}

/**
 * The recorded cells that still carry our mark, keyed by cell. A cell whose fill the user changed since
 * is left alone: their fill is now the one to keep. Without fills (old clients) every record counts.
 */
function stillMarked(snapshot: SheetSnapshot, cells: HighlightedCell[]): Map<string, HighlightedCell> {
  const marked = new Map<string, HighlightedCell>();
  for (const c of cells) {
    const now = snapshot.fills ? (snapshot.fills[c.row]?.[c.col] ?? null) : c.mark;
    if (now !== null && now.toUpperCase() === c.mark.toUpperCase()) marked.set(cellKey(c.row, c.col), c);
  }
  return marked;
}

function summary(analysis: SheetAnalysis): string {
  const count = (s: Severity) => analysis.findings.filter((f) => f.severity === s).length;
  const parts = [
    ['错误', count('error')],
    ['警告', count('warning')],
    ['提示', count('info')],
  ]
    .filter(([, n]) => n !== 0)
    .map(([label, n]) => `${label} ${n}`);
  return `共检查 ${analysis.regions.length} 张表，发现 ${analysis.findings.length} 个问题（${parts.join('，')}）`;
}

/**
 * 一键校验: reads the active sheet, checks it, and fills the reported cells by severity, first putting back
 * the fills of the previous run's marks (remembered in the workbook) so marks never pile up and the
 * user's own fills come back exactly. One read, one write.
 */
export async function validateActiveSheet(
  host: Host,
  analyze: Analyzer = analyzeWithPreset,
): Promise<ValidationOutcome> {
  const sheet = await host.activeSheetName();
  const snapshot = await host.readSheet(sheet);
  const preset = (await host.getSetting(PRESET_SETTING)) ?? undefined;
  const record = await readHighlights(host);
  const previous = stillMarked(snapshot, record[sheet] ?? []);

  // The sheet as the user left it: our old marks replaced by the fills they covered.
  const fillsBefore = snapshot.fills?.map((row) => [...row]);
  if (fillsBefore) for (const c of previous.values()) fillsBefore[c.row][c.col] = c.original;
  const clean: SheetSnapshot = fillsBefore ? { ...snapshot, fills: fillsBefore } : snapshot;
  const analysis = analyze(clean, preset);

  const worst = new Map<string, { row: number; col: number; severity: Severity }>();
  for (const f of analysis.findings) {
    const k = cellKey(f.row, f.col);
    const seen = worst.get(k);
    if (!seen || SEVERITY_RANK[f.severity] > SEVERITY_RANK[seen.severity]) {
      worst.set(k, { row: f.row, col: f.col, severity: f.severity });
    }
  }

  const edits: CellEdit[] = [];
  const marks: HighlightedCell[] = [];
  for (const [k, c] of previous) {
    if (!worst.has(k)) edits.push({ sheet, row: c.row, col: c.col, fill: c.original });
  }
  for (const [k, w] of worst) {
    const mark = HIGHLIGHT_FILLS[w.severity];
    const original = previous.get(k)?.original ?? fillsBefore?.[w.row]?.[w.col] ?? null;
    marks.push({ row: w.row, col: w.col, original, mark });
    const now = snapshot.fills?.[w.row]?.[w.col] ?? null;
    if (now?.toUpperCase() !== mark) edits.push({ sheet, row: w.row, col: w.col, fill: mark });
  }

  if (analysis.regions.length === 0 && edits.length === 0) {
    return { sheet, analysis, highlighted: 0, message: '当前工作表中没有找到绩效自评表。' };
  }
  try {
    if (edits.length > 0) await host.applyPlan({ label: '标记问题', edits });
  } catch (e) {
    if (e instanceof HostError && e.code === 'protected' && analysis.findings.length > 0) {
      return {
        sheet,
        analysis,
        highlighted: 0,
        message: `${summary(analysis)}；工作表受保护，未能标出底色。`,
      };
    }
    throw e;
  }
  const nextRecord: HighlightRecord = { ...record, [sheet]: marks };
  if (marks.length === 0) delete nextRecord[sheet];
  await host.setSetting(HIGHLIGHT_SETTING, JSON.stringify(nextRecord));

  const message =
    analysis.findings.length === 0
      ? `共检查 ${analysis.regions.length} 张表，未发现问题。`
      : `${summary(analysis)}，已用底色标出。`;
  return { sheet, analysis, highlighted: marks.length, message };
}

/** Puts back the fills under the marks of 一键校验 on a sheet (the active one by default). */
export async function clearHighlights(host: Host, sheetName?: string): Promise<ActionOutcome> {
  const sheet = sheetName ?? (await host.activeSheetName());
  const record = await readHighlights(host);
  const cells = record[sheet] ?? [];
  if (cells.length === 0) return { message: '没有需要清除的标记。' };
  const snapshot = await host.readSheet(sheet);
  const marked = stillMarked(snapshot, cells);
  const edits: CellEdit[] = [...marked.values()].map((c) => ({
    sheet,
    row: c.row,
    col: c.col,
    fill: c.original,
  }));
  if (edits.length > 0) await host.applyPlan({ label: '清除标记', edits });
  const nextRecord = { ...record };
  delete nextRecord[sheet];
  await host.setSetting(HIGHLIGHT_SETTING, JSON.stringify(nextRecord));
  return { message: `已清除 ${edits.length} 处标记。` };
}

const SHEET_NAME_LIMIT = 31;

/** A sheet name Excel and WPS accept, not yet taken: the template's name, then `名称 (2)`, … */
export function freeSheetName(wanted: string, taken: readonly string[]): string {
  const base =
    wanted
      .replace(/[[\]:*?/\\]/g, '')
      .trim()
      .slice(0, SHEET_NAME_LIMIT) || '绩效自评表';
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  if (!lower.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = base.slice(0, SHEET_NAME_LIMIT - suffix.length) + suffix;
    if (!lower.has(name.toLowerCase())) return name;
  }
}

/** The ribbon's 插入模板 items, by the template id of the catalogue (src/core/templates). */
export const RIBBON_TEMPLATES = ['national', 'hubei2019', 'department', 'target'] as const;

/** Builds a catalogue form at A1 for the workbook's preset (the default preset when none is stored). */
export function catalogueTemplate(id: string): (preset: string | undefined) => TemplateSpec {
  return (preset) => {
    const spec = buildTemplate(id, { row: 0, col: 0 }, presetById(preset));
    if (!spec) throw new HostError('not-found', `没有找到模板「${id}」。`);
    return spec;
  };
}

/**
 * 插入模板: a blank form on a new sheet named after it. `build` receives the workbook's preset id
 * (undefined when none is stored) and returns the spec placed at A1.
 */
export async function insertTemplateOnNewSheet(
  host: Host,
  build: (preset: string | undefined) => TemplateSpec,
): Promise<ActionOutcome & { sheet: string }> {
  const preset = (await host.getSetting(PRESET_SETTING)) ?? undefined;
  const spec = build(preset);
  const sheet = freeSheetName(spec.name, await host.sheetNames());
  await host.insertTemplate(spec, sheet, true);
  return { sheet, message: `已在新工作表「${sheet}」中插入${spec.name}。` };
}
