import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main';
import { buildAll, expectedFor } from '../fixtures/build';
import { workbooks } from '../fixtures/workbooks';
import { capture } from './capture';

/**
 * The whole path a reviewer uses: every fixture workbook written as .xlsx, read back by the file host and
 * checked by `selfeval check --json` in one call. Regions and findings must be exactly the expected ones.
 */
interface JsonReport {
  files: {
    file: string;
    error?: string;
    regions: { sheet: string; kind: string; layout: string; range: string; title: string }[];
    findings: { rule: string; severity: string; sheet: string; cell: string; message: string }[];
  }[];
}

const dir = mkdtempSync(join(tmpdir(), 'selfeval-fixtures-'));
let report: JsonReport;
let exitCode: number;

beforeAll(async () => {
  const files = await buildAll(dir);
  const io = capture();
  exitCode = await runCli(['check', '--json', ...files], io);
  report = JSON.parse(io.stdout) as JsonReport;
}, 60_000);

it('reads every workbook and exits 1, since the seeds carry real faults', () => {
  expect(report.files).toHaveLength(workbooks.length);
  expect(report.files.filter((f) => f.error)).toEqual([]);
  expect(exitCode).toBe(1);
});

describe.each(workbooks.map((w, i) => [w.file, i] as const))('%s', (_file, index) => {
  it('reports exactly the expected regions and findings', () => {
    const got = report.files[index];
    const expected = expectedFor(workbooks[index]);
    expect(got.regions.map((r) => `${r.sheet}!${r.kind}/${r.layout} ${r.range}`)).toEqual(
      expected.flatMap((s) => s.regions.map((r) => `${s.sheet}!${r.kind}/${r.layout} ${r.range}`)),
    );
    expect(got.findings.map((f) => `${f.sheet}!${f.rule}@${f.cell}`).sort()).toEqual(
      expected.flatMap((s) => s.findings.map((f) => `${s.sheet}!${f.rule}@${f.cell}`)).sort(),
    );
    for (const f of got.findings) expect(f.message).toMatch(/[\u4e00-\u9fff]/);
  });
});
