import { Finding, Severity } from '../findings';
import { Grid } from '../grid';
import { Region } from '../model';
import { Preset } from '../presets';
import { CheckContext } from './context';
import { checkFunds } from './funds';
import { checkIndicators } from './indicators';
import { checkTextNumbers } from './textNumbers';
import { checkTotals } from './totals';

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Runs every rule of DOMAIN.md §3 over the regions. One cell gets one finding per rule; a `blank` cell gets
 * no other finding (the empty value is the root cause).
 */
export function runChecks(grid: Grid, regions: Region[], preset: Preset): Finding[] {
  const all: Finding[] = [];
  regions.forEach((region, i) => {
    const ctx = new CheckContext(grid, region, i, preset);
    checkFunds(ctx);
    checkIndicators(ctx);
    checkTotals(ctx);
    checkTextNumbers(ctx);
    all.push(...ctx.findings);
  });
  const blankCells = new Set(all.filter((f) => f.rule === 'blank').map((f) => f.cell));
  const seen = new Set<string>();
  const out = all.filter((f) => {
    if (f.rule !== 'blank' && blankCells.has(f.cell)) return false;
    const key = `${f.rule}@${f.cell}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return out.sort((a, b) => a.row - b.row || a.col - b.col || ORDER[a.severity] - ORDER[b.severity]);
}
