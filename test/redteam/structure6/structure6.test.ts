import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from '../../../src/cli/main';
import { capture } from '../../cli/capture';
import { buildAll, CASES } from './build';

/**
 * Structural variants of self-evaluation forms (DOMAIN §8): each case has a clean workbook (no finding)
 * and a workbook with one planted fault. Expectations are written by hand from DOMAIN §3 and §6; see
 * README.md for the reasoning per case.
 */

interface Region {
  sheet: string;
  kind: string;
  range: string;
}
interface Finding {
  rule: string;
  sheet: string;
  cell: string;
}
interface Expect {
  regions: Region[];
  clean: Finding[];
  fault: Finding[];
}

const S = '自评表';
const project = (range: string): Region => ({ sheet: S, kind: 'project', range });
const f = (rule: string, cell: string): Finding => ({ rule, sheet: S, cell });

// s09: numbers typed with a unit (`15分`, `10分`, `9.5分`) sit in cells the §4 formulas read. The red team
// expected number-as-text on each of them; DECISIONS.md (Checks) fires that rule only on pure numbers typed
// as text, as Excel's own check does (`15分` reads as 15 points with its unit, everywhere the checks read it),
// so the lead engineer expects none here — and the unmet full score still found through the units.
const textNumbers: Finding[] = [];

const EXPECT: Record<string, Expect> = {
  's01-no-erji': { regions: [project('A1:H20')], clean: [], fault: [f('score-over-max', 'G14')] },
  's02-single-indicator-col': {
    regions: [project('A1:H20')],
    clean: [],
    fault: [f('missing-reason', 'H15')],
  },
  's03-header-synonyms': { regions: [project('A1:I20')], clean: [], fault: [f('missing-reason', 'I17')] },
  's04-funds-below': { regions: [project('A1:I20')], clean: [], fault: [f('fund-score', 'I16')] },
  's05-funds-total-last': { regions: [project('A1:I20')], clean: [], fault: [f('fund-sum', 'F9')] },
  's06-two-row-funds-header': { regions: [project('A1:I21')], clean: [], fault: [f('rate', 'H7')] },
  's07-l1-every-row-blank-row': { regions: [project('A1:I21')], clean: [], fault: [f('blank', 'F19')] },
  's08-merged-weight': { regions: [project('A1:I20')], clean: [], fault: [f('weight-sum', 'G20')] },
  // number-as-text on s09 is asserted on its own below (a DOMAIN ambiguity, see README)
  's09-text-units': { regions: [project('A1:I20')], clean: [], fault: [f('unmet-full-score', 'H15')] },
  's10-title-blank-row': { regions: [project('A1:I20')], clean: [], fault: [f('score-rule', 'H13')] },
  's11-side-by-side-no-gap': {
    regions: [project('A1:I20'), project('J1:R20')],
    clean: [],
    fault: [f('over-budget', 'O6')],
  },
  's12-total-spaced': { regions: [project('A1:I20')], clean: [], fault: [f('total', 'H20')] },
  's13-heji-spaced': { regions: [project('A1:I20')], clean: [], fault: [f('weight-sum', 'G20')] },
  's14-zipingdefen-bottom': { regions: [project('A1:I20')], clean: [], fault: [f('blank', 'H20')] },
  's15-department-goals-national': {
    regions: [{ sheet: S, kind: 'department', range: 'A1:I22' }],
    clean: [],
    fault: [f('missing-reason', 'I19')],
  },
  's16-untitled': { regions: [project('A3:I20')], clean: [], fault: [f('fund-sum', 'D6')] },
};

interface FileResult {
  file: string;
  regions: Region[];
  findings: Finding[];
}

const key = (x: Finding): string => `${x.rule} ${x.sheet}!${x.cell}`;
const regionKey = (x: Region): string => `${x.sheet} ${x.kind} ${x.range}`;

let dir: string;
const results = new Map<string, FileResult>();

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'structure6-'));
  await buildAll(dir);
  const files = fs.readdirSync(dir).filter((n) => n.endsWith('.xlsx'));
  const io = capture();
  await runCli(['check', '--json', ...files.map((n) => path.join(dir, n))], io);
  const doc = JSON.parse(io.stdout) as { files: FileResult[] };
  for (const file of doc.files) results.set(path.basename(file.file), file);
}, 120000);

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

test('every case has an expectation', () => {
  expect(CASES.map((c) => c.id).sort()).toEqual(Object.keys(EXPECT).sort());
});

describe.each(CASES.map((c) => [c.id, c.what] as const))('%s — %s', (id) => {
  for (const variant of ['clean', 'fault'] as const) {
    test(`${variant}: regions`, () => {
      const got = results.get(`${id}-${variant}.xlsx`);
      expect(got).toBeDefined();
      const regions = (got as FileResult).regions.map((r) =>
        regionKey({ sheet: r.sheet, kind: r.kind, range: r.range }),
      );
      expect(regions.sort()).toEqual(EXPECT[id].regions.map(regionKey).sort());
    });
    test(`${variant}: findings`, () => {
      const got = results.get(`${id}-${variant}.xlsx`) as FileResult;
      const findings =
        id === 's09-text-units' ? got.findings.filter((x) => x.rule !== 'number-as-text') : got.findings;
      expect(findings.map(key).sort()).toEqual(EXPECT[id][variant].map(key).sort());
    });
  }
});

describe('s09-text-units — numbers typed with 分 in the cells the §4 formulas read', () => {
  // see the note on textNumbers above
  for (const variant of ['clean', 'fault'] as const) {
    test(`${variant}: no number-as-text on values typed with their unit (DECISIONS.md)`, () => {
      const got = results.get(`s09-text-units-${variant}.xlsx`) as FileResult;
      const findings = got.findings.filter((x) => x.rule === 'number-as-text');
      expect(findings.map(key).sort()).toEqual(textNumbers.map(key).sort());
    });
  }
});
