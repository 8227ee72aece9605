/**
 * Change-to-findings time of the pane's live check on the fake hosts (issue 14): a sheet of stacked
 * national forms (test/hosts/excel/nationalSheet.ts) in the fake Excel and the fake WPS; the user types a
 * wrong total into the last table; the live check waits its pause, reads the sheet once and checks it.
 * Prints, per host and size, the median of 5 edits: the whole time from the keystroke to the findings, the
 * part after the pause (read + check) and the round trips of that read. Asserts nothing.
 */
import { performance } from 'node:perf_hooks';
import { analyzeSheet } from '../src/core/analyze';
import { Finding } from '../src/core/findings';
import { Host } from '../src/hosts/host';
import { withOwnWrites } from '../src/hosts/ownWrites';
import { LIVE_CHECK_DEBOUNCE_MS, LiveChecker } from '../src/taskpane/model/liveCheck';
import { makeExcelHost } from '../test/hosts/excel/makeExcelHost';
import { NATIONAL_TABLE_ROWS, nationalSheet } from '../test/hosts/excel/nationalSheet';
import { makeWpsHost } from '../test/hosts/wps/makeWpsHost';

const SHEET = '自评表';
const RUNS = 5;

interface Bench {
  host: Host;
  type(a1: string, value: number): Promise<void>;
  roundTrips(): number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** One edit after another: resolves with the times once the findings answer each edit. */
async function measure(
  bench: Bench,
  tables: number,
): Promise<{ total: number; after: number; trips: number }> {
  // H21 of the last table: its 总分 得分 (tables stacked one row apart)
  const totalRow = (tables - 1) * (NATIONAL_TABLE_ROWS + 1) + 21;
  const host = withOwnWrites(bench.host);
  let resolveFindings: (f: Finding[]) => void = () => undefined;
  let pauseEnded = 0;
  let tripsBefore = 0;
  let trips = 0;
  const checker = new LiveChecker(async () => {
    pauseEnded = performance.now();
    tripsBefore = bench.roundTrips();
    const snapshot = await host.readSheet(SHEET);
    trips = bench.roundTrips() - tripsBefore;
    resolveFindings(analyzeSheet(snapshot).findings);
  });
  const stop = host.onCellsChange!((c) => c.sheet === SHEET && checker.changed());
  const totals: number[] = [];
  const afters: number[] = [];
  // a read first, as the pane's first check does (Excel learns the used range)
  await host.readSheet(SHEET);
  for (let i = 0; i < RUNS; i++) {
    const found = new Promise<Finding[]>((resolve) => (resolveFindings = resolve));
    const start = performance.now();
    await bench.type(`H${totalRow}`, i % 2 === 0 ? 1 : 99.5);
    const findings = await found;
    const end = performance.now();
    const wrong = findings.some((f) => f.rule === 'total' && f.row === totalRow - 1);
    if (wrong !== (i % 2 === 0)) throw new Error(`run ${i}: the findings do not follow the edit`);
    totals.push(end - start);
    afters.push(end - pauseEnded);
  }
  stop();
  checker.stop();
  return { total: median(totals), after: median(afters), trips };
}

export async function benchLiveCheck(sizes: readonly number[] = [30, 300]): Promise<void> {
  console.log('');
  console.log(
    `live check, change to findings (fake hosts, pause ${LIVE_CHECK_DEBOUNCE_MS} ms, median of ${RUNS}):`,
  );
  for (const tables of sizes) {
    const sheet = { snapshot: nationalSheet(SHEET, tables) };
    const excel = makeExcelHost([sheet]);
    const wps = makeWpsHost([sheet]);
    const benches: [string, Bench][] = [
      [
        'Excel',
        {
          host: excel.host,
          type: (a1, v) => excel.fake.userEdits(SHEET, a1, [[v]]),
          roundTrips: () => excel.fake.stats.syncs,
        },
      ],
      [
        'WPS',
        {
          host: wps.host,
          type: async (a1, v) => wps.fake.userEdits(SHEET, a1, [[v]]),
          roundTrips: () => wps.fake.stats.calls,
        },
      ],
    ];
    for (const [name, bench] of benches) {
      const r = await measure(bench, tables);
      const unit = name === 'Excel' ? 'syncs' : 'ET calls';
      console.log(
        `  ${name.padEnd(5)} ${String(tables).padStart(3)} tables: ${r.total.toFixed(0)} ms from the edit` +
          ` (${r.after.toFixed(0)} ms after the pause: one read of ${r.trips} ${unit} and one check)`,
      );
    }
  }
}
