/**
 * Red team, provinces: workbooks rebuilt from real published self-evaluation forms of counties, towns
 * and cities in Anhui, Sichuan, Yunnan, Guizhou and Ningxia (see README.md), run through the CLI
 * (`selfeval check --json`). Expectations are written by hand from DOMAIN.md §3 and §6: the regions
 * (sheet, kind, range) and the set of findings (rule, sheet, cell). `layout` is not asserted.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/main';
import { capture } from '../../cli/capture';
import { buildWorkbook, WorkbookSpec } from './build';
import {
  dropTopRows,
  Form,
  P01_CHIZHOU,
  P02_TIANCHANG,
  P03_DAYING_ANKE,
  P04_QINGSHEN_WAGES,
  P05_DAYING_WAGES,
  P06_LIJIANG,
  P07_SUIYANG_DEPT,
  P08_YINCHUAN,
  P09_LIJIANG_NO_FUNDS,
  patch,
} from './forms';

interface ExpectedRegion {
  sheet: string;
  kind: 'project' | 'department' | 'target';
  range: string;
}

interface ExpectedFinding {
  rule: string;
  sheet: string;
  cell: string;
}

interface Case {
  name: string;
  spec: WorkbookSpec;
  regions: ExpectedRegion[];
  findings: ExpectedFinding[];
}

const S = '自评表';
const pct = (n: number) => ({ n, fmt: '0.00%' });

/** A workbook holding one form on sheet 自评表 at `at`. */
function single(file: string, form: Form, at = 'A1'): WorkbookSpec {
  return { file, sheets: [{ name: S, forms: [{ form, at }] }] };
}

const f = (rule: string, cell: string, sheet = S): ExpectedFinding => ({ rule, sheet, cell });
const project = (range: string, sheet = S): ExpectedRegion => ({ sheet, kind: 'project', range });
const department = (range: string, sheet = S): ExpectedRegion => ({ sheet, kind: 'department', range });

// ---- variants -------------------------------------------------------------------------------------

const p01Clean = patch(P01_CHIZHOU, 'p01-clean', {
  C6: 90,
  D6: 89.974,
  E6: 89.974,
  G6: pct(1),
  H6: 10,
  H24: 100,
});
const p02Clean = patch(P02_TIANCHANG, 'p02-clean', {
  E16: '合格',
  F16: '合格',
  E19: '100%',
  F19: '100%',
  E22: '≤880万元',
  F22: '880万元',
  E25: '安全度汛',
  F25: '安全度汛',
  E28: '无损失',
  F28: '无损失',
  E34: '良性运行',
  F34: '良性运行',
});
const p04Clean = patch(P04_QINGSHEN_WAGES, 'p04-clean', {
  H9: 10,
  H15: 100,
  H16: 100,
  J15: 60,
  J16: 30,
  J17: 100,
  B18: '项目自评总分100分，工资及社保全部按时足额发放缴纳。',
  B19: '无',
  B20: '无',
});
const p05Unmet = patch(P05_DAYING_WAGES, 'p05-unmet', { H15: 12 });
const p06Clean = patch(P06_LIJIANG, 'p06-clean', { I13: 10, I14: 20, I15: 20, I16: 30, I17: 10, I18: 100 });
const p07Clean = patch(P07_SUIYANG_DEPT, 'p07-clean', { D5: 1172.55, D7: 257.58 });
const p08Clean = patch(P08_YINCHUAN, 'p08-clean', { G14: 10, G22: 5, G29: 15, G33: 10, F4: 100, G37: 100 });

const cases: Case[] = [
  // P01 安徽池州棠溪镇 委托业务项目
  {
    name: 'P01 池州棠溪镇 real: 年度资金总额 0 while 本年财政拨款 is 90/89.974/89.974',
    spec: single('p01-real.xlsx', P01_CHIZHOU),
    regions: [project('A1:I24')],
    findings: [f('fund-sum', 'C6'), f('fund-sum', 'D6'), f('fund-sum', 'E6')],
  },
  {
    name: 'P01 池州棠溪镇 clean (empty 经济效益指标 row left in)',
    spec: single('p01-clean.xlsx', p01Clean),
    regions: [project('A1:I24')],
    findings: [],
  },
  {
    name: 'P01 池州棠溪镇 planted: 执行率 90% over 89.974/89.974',
    spec: single('p01-rate.xlsx', patch(p01Clean, 'p01-rate', { G6: pct(0.9) })),
    regions: [project('A1:I24')],
    findings: [f('rate', 'G6')],
  },
  {
    name: 'P01 池州棠溪镇 planted: 时效 score 10 of 8 (total follows)',
    spec: single('p01-over.xlsx', patch(p01Clean, 'p01-over', { F16: '按计划完成', H16: 10, H24: 102 })),
    regions: [project('A1:I24')],
    findings: [f('score-over-max', 'H16')],
  },
  // P02 安徽天长市水利局 水旱灾害防御经费
  {
    name: 'P02 天长水利局 real: six indicators with empty 实际完成值, placeholders and a / row left in',
    spec: single('p02-real.xlsx', P02_TIANCHANG),
    regions: [project('A1:I40')],
    findings: ['F16', 'F19', 'F22', 'F25', 'F28', 'F34'].map((c) => f('blank', c)),
  },
  {
    name: 'P02 天长水利局 clean: placeholders 指标2：/…… and the 指标1：/ row yield nothing',
    spec: single('p02-clean.xlsx', p02Clean),
    regions: [project('A1:I40')],
    findings: [],
  },
  {
    name: 'P02 天长水利局 planted: 年初预算数 sub-row 870 under a total of 880',
    spec: single('p02-fundsum.xlsx', patch(p02Clean, 'p02-fundsum', { C7: 870 })),
    regions: [project('A1:I40')],
    findings: [f('fund-sum', 'C6')],
  },
  // P03 四川大英县司法局 安可替代补助
  {
    name: 'P03 大英县安可 real: 调整后预算数, 权重, 合计, 评价结论…改进措施, signature line outside',
    spec: single('p03-real.xlsx', P03_DAYING_ANKE),
    regions: [project('A1:K18')],
    findings: [],
  },
  {
    name: 'P03 大英县安可 planted: 预算执行率 99.00% over 3.36/3.36',
    spec: single('p03-rate.xlsx', patch(P03_DAYING_ANKE, 'p03-rate', { F8: '99.00%' })),
    regions: [project('A1:K18')],
    findings: [f('rate', 'F8')],
  },
  {
    name: 'P03 大英县安可 planted: =100% target, 完成值 80, 72 of 90, no 未完成原因分析',
    spec: single('p03-short.xlsx', patch(P03_DAYING_ANKE, 'p03-short', { H14: 80, J14: 72, J15: 82 })),
    regions: [project('A1:K18')],
    findings: [f('missing-reason', 'K14')],
  },
  // P04 四川青神县发改局 工资性支出
  {
    name: 'P04 青神县工资性支出 real: template published unfilled (完成值, 得分, funds 得分, 合计 empty)',
    spec: single('p04-real.xlsx', P04_QINGSHEN_WAGES),
    regions: [project('A2:K20')],
    findings: ['H9', 'H15', 'H16', 'J15', 'J16', 'J17'].map((c) => f('blank', c)),
  },
  {
    name: 'P04 青神县工资性支出 clean: 年初 238.93, 调整后 251.89, 执行 251.89 = 100%',
    spec: single('p04-clean.xlsx', p04Clean),
    regions: [project('A2:K20')],
    findings: [],
  },
  {
    name: 'P04 青神县工资性支出 planted: funds 得分 9 at 100%',
    spec: single('p04-fundscore.xlsx', patch(p04Clean, 'p04-fundscore', { H9: 9, J17: 99 })),
    regions: [project('A2:K20')],
    findings: [f('fund-score', 'H9')],
  },
  // P05 四川大英县 工资福利 (four indicators of 22.5), shifted to C4
  {
    name: 'P05 大英县工资福利 clean, shifted to C4',
    spec: single('p05-clean-c4.xlsx', P05_DAYING_WAGES, 'C4'),
    regions: [project('C4:M24')],
    findings: [],
  },
  {
    name: 'P05 大英县工资福利 planted, shifted to C4: 科目调整次数 12 against ≤10, full 22.5, no reason',
    spec: single('p05-unmet-c4.xlsx', p05Unmet, 'C4'),
    regions: [project('C4:M24')],
    findings: [f('unmet-full-score', 'L18'), f('missing-reason', 'M18')],
  },
  {
    name: 'P03+P05 大英县 stacked: two forms on one sheet, signature line and a note between',
    spec: {
      file: 'p03-p05-stacked.xlsx',
      sheets: [
        {
          name: '大英县',
          forms: [
            { form: P03_DAYING_ANKE, at: 'A1' },
            { form: p05Unmet, at: 'A23' },
          ],
          notes: { A21: '注：以下为同一主管部门另一项目的自评表。' },
        },
      ],
    },
    regions: [project('A1:K18', '大英县'), project('A23:K43', '大英县')],
    findings: [f('unmet-full-score', 'J37', '大英县'), f('missing-reason', 'K37', '大英县')],
  },
  // P06 云南丽江古城区 卫片执法补助经费 (two-row header)
  {
    name: 'P06 丽江卫片执法 real: targets met, 10% off every score, no 偏差原因',
    spec: single('p06-real.xlsx', P06_LIJIANG),
    regions: [project('A1:K18')],
    findings: ['J13', 'J14', 'J15', 'J16', 'J17'].map((c) => f('missing-reason', c)),
  },
  {
    name: 'P06 丽江卫片执法 clean: ﹦/≥ + 指标值 + 度量单位 under 年度指标值',
    spec: single('p06-clean.xlsx', p06Clean),
    regions: [project('A1:K18')],
    findings: [],
  },
  {
    name: 'P06 丽江卫片执法 planted: blank 实际完成值 and 总分 95 for 100',
    spec: single('p06-blank-total.xlsx', patch(p06Clean, 'p06-bt', { G16: '', I18: 95 })),
    regions: [project('A1:K18')],
    findings: [f('blank', 'G16'), f('total', 'I18')],
  },
  {
    name: 'P06 丽江卫片执法 clean without its title row',
    spec: single('p06-untitled.xlsx', dropTopRows(p06Clean, 'p06-untitled', 1)),
    regions: [project('A1:K17')],
    findings: [],
  },
  // P09 丽江 indicator table without a funds block
  {
    name: 'P09 丽江 no funds block: indicator table under a 自评表 title, 总分 90',
    spec: single('p09-clean.xlsx', P09_LIJIANG_NO_FUNDS),
    regions: [project('A1:K11')],
    findings: [],
  },
  {
    name: 'P09 丽江 no funds block planted: 责停率 90 against ≥95, 27 of 30, no reason',
    spec: single('p09-short.xlsx', patch(P09_LIJIANG_NO_FUNDS, 'p09-short', { G9: 90, I9: 27, I11: 87 })),
    regions: [project('A1:K11')],
    findings: [f('missing-reason', 'J9')],
  },
  // P07 贵州绥阳县太白镇 部门整体支出绩效自评表
  {
    name: 'P07 绥阳太白镇 department real: executed 1268.72 of 1172.55',
    spec: single('p07-real.xlsx', P07_SUIYANG_DEPT),
    regions: [department('A1:I20')],
    findings: [f('over-budget', 'D5')],
  },
  {
    name: 'P07 绥阳太白镇 department clean, shifted to B3 (sub-rows repeat 分值 10 / 得分 10)',
    spec: single('p07-clean-b3.xlsx', p07Clean, 'B3'),
    regions: [department('B3:J22')],
    findings: [],
  },
  {
    name: 'P07 绥阳太白镇 department planted: 基本支出 budget 975.19 and a score 17 of 15',
    spec: single('p07-faults.xlsx', patch(p07Clean, 'p07-faults', { C6: 975.19, I16: 17, I20: 102 })),
    regions: [department('A1:I20')],
    findings: [f('fund-sum', 'C5'), f('score-over-max', 'I16')],
  },
  // P08 宁夏银川市 初中公用经费
  {
    name: 'P08 银川初中公用经费 real: four shortfalls without reason, 自评得分 98 for 94',
    spec: single('p08-real.xlsx', P08_YINCHUAN),
    regions: [project('A1:H37')],
    findings: [
      f('missing-reason', 'H14'),
      f('missing-reason', 'H22'),
      f('missing-reason', 'H29'),
      f('missing-reason', 'H33'),
      f('total', 'F4'),
    ],
  },
  {
    name: 'P08 银川初中公用经费 clean: 分值 before 指标值, placeholders 指标1：/指标2： left in',
    spec: single('p08-clean.xlsx', p08Clean),
    regions: [project('A1:H37')],
    findings: [],
  },
  {
    name: 'P08 银川初中公用经费 planted: a 指标2： placeholder carrying 2 points and 2, no value',
    spec: single(
      'p08-placeholder.xlsx',
      patch(p08Clean, 'p08-placeholder', { D22: 3, G22: 3, D23: 2, G23: 2 }),
    ),
    regions: [project('A1:H37')],
    findings: [f('blank', 'F23')],
  },
];

interface CheckJson {
  files: {
    file: string;
    regions: { sheet: string; kind: string; range: string }[];
    findings: { rule: string; sheet: string; cell: string }[];
  }[];
}

const dir = mkdtempSync(join(tmpdir(), 'selfeval-provinces-'));

async function check(spec: WorkbookSpec): Promise<CheckJson['files'][number]> {
  const path = join(dir, spec.file);
  await buildWorkbook(spec, path);
  const io = capture();
  await runCli(['check', '--json', path], io);
  const doc = JSON.parse(io.stdout) as CheckJson;
  return doc.files[0];
}

const regionKey = (r: { sheet: string; kind: string; range: string }) => `${r.sheet}!${r.range} ${r.kind}`;
const findingKey = (x: { rule: string; sheet: string; cell: string }) => `${x.rule} ${x.sheet}!${x.cell}`;

describe('red team: forms rebuilt from published provincial, city and county self-evaluations', () => {
  for (const c of cases) {
    test(c.name, async () => {
      const got = await check(c.spec);
      expect({
        regions: got.regions.map(regionKey).sort(),
        findings: [...new Set(got.findings.map(findingKey))].sort(),
      }).toEqual({
        regions: c.regions.map(regionKey).sort(),
        findings: c.findings.map(findingKey).sort(),
      });
    });
  }
});
