import { templateSheetName } from '../core/templates/sheetName';
import { SETTING_PRESET } from '../core/settings';
import { analyzeSheet, SheetAnalysis } from '../core/analyze';
import { Severity } from '../core/findings';
import { SheetSnapshot } from '../core/grid';
import { presetById } from '../core/presets';
import { TemplateSpec } from '../core/templateSpec';
import { buildTemplate } from '../core/templates';
import { Host, HostError } from '../hosts/host';
import {
  clearMarksPlan,
  FillsUnknownError,
  HIGHLIGHT_SETTING,
  markPlan,
  parseHighlightRecord,
} from '../taskpane/model/highlights';

// The ribbon and the pane keep one highlight record, so either clears the other's marks.
export { HIGHLIGHT_FILLS, HIGHLIGHT_SETTING } from '../taskpane/model/highlights';

/** Workbook setting holding the preset id (DOMAIN.md §5), as the pane stores it. */
export const PRESET_SETTING = SETTING_PRESET;

export interface ActionOutcome {
  /** What to tell the user (Chinese). */
  message: string;
}

/** What to tell the user when an action failed: a host's own refusal as it words it. */
export function failureMessage(e: unknown): string {
  return e instanceof HostError ? e.message : `操作失败：${e instanceof Error ? e.message : String(e)}`;
}

export interface ValidationOutcome extends ActionOutcome {
  sheet: string;
  analysis: SheetAnalysis;
  /** Cells of the sheet now carrying a highlight. */
  highlighted: number;
}

export type Analyzer = (snapshot: SheetSnapshot, preset: string | undefined) => SheetAnalysis;

const analyzeWithPreset: Analyzer = (snapshot, preset) => analyzeSheet(snapshot, preset ? { preset } : {});

function summary(analysis: SheetAnalysis): string {
  const count = (s: Severity) => analysis.findings.filter((f) => f.severity === s).length;
  const parts = (
    [
      ['错误', count('error')],
      ['警告', count('warning')],
      ['提示', count('info')],
    ] as const
  )
    .filter(([, n]) => n !== 0)
    .map(([label, n]) => `${label} ${n}`);
  return `共检查 ${analysis.regions.length} 张表，发现 ${analysis.findings.length} 个问题（${parts.join('，')}）`;
}

/**
 * 一键校验: reads the active sheet, checks it, and fills the reported cells by severity, giving cells
 * marked by an earlier run (ribbon or pane: one record in the workbook, src/taskpane/model/highlights.ts)
 * their own fill back when their finding is gone. One sheet read and one sheet write, besides the preset and
 * the highlight record in the workbook's settings.
 */
export async function validateActiveSheet(
  host: Host,
  analyze: Analyzer = analyzeWithPreset,
): Promise<ValidationOutcome> {
  const sheet = await host.activeSheetName();
  const snapshot = await host.readSheet(sheet);
  const preset = (await host.getSetting(PRESET_SETTING)) ?? undefined;
  const record = parseHighlightRecord(await host.getSetting(HIGHLIGHT_SETTING));
  const analysis = analyze(snapshot, preset);

  let marking: ReturnType<typeof markPlan>;
  try {
    marking = markPlan(analysis.findings, record, new Map([[sheet, snapshot]]));
  } catch (e) {
    // Marking without knowing the cells' fills would lose them: report only.
    if (!(e instanceof FillsUnknownError)) throw e;
    return {
      sheet,
      analysis,
      highlighted: 0,
      message: `${summary(analysis)}；此版本的 Excel 无法读取底色，未标出。`,
    };
  }
  const { plan, record: next } = marking;
  if (analysis.regions.length === 0 && plan.edits.length === 0) {
    return { sheet, analysis, highlighted: 0, message: '当前工作表中没有找到绩效自评表。' };
  }
  try {
    if (plan.edits.length > 0) await host.applyPlan(plan);
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
  await host.setSetting(HIGHLIGHT_SETTING, JSON.stringify(next));

  const message =
    analysis.findings.length === 0
      ? `共检查 ${analysis.regions.length} 张表，未发现问题。`
      : `${summary(analysis)}，已用底色标出。`;
  return { sheet, analysis, highlighted: next[sheet]?.length ?? 0, message };
}

/** Puts back the fills under the marks on one sheet (the active one by default); other sheets keep theirs. */
export async function clearHighlights(host: Host, sheetName?: string): Promise<ActionOutcome> {
  const sheet = sheetName ?? (await host.activeSheetName());
  const record = parseHighlightRecord(await host.getSetting(HIGHLIGHT_SETTING));
  if ((record[sheet] ?? []).length === 0) return { message: '没有需要清除的标记。' };
  const snapshot = await host.readSheet(sheet);
  const { plan, restored } = clearMarksPlan({ [sheet]: record[sheet] }, new Map([[sheet, snapshot]]));
  if (plan.edits.length > 0) await host.applyPlan(plan);
  const next = { ...record };
  delete next[sheet];
  await host.setSetting(HIGHLIGHT_SETTING, JSON.stringify(next));
  return { message: `已清除 ${restored} 处标记。` };
}

/** The Excel ribbon's 插入模板 items (manifest.xml), by catalogue id; the WPS ribbon lists every form. */
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
  const sheet = templateSheetName(spec.name, await host.sheetNames());
  await host.insertTemplate(spec, sheet, true);
  return { sheet, message: `已在新工作表「${sheet}」中插入${spec.name}。` };
}
