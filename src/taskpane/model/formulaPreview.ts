import { rangeToA1 } from '../../core/address';
import { CellEdit, EditPlan } from '../../core/edits';
import { evaluatePlan, FormulaItem, FormulaPlan, planFormulas, toEditPlan } from '../../core/formulas';
import { Grid } from '../../core/grid';
import { Preset } from '../../core/presets';
import { cellKey } from './cellKey';
import { SheetResult } from './sheetResult';

export const WRITE_FORMULAS_LABEL = '写入公式';

/** The user's answers in the preview: which conflicts to overwrite, and whether text numbers are converted. */
export interface FormulaChoices {
  /** `cellKey`s of conflicting cells the user ticked. */
  overwrite: ReadonlySet<string>;
  convertText: boolean;
}

export const NO_CHOICES: FormulaChoices = { overwrite: new Set(), convertText: false };

/** One table's plan, with where it came from. */
export interface RegionFormulaPlan {
  sheet: string;
  regionIndex: number;
  title: string;
  /** The table's range in A1. */
  range: string;
  plan: FormulaPlan;
}

/** A planned cell as it will be after applying under the current choices. */
export interface PreviewItem {
  key: string;
  item: FormulaItem;
  /** True when applying changes the cell (a write, or a conflict the user ticked). */
  written: boolean;
}

export interface RegionPreview extends RegionFormulaPlan {
  /** Cells that will change or that conflict; cells already right are only counted. */
  items: PreviewItem[];
  unchanged: number;
  /** The items applying writes, in plan order. */
  kept: FormulaItem[];
}

/** Plans every table of the checked sheets (pure; the snapshots are not changed). */
export function planWorkbookFormulas(
  sheets: readonly SheetResult[],
  preset: Preset,
  ruleScores = false,
): RegionFormulaPlan[] {
  const plans: RegionFormulaPlan[] = [];
  for (const { snapshot, analysis } of sheets) {
    const grid = new Grid(snapshot);
    analysis.regions.forEach((region, regionIndex) => {
      plans.push({
        sheet: snapshot.name,
        regionIndex,
        title: region.title,
        range: rangeToA1(region.range),
        plan: planFormulas(grid, region, preset, { ruleScores }),
      });
    });
  }
  return plans;
}

/**
 * Evaluates a plan with a per-cell decision on conflicts. Items are decided in plan order: each is
 * evaluated over the items kept before it, so a ticked conflict feeds its formula's value to the cells that
 * read it, and an untouched one feeds the value a person typed (the planned input).
 */
export function previewRegion(region: RegionFormulaPlan, choices: FormulaChoices): RegionPreview {
  const kept: FormulaItem[] = [];
  const items: PreviewItem[] = [];
  let unchanged = 0;
  for (const candidate of region.plan.items) {
    const trial = evaluatePlan(
      { ...region.plan, items: [...kept, candidate] },
      { force: true, convertText: choices.convertText },
    );
    const item = trial.items[trial.items.length - 1];
    const key = cellKey(item.sheet, item.row, item.col);
    const written = item.status === 'write' || (item.status === 'conflict' && choices.overwrite.has(key));
    if (item.status !== 'conflict' || written) kept.push(candidate);
    if (item.status === 'unchanged') unchanged++;
    else items.push({ key, item, written });
  }
  return { ...region, items, unchanged, kept };
}

/** The one plan that applies every table's kept formulas (and the confirmed text conversions). */
export function formulaEditPlan(previews: readonly RegionPreview[], convertText: boolean): EditPlan {
  const edits: CellEdit[] = [];
  for (const p of previews) {
    // Every kept item is a write or a ticked conflict, so forcing writes exactly those.
    const plan = toEditPlan({ ...p.plan, items: p.kept }, { force: true, convertText });
    edits.push(...plan.edits);
  }
  return { label: WRITE_FORMULAS_LABEL, edits };
}

/** Every cell the plans read or write, per sheet: if one changed since the preview, the preview is stale. */
export function cellsBehindPlans(
  previews: readonly RegionPreview[],
): Map<string, { row: number; col: number }[]> {
  const bySheet = new Map<string, { row: number; col: number }[]>();
  for (const p of previews) {
    const cells = bySheet.get(p.sheet) ?? [];
    for (const key of Object.keys(p.plan.inputs)) {
      const [row, col] = key.split(',').map(Number);
      cells.push({ row, col });
    }
    for (const item of p.plan.items) cells.push({ row: item.row, col: item.col });
    for (const t of p.plan.textNumbers) cells.push({ row: t.row, col: t.col });
    bySheet.set(p.sheet, cells);
  }
  return bySheet;
}
