import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from '../../../src/cli/main';
import { capture } from '../../cli/capture';
import { buildAll, WORKBOOKS } from './build';

/**
 * Red-team set 2 (forms rebuilt from real published forms; see README.md). Expectations are written by hand
 * from docs DOMAIN §3 and §6, not from the tool's output.
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
interface Expected {
  regions: Region[];
  findings: Finding[];
  /** DOMAIN findings of rules not implemented yet (target-changed): documented, not asserted */
  pending?: Finding[];
}

/** Rules the tool does not implement yet; left out of the exact comparison on both sides. */
const PENDING_RULES = new Set(['target-changed']);

const f = (rule: string, sheet: string, cell: string): Finding => ({ rule, sheet, cell });

const EXPECTED: Record<string, Expected> = {
  'p2-hebei-lf-published.xlsx': {
    regions: [{ sheet: '自评表', kind: 'project', range: 'A1:H40' }],
    // 得分 9 where 10 × min(37.24 / 43.2, 1) = 8.62
    // 数量 指标1工程资金金额: 43.2 → 37.24 scored 9 of 10; the rule allows 10 × 37.24 / 43.2 = 8.62
    findings: [f('fund-score', '自评表', 'H6'), f('score-rule', '自评表', 'G13')],
  },
  'p2-hebei-lf-clean-c4.xlsx': {
    regions: [{ sheet: '自评表', kind: 'project', range: 'C4:J43' }],
    findings: [],
  },
  'p2-hebei-lf-rate.xlsx': {
    regions: [{ sheet: '自评表', kind: 'project', range: 'A1:H40' }],
    findings: [f('rate', '自评表', 'G6')],
  },
  'p2-hebei-lf-reason-untitled.xlsx': {
    regions: [{ sheet: '自评表', kind: 'project', range: 'A1:H38' }],
    findings: [f('unmet-full-score', '自评表', 'G15'), f('missing-reason', '自评表', 'H15')],
  },
  'p2-hunan-hs-published.xlsx': {
    regions: [{ sheet: '附件', kind: 'department', range: 'A12:H31' }],
    findings: [],
  },
  'p2-hunan-hs-rate.xlsx': {
    regions: [{ sheet: '附件', kind: 'department', range: 'A12:H31' }],
    // 1925.67 / 2030.12 = 94.86% shown as 100%; 自评得分 10 where 10 × 94.86% = 9.49. The red team expected
    // fund-score too; DECISIONS.md (Checks) reports a funds score that follows the wrong rate shown as the
    // rate's echo, so the lead engineer kept only the rate here.
    findings: [f('rate', '附件', 'G15')],
  },
  'p2-hunan-hs-total.xlsx': {
    regions: [{ sheet: '整体自评', kind: 'department', range: 'A1:H20' }],
    findings: [f('total', '整体自评', 'G20')],
  },
  'p2-hubei-th-published.xlsx': {
    regions: [{ sheet: 'Sheet1', kind: 'department', range: 'A1:G16' }],
    findings: [],
  },
  'p2-hubei-th-reason.xlsx': {
    regions: [{ sheet: 'Sheet1', kind: 'department', range: 'A1:G16' }],
    // 满意度 85% against ≧90%; the closing 偏差大或目标未完成原因分析 says only 无 (a blank)
    findings: [f('missing-reason', 'Sheet1', 'B15')],
  },
  'p2-hubei-hg-published.xlsx': {
    regions: [{ sheet: '自评表', kind: 'project', range: 'A1:G20' }],
    // 年度绩效目标1（40分） scores 39.6 (整编资料审核 19.6) and 偏差大或目标未完成原因分析 is empty
    findings: [f('missing-reason', '自评表', 'B19')],
  },
  'p2-hubei-hg-wan.xlsx': {
    regions: [{ sheet: '自评表', kind: 'project', range: 'B2:H21' }],
    // 预算数 `10万` and 执行数 `9.5万` are text the 执行率 formula reads. The red team expected
    // number-as-text; DECISIONS.md (Checks) fires it only on pure numbers typed as text, as Excel's own check
    // does (`86.40万元` reads as a number with its unit), so the lead engineer expects nothing here.
    findings: [],
  },
  'p2-stacked.xlsx': {
    regions: [
      { sheet: '汇总', kind: 'project', range: 'A1:G20' },
      { sheet: '汇总', kind: 'department', range: 'A24:G39' },
    ],
    findings: [f('missing-reason', '汇总', 'B38')],
  },
};

const byRegion = (a: Region, b: Region) => `${a.sheet}!${a.range}`.localeCompare(`${b.sheet}!${b.range}`);
const byFinding = (a: Finding, b: Finding) =>
  `${a.sheet}!${a.cell}!${a.rule}`.localeCompare(`${b.sheet}!${b.cell}!${b.rule}`);

interface FileResult {
  file: string;
  regions: Region[];
  findings: Finding[];
}

describe('red team, provinces set 2 (rebuilt real forms)', () => {
  let dir: string;
  const results = new Map<string, FileResult>();

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'selfeval-p2-'));
    const files = await buildAll(dir);
    const io = capture();
    await runCli(['check', '--json', ...files], io);
    const doc = JSON.parse(io.stdout) as { files: FileResult[] };
    for (const r of doc.files) results.set(path.basename(r.file), r);
  }, 60000);

  afterAll(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('has one expectation per workbook', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(WORKBOOKS.map((w) => w.file).sort());
  });

  for (const spec of WORKBOOKS) {
    describe(spec.file, () => {
      const exp = EXPECTED[spec.file];

      it('finds the regions', () => {
        const got = results.get(spec.file);
        expect(got).toBeDefined();
        const regions = (got?.regions ?? []).map(({ sheet, kind, range }) => ({ sheet, kind, range }));
        expect(regions.sort(byRegion)).toEqual([...exp.regions].sort(byRegion));
      });

      it('reports exactly the expected findings', () => {
        const got = results.get(spec.file);
        const findings = (got?.findings ?? [])
          .filter((x) => !PENDING_RULES.has(x.rule))
          .map(({ rule, sheet, cell }) => ({ rule, sheet, cell }));
        expect(findings.sort(byFinding)).toEqual([...exp.findings].sort(byFinding));
      });
    });
  }
});
