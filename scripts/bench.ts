/**
 * `npm run bench`: how long the .xlsx path takes on a big workbook. Builds in memory one sheet of stacked
 * national forms (benchWorkbook.ts: the template filled in, about 25 rows each, a few planted faults),
 * writes it to a buffer, then times ExcelJS parsing, snapshot building and detection + checking at 30, 100
 * and 300 tables.
 * It prints figures only and asserts nothing: timings depend on the machine. Last, the task pane's initial
 * JavaScript size (building the add-in first when there is no build).
 */
import { performance } from 'node:perf_hooks';
import { analyzeSheet } from '../src/core/analyze';
import { runChecks } from '../src/core/checks';
import { compareDeclaredTargets, tableTargets } from '../src/core/declaredTargets';
import { detectRegions } from '../src/core/detect';
import { Grid, SheetSnapshot } from '../src/core/grid';
import { DEFAULT_PRESET_ID, presetById } from '../src/core/presets';
import { openWorkbook } from '../src/hosts/file/readWorkbook';
import { snapshotOfWorksheet, workbookContext } from '../src/hosts/file/snapshot';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildWorkbook, SHEET } from './benchWorkbook';
import { BUILD_DIR, buildAddin, taskpaneBundleSize } from './bundleSize';
import { benchLiveCheck } from './liveCheckBench';
import { printHostCalls } from './benchHostCalls';
import { benchReaders } from './benchReaders';
import { benchBatch } from './benchBatch';

const SIZES = [30, 100, 300];

let peakHeap = 0;
function sampleHeap(): void {
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
}

async function timed<T>(work: () => T | Promise<T>): Promise<{ result: T; ms: number }> {
  const start = performance.now();
  const result = await work();
  const ms = performance.now() - start;
  sampleHeap();
  return { result, ms };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;
const ms = (value: number) => `${value.toFixed(0)} ms`;

async function main(): Promise<void> {
  console.log(`selfeval bench — Node ${process.version}, ${process.platform}/${process.arch}`);
  const rows: string[][] = [];
  for (const tables of SIZES) {
    const built = await timed(() => buildWorkbook(tables));
    const written = await timed(() => built.result.workbook.xlsx.writeBuffer());
    const bytes = new Uint8Array(written.result);
    const parsed = await timed(() => openWorkbook(bytes, `bench-${tables}.xlsx`));
    const ws = parsed.result.getWorksheet(SHEET)!;
    const snap = await timed(() => snapshotOfWorksheet(ws, workbookContext(parsed.result)));
    const analysis = await timed(() => analyzeSheet(snap.result));
    const byRule = new Map<string, number>();
    for (const f of analysis.result.findings) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
    const planted = built.result.planted;
    const pipeline = parsed.ms + snap.ms + analysis.ms;
    rows.push([
      String(tables),
      String(snap.result.rowCount),
      kb(bytes.length),
      ms(built.ms + written.ms),
      ms(parsed.ms),
      ms(snap.ms),
      ms(analysis.ms),
      `${(pipeline / tables).toFixed(2)} ms`,
      `${(analysis.ms / tables).toFixed(2)} ms`,
      String(analysis.result.regions.length),
      String(analysis.result.findings.length),
    ]);
    if (tables === SIZES[SIZES.length - 1]) ruleCosts.push(measureRuleCost(snap.result));
    console.log(
      `${tables} tables: planted fund-sum ${planted.fundSum}, rate ${planted.rate}, score-over-max ${planted.overMax},` +
        ` missing-reason ${planted.missingReason}; found ` +
        ([...byRule].map(([rule, n]) => `${rule} ${n}`).join(', ') || 'nothing'),
    );
  }
  const header = [
    'tables',
    'rows',
    'file',
    'build+write',
    'parse',
    'snapshot',
    'detect+check',
    'per table (all)',
    'per table (detect+check)',
    'regions',
    'findings',
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i])).join('  ');
  console.log('');
  console.log(line(header));
  for (const r of rows) console.log(line(r));
  console.log('');
  console.log(`peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}, peak heap used ${mb(peakHeap)}`);
  console.log('(per table (all) = parse + snapshot + detect+check, divided by the number of tables)');
  for (const c of ruleCosts) printRuleCost(c);
  await benchLiveCheck();
  await benchReaders(SIZES);
  await benchBatch();
  printPaneSize();
  await printHostCalls();
}

interface RuleCost {
  tables: number;
  detectCheckOff: number;
  scoreRule: number;
  targets: number;
}
const ruleCosts: RuleCost[] = [];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * What the two rules of DOMAIN §9 add to detect+check: detection and every check with the scoring rule
 * switched off, the same with it on, and reading each table's targets and pairing them with declarations
 * (medians of 15 interleaved runs).
 */
function measureRuleCost(snapshot: SheetSnapshot): RuleCost {
  const on = presetById(DEFAULT_PRESET_ID);
  const off = { ...on, scoringRule: null };
  // each measure on a fresh grid (reading a cell's target is cached per grid), detection done untimed where
  // only the checks are measured; the measures interleaved so a busy moment of the machine falls on all alike
  const timed = (work: () => void) => {
    const start = performance.now();
    work();
    return performance.now() - start;
  };
  let tables = 0;
  const detects: number[] = [];
  const offs: number[] = [];
  const ons: number[] = [];
  const pairs: number[] = [];
  for (let i = 0; i < 15; i++) {
    const a = new Grid(snapshot);
    let regions = detectRegions(a);
    detects.push(timed(() => detectRegions(new Grid(snapshot))));
    offs.push(timed(() => runChecks(a, regions, off)));
    const b = new Grid(snapshot);
    regions = detectRegions(b);
    tables = regions.length;
    ons.push(timed(() => runChecks(b, regions, on)));
    pairs.push(timed(() => compareDeclaredTargets(tableTargets(b, regions))));
  }
  const withoutRule = median(detects) + median(offs);
  const scoreRule = median(ons) - median(offs);
  const targets = median(pairs);
  return { tables, detectCheckOff: withoutRule, scoreRule, targets };
}

function printRuleCost(c: RuleCost): void {
  const pct = (x: number) => `${((x / c.detectCheckOff) * 100).toFixed(1)} %`;
  console.log('');
  console.log(
    `score-rule and target-changed at ${c.tables} tables: detect+check without them ${ms(c.detectCheckOff)};` +
      ` score-rule adds ${c.scoreRule.toFixed(1)} ms (${pct(c.scoreRule)}), reading and pairing targets` +
      ` ${c.targets.toFixed(1)} ms (${pct(c.targets)}); together ${pct(c.scoreRule + c.targets)}`,
  );
}

/** The task pane's initial JavaScript (issue budget: 300 KB gzipped); builds the add-in when no build exists. */
function printPaneSize(): void {
  if (!existsSync(join(BUILD_DIR, 'taskpane.html'))) buildAddin();
  const size = taskpaneBundleSize();
  const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  console.log('');
  console.log(
    `task pane initial JS: ${kib(size.raw)} raw, ${kib(size.gzip)} gzipped (${size.files.length} files)`,
  );
}

void main();
