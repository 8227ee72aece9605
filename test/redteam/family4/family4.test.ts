/**
 * Red-team family 4: Hubei / Wuhan-family forms from other cities, districts and years. Expectations are stated
 * by hand in build.ts (rule and role of the cell); this test builds the workbooks, runs `selfeval check --json`
 * and compares regions (sheet, kind, range) and findings (rule, sheet, cell), leaving out score-rule and
 * target-changed.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from '../../../src/cli/main';
import { capture } from '../../cli/capture';
import { buildAll, Built } from './build';

interface OutFile {
  file: string;
  regions: Array<{ sheet: string; kind: string; range: string }>;
  findings: Array<{ rule: string; sheet: string; cell: string }>;
}

const IGNORED = new Set(['score-rule', 'target-changed']);

let built: Built[] = [];
let output: OutFile[] = [];

beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'selfeval-f4-'));
  built = await buildAll(dir);
  const io = capture();
  await runCli(['check', '--json', ...built.map((b) => b.path)], io);
  output = (JSON.parse(io.stdout) as { files: OutFile[] }).files;
}, 120000);

function key(x: object): string {
  return Object.values(x).join('|');
}

function sorted(xs: object[]): string[] {
  return xs.map(key).sort();
}

function fileOf(b: Built): OutFile {
  const f = output.find((o) => path.basename(o.file) === b.file);
  if (!f) throw new Error(`no output for ${b.file}`);
  return f;
}

const names = [
  'f4-01-yichang-2020.xlsx',
  'f4-02-xiangyang-2021.xlsx',
  'f4-03-jingzhou-2022-stacked.xlsx',
  'f4-04-huangshi-2023-shifted.xlsx',
  'f4-05-qingshan-2021.xlsx',
  'f4-06-jianghan-2022-untitled.xlsx',
  'f4-07-commerce-2020.xlsx',
  'f4-08-hongshan-dept-2021.xlsx',
  'f4-09-wuchang-dept-2022.xlsx',
  'f4-10-jinbu-2020.xlsx',
];

describe.each(names)('%s', (name) => {
  const b = (): Built => {
    const found = built.find((x) => x.file === name);
    if (!found) throw new Error(`not built: ${name}`);
    return found;
  };

  test('regions', () => {
    const got = fileOf(b()).regions.map((r) => ({ sheet: r.sheet, kind: r.kind, range: r.range }));
    expect(sorted(got)).toEqual(sorted(b().regions));
  });

  test('findings', () => {
    const got = fileOf(b())
      .findings.filter((f) => !IGNORED.has(f.rule))
      .map((f) => ({ rule: f.rule, sheet: f.sheet, cell: f.cell }));
    expect(sorted(got)).toEqual(sorted(b().findings));
  });
});
