import { runChecks } from './checks';
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
}

/** Detects every self-evaluation table of a sheet and checks each one. Pure: snapshot in, results out. */
export function analyzeSheet(snapshot: SheetSnapshot, options: AnalyzeOptions = {}): SheetAnalysis {
  const grid = new Grid(snapshot);
  const preset = presetById(options.preset ?? DEFAULT_PRESET_ID);
  const regions = detectRegions(grid);
  const findings = runChecks(grid, regions, preset);
  return { sheet: snapshot.name, regions, findings };
}
