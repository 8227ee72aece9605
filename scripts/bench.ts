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
import { openWorkbook } from '../src/hosts/file/readWorkbook';
import { snapshotOfWorksheet, workbookContext } from '../src/hosts/file/snapshot';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildWorkbook, SHEET } from './benchWorkbook';
import { BUILD_DIR, buildAddin, taskpaneBundleSize } from './bundleSize';

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
  printPaneSize();
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
