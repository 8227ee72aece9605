/**
 * Red-team variants (DOMAIN §8): synthetic workbooks of every variant seen in published forms, each table
 * clean or with one planted fault. Expectations are written by hand from DOMAIN §3 (rule, cell) and §6
 * (range, kind); see README.md for the derivations.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/main';
import { capture } from '../../cli/capture';
import { buildWorkbook, WorkbookDef } from './build';
import {
  COUNTY,
  DECOYS,
  DEPARTMENT,
  LABELS,
  LAYOUT,
  LEFTOVERS,
  NO_FUNDS,
  ORDER,
  SYNONYMS,
  TITLES,
  TWO_ROW,
} from './cases';

interface ExpectedRegion {
  sheet: string;
  kind: string;
  range: string;
}
interface ExpectedFinding {
  rule: string;
  sheet: string;
  cell: string;
}
interface Expected {
  regions: ExpectedRegion[];
  findings: ExpectedFinding[];
}

interface CheckJson {
  files: {
    file: string;
    regions?: (ExpectedRegion & Record<string, unknown>)[];
    findings?: (ExpectedFinding & Record<string, unknown>)[];
    error?: string;
  }[];
}

const p = (sheet: string, range: string): ExpectedRegion => ({ sheet, kind: 'project', range });
const d = (sheet: string, range: string): ExpectedRegion => ({ sheet, kind: 'department', range });
const f = (rule: string, sheet: string, cell: string): ExpectedFinding => ({ rule, sheet, cell });

/** Hand-derived expectations, one entry per workbook. */
const CASES: [WorkbookDef, Expected][] = [
  [
    SYNONYMS,
    {
      regions: [
        p('T1-clean', 'A1:I20'),
        p('T1-rate', 'A1:I20'),
        p('T2-clean', 'A1:I20'),
        p('T2-fundscore', 'A1:I20'),
        p('T3-clean', 'A1:I20'),
        p('T3-overbudget', 'A1:I20'),
        p('T4-clean', 'A1:I20'),
        p('T4-fundsum', 'A1:I20'),
      ],
      findings: [
        // 执行率 shown 90.00%, 95/100 = 95%
        f('rate', 'T1-rate', 'H6'),
        // 得分 10, 10 × min(95/100, 1) = 9.5
        f('fund-score', 'T2-fundscore', 'I6'),
        // 全年执行 105 > 全年预算数 100
        f('over-budget', 'T3-overbudget', 'F6'),
        // 全年执行数 total 95, sub-rows 76 + 18 + 0 = 94
        f('fund-sum', 'T4-fundsum', 'F6'),
      ],
    },
  ],
  [
    ORDER,
    {
      regions: [p('order-clean', 'A1:K20'), p('order-scorerule', 'A1:K20')],
      // 450 of ≥500人次 with 20 points allows 20 × 450 / 500 = 18; shown 19.5 (reason given)
      findings: [f('score-rule', 'order-scorerule', 'J13')],
    },
  ],
  [
    TWO_ROW,
    {
      regions: [p('tworow-clean', 'A1:K21'), p('tworow-unmet', 'A1:K21')],
      // ≥ | 90 | % (≥90%) not met by 85%, yet the full 10 points (reason given)
      findings: [f('unmet-full-score', 'tworow-unmet', 'J20')],
    },
  ],
  [
    COUNTY,
    {
      regions: [p('county-clean', 'A1:I24'), p('county-rate', 'A1:I24'), p('county-total', 'A1:I24')],
      findings: [
        // shown 108.00% = 108/年初 100; the rate is 108/调整后 120 = 90%
        f('rate', 'county-rate', 'H6'),
        // 合计 得分 99.5, 9 + 89.5 = 98.5
        f('total', 'county-total', 'H21'),
      ],
    },
  ],
  [
    LABELS,
    {
      regions: [p('labels-clean', 'A1:I20'), p('labels-weight', 'A1:I20')],
      // 产出指标(40分) over 20 + 15 + 10 + 5 = 50
      findings: [f('weight-sum', 'labels-weight', 'B13')],
    },
  ],
  [
    TITLES,
    {
      regions: [
        p('title-2020', 'A1:I20'),
        p('title-goal-weight', 'A1:I20'),
        p('notitle-clean', 'A1:I18'),
        p('notitle-reason', 'A1:I18'),
        p('bare-indicators', 'A1:H9'),
      ],
      findings: [
        // 10 + 19 + 15 + 10 + 5 + 20 + 10 + 10 = 99 ≠ 100
        f('weight-sum', 'title-goal-weight', 'G20'),
        // 93% of ≥95%, 14.5 of 15, reason empty
        f('missing-reason', 'notitle-reason', 'I12'),
      ],
    },
  ],
  [
    DEPARTMENT,
    {
      regions: [d('dept-clean', 'A1:I18'), d('dept-fundsum', 'A1:I18')],
      // 全年执行数 475, 基本支出 290 + 项目支出 180 = 470
      findings: [f('fund-sum', 'dept-fundsum', 'F5')],
    },
  ],
  [
    LEFTOVERS,
    {
      regions: [p('left-clean', 'A1:I34'), p('left-filled', 'A1:I34')],
      // 指标2： carries 分值 5 and 得分 5: an indicator, and its 实际完成值 is empty
      findings: [f('blank', 'left-filled', 'F14')],
    },
  ],
  [
    NO_FUNDS,
    {
      regions: [
        p('nofunds-clean', 'A1:I13'),
        p('nofunds-overmax', 'A1:I13'),
        p('noscore-clean', 'A1:F10'),
        p('noscore-reason', 'A1:F10'),
      ],
      findings: [
        // 培训长效机制 得分 12 > 分值 10
        f('score-over-max', 'nofunds-overmax', 'H11'),
        // 93% of ≥95% with no reason; no score columns, so no score checks
        f('missing-reason', 'noscore-reason', 'F5'),
      ],
    },
  ],
  [
    DECOYS,
    {
      regions: [p('summary-then-form', 'A9:I28')],
      findings: [],
    },
  ],
  [
    LAYOUT,
    {
      regions: [
        p('stacked', 'A1:I20'),
        p('stacked', 'A23:I42'),
        p('stacked', 'A45:I64'),
        p('shifted-clean', 'D5:L24'),
        p('shifted-rate', 'D5:L24'),
        p('side-by-side', 'A1:I20'),
        p('side-by-side', 'K1:S20'),
      ],
      findings: [
        // second form: 得分 10 where 10 × 95% = 9.5
        f('fund-score', 'stacked', 'I28'),
        // third form: 93% of ≥95%, reason empty
        f('missing-reason', 'stacked', 'I58'),
        // 执行率 90.00% shown, 95/100
        f('rate', 'shifted-rate', 'K10'),
        // 总分 98, 9.5 + 89.5 = 99
        f('total', 'side-by-side', 'R20'),
      ],
    },
  ],
];

const dir = mkdtempSync(join(tmpdir(), 'selfeval-variants-'));

const regionKey = (r: ExpectedRegion) => `${r.sheet}!${r.range} ${r.kind}`;
const findingKey = (x: ExpectedFinding) => `${x.rule} ${x.sheet}!${x.cell}`;
const sorted = (xs: string[]) => [...xs].sort();

describe('DOMAIN §8 variants', () => {
  test.each(CASES.map(([def, exp]) => [def.file, def, exp] as const))('%s', async (_name, def, exp) => {
    const path = await buildWorkbook(def, dir);
    const io = capture();
    await runCli(['check', '--json', path], io);
    expect(io.stderr).toBe('');
    const doc = JSON.parse(io.stdout) as CheckJson;
    expect(doc.files).toHaveLength(1);
    const file = doc.files[0];
    expect(file.error).toBeUndefined();
    // one comparison, so that a failure shows every disagreement of the workbook at once
    expect({
      regions: sorted((file.regions ?? []).map(regionKey)),
      findings: sorted((file.findings ?? []).map(findingKey)),
    }).toEqual({
      regions: sorted(exp.regions.map(regionKey)),
      findings: sorted(exp.findings.map(findingKey)),
    });
  });
});
