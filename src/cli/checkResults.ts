import { Finding } from '../core/findings';
import { Region } from '../core/model';
import type { FormFacts } from './report/formFacts';

/** What a report shows of a detected table (a worker sends back this much, not the whole reading). */
export type RegionSummary = Pick<Region, 'sheet' | 'kind' | 'layout' | 'range' | 'title'>;

/** One file's results: what was detected and found, or why it could not be checked. */
export interface CheckedFile {
  file: string;
  regions: RegionSummary[];
  findings: Finding[];
  /** Unit, project, score and grade of each form, for `--report` (not part of the JSON document). */
  forms?: FormFacts[];
}

export interface FailedFile {
  file: string;
  error: string;
  errorEn: string;
}

export type FileCheck = CheckedFile | FailedFile;

export function isFailed(result: FileCheck): result is FailedFile {
  return 'error' in result;
}

export interface CheckTotals {
  files: number;
  tables: number;
  errors: number;
  warnings: number;
  infos: number;
  unreadable: number;
}

export function totalsOf(results: readonly FileCheck[]): CheckTotals {
  const totals: CheckTotals = {
    files: results.length,
    tables: 0,
    errors: 0,
    warnings: 0,
    infos: 0,
    unreadable: 0,
  };
  for (const r of results) {
    if (isFailed(r)) {
      totals.unreadable++;
      continue;
    }
    totals.tables += r.regions.length;
    for (const f of r.findings) {
      if (f.severity === 'error') totals.errors++;
      else if (f.severity === 'warning') totals.warnings++;
      else totals.infos++;
    }
  }
  return totals;
}

/** Exit status of `check`: 2 when a file could not be read, else 1 when an error was found, else 0. */
export const EXIT_CLEAN = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_TROUBLE = 2;

export function exitCodeFor(results: readonly FileCheck[]): number {
  const totals = totalsOf(results);
  if (totals.unreadable > 0) return EXIT_TROUBLE;
  return totals.errors > 0 ? EXIT_FINDINGS : EXIT_CLEAN;
}
