/**
 * Red-team: official self-evaluation templates (财政部 2020, 四川 2023, department-wide forms) filled with
 * realistic numbers, clean and with one planted fault per table. Expectations are derived by hand from
 * DOMAIN.md §3 (rule, cell) and §6 (range, kind); see README.md in this folder.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from '../../../src/cli/main';
import { capture } from '../../cli/capture';
import { buildAll } from './build';

interface Region {
  sheet: string;
  kind: string;
  range: string;
}

interface Expected {
  regions: Region[];
  /** `rule sheet!cell` */
  findings: string[];
}

const P = 'project';
const DEP = 'department';

const EXPECTED: Record<string, Expected> = {
  'mof2020-project-clean.xlsx': {
    regions: [{ sheet: '项目自评', kind: P, range: 'A1:I22' }],
    findings: [],
  },
  'mof2020-project-rate.xlsx': {
    regions: [{ sheet: '项目自评', kind: P, range: 'A1:I22' }],
    // 48.6 / 50 = 97.20%, shown 90.00%; funds score 9.72 follows the computed rate
    findings: ['rate 项目自评!G6'],
  },
  'mof2020-project-faults.xlsx': {
    regions: [
      { sheet: '超分', kind: P, range: 'A1:I22' },
      { sheet: '总分', kind: P, range: 'A1:I22' },
      { sheet: '分值', kind: P, range: 'A1:I22' },
    ],
    findings: [
      // 课程内容合规性 (row 16): 6 of 5 points, qualitative target (no score-rule)
      'score-over-max 超分!H16',
      // 9.72 + 89 = 98.72, typed 97.72
      'total 总分!H22',
      // funds 10 + 分值 column 85 = 95, declared 100
      'weight-sum 分值!G22',
    ],
  },
  'mof2020-placeholders.xlsx': {
    // 指标2： / …… / 指标1： untouched and an all-/ row: not indicators
    regions: [{ sheet: '自评表', kind: P, range: 'A1:I25' }],
    findings: [],
  },
  'stacked-shifted.xlsx': {
    regions: [
      // the 注： note (row 23) belongs to neither table
      { sheet: '两表', kind: P, range: 'A1:I22' },
      // second form: title row 25 .. 总分 row 46; the note and 填表人 line below are outside
      { sheet: '两表', kind: P, range: 'A25:I46' },
      { sheet: '偏移', kind: P, range: 'D3:L24' },
    ],
    findings: [
      // 培训人次 460 of ≥500, scored 13.8 (= 15 × 460 ÷ 500), reason empty
      'missing-reason 两表!I37',
      // 基层干部政策知晓率 (7th indicator, row 19 + 2, column F + 3)
      'blank 偏移!I21',
    ],
  },
  'sichuan2023-clean.xlsx': {
    // 报表编号 line (row 1) above the title; 评价结论/存在问题/改进措施 closing rows in; signature row 26 out
    regions: [{ sheet: '自评表', kind: P, range: 'A2:K25' }],
    findings: [],
  },
  'sichuan2023-faults.xlsx': {
    regions: [
      { sheet: '资金', kind: P, range: 'A2:K25' },
      { sheet: '指标', kind: P, range: 'A2:K25' },
      { sheet: '分项执行率', kind: P, range: 'A2:K25' },
    ],
    findings: [
      // 年初预算 总额 100, sub-rows 90 + 0 + 0 + blank
      'fund-sum 资金!D10',
      // 沿线群众满意度 86 of ≥90, 9.5 ≤ 10 × 86 ÷ 90, reason column empty
      'missing-reason 指标!K21',
      // 其中：财政资金 114.6 / 120 = 95.50%, shown 90.00%
      'rate 分项执行率!G11',
    ],
  },
  'dept-tasks-clean.xlsx': {
    regions: [{ sheet: '整体支出', kind: DEP, range: 'A1:I23' }],
    findings: [],
  },
  'dept-tasks-faults.xlsx': {
    regions: [
      { sheet: '资金', kind: DEP, range: 'A1:I23' },
      { sheet: '分值', kind: DEP, range: 'A1:I23' },
    ],
    findings: [
      // 年初预算数 年度资金总额 1150, 基本支出 640 + 项目支出 560 = 1200
      'fund-sum 资金!C9',
      // funds 10 + 85 = 95, declared 100
      'weight-sum 分值!G23',
    ],
  },
  'dept-labels-clean.xlsx': {
    regions: [{ sheet: '整体支出', kind: DEP, range: 'A1:I20' }],
    findings: [],
  },
  'dept-labels-faults.xlsx': {
    regions: [
      { sheet: '执行率', kind: DEP, range: 'A1:I20' },
      { sheet: '总分', kind: DEP, range: 'A1:I20' },
    ],
    findings: [
      // 项目支出 sub-row 334.8 / 360 = 93.00%, shown 95.00%
      'rate 执行率!G6',
      // 9.63 + 90 = 99.63, typed 98.63
      'total 总分!H18',
    ],
  },
};

interface CheckJson {
  files: {
    file: string;
    regions: (Region & { layout?: string })[];
    findings: { rule: string; sheet: string; cell: string }[];
  }[];
}

let dir: string;
let result: CheckJson;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'templates3-'));
  const files = await buildAll(dir);
  const io = capture();
  await runCli(['check', '--json', ...files], io);
  result = JSON.parse(io.stdout) as CheckJson;
}, 60000);

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function fileResult(name: string): CheckJson['files'][number] {
  const found = result.files.find((f) => path.basename(f.file) === name);
  if (!found) throw new Error(`no result for ${name}`);
  return found;
}

const key = (r: Region): string => `${r.sheet} ${r.kind} ${r.range}`;

describe.each(Object.keys(EXPECTED))('%s', (name) => {
  it('regions (sheet, kind, range)', () => {
    const got = fileResult(name)
      .regions.map((r) => key(r))
      .sort();
    expect(got).toEqual(EXPECTED[name].regions.map(key).sort());
  });

  it('findings (rule, sheet, cell)', () => {
    const got = [
      ...new Set(
        fileResult(name)
          .findings.filter((f) => f.rule !== 'target-changed')
          .map((f) => `${f.rule} ${f.sheet}!${f.cell}`),
      ),
    ].sort();
    expect(got).toEqual([...EXPECTED[name].findings].sort());
  });
});
