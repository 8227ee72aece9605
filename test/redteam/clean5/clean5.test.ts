/**
 * False-alarm hunt: 40 clean self-evaluation workbooks, each must yield exactly its regions and no finding.
 * Forms: forms.ts (data) and national.ts (generator); workbooks: build.ts.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from '../../../src/cli/main';
import { capture } from '../../cli/capture';
import { buildAll, expectedRegions } from './build';
import { Case, cases } from './forms';

interface Finding {
  rule: string;
  severity: string;
  sheet: string;
  cell: string;
  message: string;
}
interface FileReport {
  file: string;
  regions: { sheet: string; kind: string; range: string }[];
  findings: Finding[];
}

let dir = '';
let built: { k: Case; file: string }[] = [];
const reports = new Map<string, FileReport>();

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clean5-'));
  built = await buildAll(dir);
  const io = capture();
  await runCli(['check', '--json', ...built.map((b) => b.file)], io);
  const doc = JSON.parse(io.stdout) as { files: FileReport[] };
  for (const f of doc.files) reports.set(path.basename(f.file), f);
}, 120000);

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('clean5: clean forms raise no false alarm', () => {
  it.each(cases().map((k) => [k.id, k] as [string, Case]))('%s', (id, k) => {
    const rep = reports.get(`${id}.xlsx`);
    expect(rep).toBeDefined();
    const got = (rep as FileReport).regions.map((r) => ({ sheet: r.sheet, kind: r.kind, range: r.range }));
    const sortKey = (x: { sheet: string; range: string }) => `${x.sheet}!${x.range}`;
    expect([...got].sort((a, b) => sortKey(a).localeCompare(sortKey(b)))).toEqual(
      [...expectedRegions(k)].sort((a, b) => sortKey(a).localeCompare(sortKey(b))),
    );
    // numbers typed as text in cells a formula reads may get an info `number-as-text` (DOMAIN §3)
    const findings = (rep as FileReport).findings.filter(
      (f) => !(k.textNumbers && f.rule === 'number-as-text'),
    );
    expect(findings.map((f) => `${f.rule} ${f.sheet}!${f.cell} ${f.message}`)).toEqual([]);
  });
});
