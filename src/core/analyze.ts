import { runChecks } from './checks';
import { compareDeclaredTargets, TableTargets, tableTargets } from './declaredTargets';
import { detectRegions } from './detect';
import { Finding } from './findings';
import { Grid, SheetSnapshot } from './grid';
import { Region } from './model';
import { DEFAULT_PRESET_ID, presetById } from './presets';

export interface AnalyzeOptions {
  /** Preset id (DOMAIN.md §5); `national-2020` when absent. */
  preset?: string;
}

export interface SheetAnalysis {
  sheet: string;
  regions: Region[];
  findings: Finding[];
  /** Each region's stated targets, for comparing self-evaluations with declarations across sheets and files. */
  targets: TableTargets[];
}

/** Detects every self-evaluation table of a sheet and checks each one. Pure: snapshot in, results out. */
export function analyzeSheet(snapshot: SheetSnapshot, options: AnalyzeOptions = {}): SheetAnalysis {
  const grid = new Grid(snapshot);
  const preset = presetById(options.preset ?? DEFAULT_PRESET_ID);
  const regions = detectRegions(grid);
  const findings = runChecks(grid, regions, preset);
  return { sheet: snapshot.name, regions, findings, targets: tableTargets(grid, regions) };
}

/**
 * target-changed across a workbook's sheets (and the declarations of other workbooks, `declarations`): each
 * sheet's findings with the self-evaluations' changed or missing targets added, in cell order.
 */
export function withDeclaredTargets<T extends SheetAnalysis>(
  sheets: readonly T[],
  declarations: readonly TableTargets[] = [],
): T[] {
  const found = compareDeclaredTargets([...sheets.flatMap((s) => s.targets), ...declarations]);
  return sheets.map((s) => {
    const mine = found.filter((f) => s.targets.includes(f.table));
    if (mine.length === 0) return s;
    const findings = [...s.findings, ...mine.map((f) => f.finding)].sort(
      (a, b) => a.row - b.row || a.col - b.col,
    );
    return { ...s, findings };
  });
}
