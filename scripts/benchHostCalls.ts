/**
 * Host calls per read (issue 10's cost of a WPS read): every property read, write and method call the
 * WPS host makes on ET to read one sheet of stacked national forms, and the round trips and queued
 * operations the Excel host makes, at 30 and 300 tables. Counted on the fakes (test/hosts), which count
 * each call as the real hosts pay for it; a WPS call costs about a millisecond in WPS itself. Goal: at
 * most 300 WPS calls at 30 tables and 2,000 at 300. WPS is counted with `UsedRange.Value(11)` answered
 * (merges, formats and fills in one XML Spreadsheet) and without (the range-by-range fallback). Prints
 * figures only.
 */
import { FakeExcel } from '../test/hosts/excel/fakeExcel';
import { nationalSheet } from '../test/hosts/excel/nationalSheet';
import { makeExcelHost } from '../test/hosts/excel/makeExcelHost';
import { makeWpsHost } from '../test/hosts/wps/makeWpsHost';

const TABLE_COUNTS = [30, 300];
const WPS_GOAL = new Map([
  [30, 300],
  [300, 2_000],
]);

interface HostCalls {
  tables: number;
  wpsCalls: number;
  /** Where WPS does not answer Value(11): range by range. */
  wpsFallbackCalls: number;
  excelSyncs: number;
  excelOperations: number;
}

async function countCalls(tables: number): Promise<HostCalls> {
  const sheet = nationalSheet('自评表', tables);

  const wps = makeWpsHost([{ snapshot: sheet }]);
  wps.fake.stats.calls = 0;
  await wps.host.readSheet('自评表');
  const wpsCalls = wps.fake.stats.calls;

  const older = makeWpsHost([{ snapshot: sheet }]);
  older.fake.answersXmlSpreadsheet = false;
  older.fake.stats.calls = 0;
  await older.host.readSheet('自评表');
  const wpsFallbackCalls = older.fake.stats.calls;

  const excel = makeExcelHost([{ snapshot: sheet }]);
  const fake: FakeExcel = excel.fake;
  fake.resetStats();
  await excel.host.readSheet('自评表');
  return {
    tables,
    wpsCalls,
    wpsFallbackCalls,
    excelSyncs: fake.stats.syncs,
    excelOperations: fake.stats.operations,
  };
}

export async function printHostCalls(): Promise<void> {
  console.log('');
  console.log('host calls to read one sheet of stacked national forms (fakes count each call):');
  for (const tables of TABLE_COUNTS) {
    const c = await countCalls(tables);
    const goal = WPS_GOAL.get(tables);
    const verdict =
      goal === undefined ? '' : c.wpsCalls <= goal ? ` (goal ≤ ${goal}: met)` : ` (goal ≤ ${goal}: not met)`;
    console.log(
      `  ${String(tables).padStart(3)} tables: WPS ${c.wpsCalls} calls${verdict}` +
        ` (${c.wpsFallbackCalls} where Value(11) is not answered); Excel ${c.excelSyncs} sync(s), ${c.excelOperations} queued operations`,
    );
  }
}
