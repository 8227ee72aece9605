/**
 * `npm run bench`: how long the .xlsx path takes on a big workbook. Builds in memory one sheet of stacked
 * national tables (DOMAIN.md §1/§4, about 24 rows each, a few planted faults), writes it to a buffer, then
 * times ExcelJS parsing, snapshot building and detection + checking at 30, 100 and 300 tables.
 * It prints figures only and asserts nothing: timings depend on the machine. Last, the task pane's initial
 * JavaScript size (building the add-in first when there is no build).
 */
import * as ExcelJS from 'exceljs';
import { performance } from 'node:perf_hooks';
import { analyzeSheet } from '../src/core/analyze';
import { openWorkbook } from '../src/hosts/file/readWorkbook';
import { snapshotOfWorksheet, workbookContext } from '../src/hosts/file/snapshot';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_DIR, buildAddin, taskpaneBundleSize } from './bundleSize';

const SIZES = [30, 100, 300];
const ROWS_PER_TABLE = 22;
const GAP_ROWS = 2;

interface IndicatorLine {
  level1: string;
  level2: string;
  name: string;
  target: string;
  actual: string;
  weight: number;
}

const INDICATORS: IndicatorLine[] = [
  {
    level1: '产出指标',
    level2: '数量指标',
    name: '开展矛盾纠纷排查次数',
    target: '≥12次',
    actual: '12次',
    weight: 10,
  },
  {
    level1: '产出指标',
    level2: '数量指标',
    name: '培训调解员人数',
    target: '≥200人',
    actual: '236人',
    weight: 10,
  },
  { level1: '产出指标', level2: '质量指标', name: '调解成功率', target: '≥95%', actual: '98.8%', weight: 10 },
  { level1: '产出指标', level2: '质量指标', name: '案件办结率', target: '100%', actual: '100%', weight: 10 },
  {
    level1: '产出指标',
    level2: '时效指标',
    name: '资金支付及时率',
    target: '100%',
    actual: '100%',
    weight: 5,
  },
  {
    level1: '产出指标',
    level2: '成本指标',
    name: '人均培训成本',
    target: '≤300元',
    actual: '280元',
    weight: 5,
  },
  {
    level1: '效益指标',
    level2: '社会效益指标',
    name: '群众安全感',
    target: '≥95%',
    actual: '96.2%',
    weight: 15,
  },
  {
    level1: '效益指标',
    level2: '社会效益指标',
    name: '矛盾纠纷化解率',
    target: '≥90%',
    actual: '93%',
    weight: 15,
  },
  {
    level1: '满意度指标',
    level2: '服务对象满意度指标',
    name: '群众满意度',
    target: '≥90%',
    actual: '95%',
    weight: 10,
  },
];

interface Planted {
  fundSum: number;
  overMax: number;
  missingReason: number;
  rate: number;
}

/** One national table at row `top` (1-based); returns nothing, counts the faults it plants. */
function writeTable(ws: ExcelJS.Worksheet, top: number, index: number, planted: Planted): void {
  const cell = (r: number, c: string) => ws.getCell(`${c}${top + r}`);
  const merge = (a: string, b: string) => ws.mergeCells(`${a}:${b}`);
  cell(0, 'A').value = '项目支出绩效自评表';
  merge(`A${top}`, `I${top}`);
  cell(1, 'A').value = '（2021年度）';
  merge(`A${top + 1}`, `I${top + 1}`);
  cell(2, 'A').value = '项目名称';
  cell(2, 'B').value = `第${index + 1}号综治专项经费`;
  merge(`B${top + 2}`, `I${top + 2}`);
  cell(3, 'A').value = '主管部门';
  cell(3, 'B').value = '区委政法委';
  merge(`B${top + 3}`, `E${top + 3}`);
  cell(3, 'F').value = '实施单位';
  cell(3, 'G').value = '区委政法委';
  merge(`G${top + 3}`, `I${top + 3}`);

  cell(4, 'A').value = '项目资金（万元）';
  merge(`A${top + 4}`, `A${top + 8}`);
  ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'].forEach((h, i) => {
    cell(4, 'CDEFGH'[i]).value = h;
  });
  const budget = 100 + (index % 17) * 10;
  const actual = Math.round(budget * 0.9 * 100) / 100;
  const parts: [string, number, number][] = [
    ['其中：当年财政拨款', budget - 20, actual - 20],
    ['上年结转资金', 20, 20],
    ['其他资金', 0, 0],
  ];
  const r5 = top + 5;
  cell(5, 'B').value = '年度资金总额';
  cell(5, 'C').value = budget;
  let shownBudget = budget;
  if (index % 25 === 7) {
    shownBudget = budget + 5; // total no longer the sum of its parts
    planted.fundSum++;
  }
  cell(5, 'D').value = shownBudget;
  cell(5, 'E').value = actual;
  cell(5, 'F').value = 10;
  let rate = actual / shownBudget;
  if (index % 60 === 5) {
    rate = 0.95; // typed over instead of recomputed
    planted.rate++;
  }
  cell(5, 'G').value = { formula: `IF(N(D${r5})=0,"",E${r5}/D${r5})`, result: rate };
  cell(5, 'G').numFmt = '0.00%';
  const fundsScore = Math.round(10 * Math.min(rate, 1) * 100) / 100;
  cell(5, 'H').value = { formula: `IF(G${r5}="","",ROUND(F${r5}*MIN(G${r5},1),2))`, result: fundsScore };
  parts.forEach(([label, b, a], i) => {
    const r = 6 + i;
    cell(r, 'B').value = label;
    cell(r, 'C').value = b;
    cell(r, 'D').value = b;
    cell(r, 'E').value = a;
    cell(r, 'F').value = '—';
    cell(r, 'H').value = '—';
  });

  cell(9, 'A').value = '年度总体目标';
  merge(`A${top + 9}`, `A${top + 10}`);
  cell(9, 'B').value = '预期目标';
  merge(`B${top + 9}`, `E${top + 9}`);
  cell(9, 'F').value = '实际完成情况';
  merge(`F${top + 9}`, `I${top + 9}`);
  cell(10, 'B').value = '完成年度矛盾纠纷排查化解和调解员培训任务。';
  merge(`B${top + 10}`, `E${top + 10}`);
  cell(10, 'F').value = '已按计划完成。';
  merge(`F${top + 10}`, `I${top + 10}`);

  cell(11, 'A').value = '绩效指标';
  [
    '一级指标',
    '二级指标',
    '三级指标',
    '年度指标值',
    '实际完成值',
    '分值',
    '得分',
    '偏差原因分析及改进措施',
  ].forEach((h, i) => (cell(11, 'BCDEFGHI'[i]).value = h));
  const first = 12;
  let scoreSum = 0;
  INDICATORS.forEach((ind, i) => {
    const r = first + i;
    let actualText = ind.actual;
    let score = ind.weight;
    if (i === 2 && index % 50 === 11) {
      actualText = '90%'; // short of ≥95%, points taken off, no reason given
      score = ind.weight - 2;
      planted.missingReason++;
    }
    if (i === 0 && index % 40 === 3) {
      score = ind.weight + 2; // more than the weight
      planted.overMax++;
    }
    scoreSum += score;
    cell(r, 'B').value = ind.level1;
    cell(r, 'C').value = ind.level2;
    cell(r, 'D').value = ind.name;
    cell(r, 'E').value = ind.target;
    cell(r, 'F').value = actualText;
    cell(r, 'G').value = ind.weight;
    cell(r, 'H').value = score;
  });
  merge(`A${top + first - 1}`, `A${top + first + INDICATORS.length - 1}`);
  merge(`B${top + first}`, `B${top + first + 5}`);
  merge(`B${top + first + 6}`, `B${top + first + 7}`);
  merge(`C${top + first}`, `C${top + first + 1}`);
  merge(`C${top + first + 2}`, `C${top + first + 3}`);
  merge(`C${top + first + 6}`, `C${top + first + 7}`);

  const totalRow = first + INDICATORS.length;
  const rt = top + totalRow;
  const firstInd = top + first;
  const lastInd = rt - 1;
  cell(totalRow, 'A').value = '总分';
  merge(`A${rt}`, `F${rt}`);
  cell(totalRow, 'G').value = { formula: `F${r5}+SUM(G${firstInd}:G${lastInd})`, result: 100 };
  cell(totalRow, 'H').value = {
    formula: `ROUND(H${r5}+SUM(H${firstInd}:H${lastInd}),2)`,
    result: Math.round((fundsScore + scoreSum) * 100) / 100,
  };
}

function buildWorkbook(tables: number): { workbook: ExcelJS.Workbook; planted: Planted } {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('自评表');
  const planted: Planted = { fundSum: 0, overMax: 0, missingReason: 0, rate: 0 };
  for (let i = 0; i < tables; i++) writeTable(ws, 1 + i * (ROWS_PER_TABLE + GAP_ROWS), i, planted);
  return { workbook, planted };
}

let peakHeap = 0;
function sampleHeap(): void {
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
}

async function timed<T>(work: () => T | Promise<T>): Promise<{ result: T; ms: number }> {
  const start = performance.now();
  const result = await work();
  const ms = performance.now() - start;
  sampleHeap();
  return { result, ms };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;
const ms = (value: number) => `${value.toFixed(0)} ms`;

async function main(): Promise<void> {
  console.log(`selfeval bench — Node ${process.version}, ${process.platform}/${process.arch}`);
  const rows: string[][] = [];
  for (const tables of SIZES) {
    const built = await timed(() => buildWorkbook(tables));
    const written = await timed(() => built.result.workbook.xlsx.writeBuffer());
    const bytes = new Uint8Array(written.result);
    const parsed = await timed(() => openWorkbook(bytes, `bench-${tables}.xlsx`));
    const ws = parsed.result.getWorksheet('自评表')!;
    const snap = await timed(() => snapshotOfWorksheet(ws, workbookContext(parsed.result)));
    const analysis = await timed(() => analyzeSheet(snap.result));
    const byRule = new Map<string, number>();
    for (const f of analysis.result.findings) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
    const planted = built.result.planted;
    const pipeline = parsed.ms + snap.ms + analysis.ms;
    rows.push([
      String(tables),
      String(snap.result.rowCount),
      kb(bytes.length),
      ms(built.ms + written.ms),
      ms(parsed.ms),
      ms(snap.ms),
      ms(analysis.ms),
      `${(pipeline / tables).toFixed(2)} ms`,
      `${(analysis.ms / tables).toFixed(2)} ms`,
      String(analysis.result.regions.length),
      String(analysis.result.findings.length),
    ]);
    console.log(
      `${tables} tables: planted fund-sum ${planted.fundSum}, rate ${planted.rate}, score-over-max ${planted.overMax},` +
        ` missing-reason ${planted.missingReason}; found ` +
        ([...byRule].map(([rule, n]) => `${rule} ${n}`).join(', ') || 'nothing'),
    );
  }
  const header = [
    'tables',
    'rows',
    'file',
    'build+write',
    'parse',
    'snapshot',
    'detect+check',
    'per table (all)',
    'per table (detect+check)',
    'regions',
    'findings',
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i])).join('  ');
  console.log('');
  console.log(line(header));
  for (const r of rows) console.log(line(r));
  console.log('');
  console.log(`peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}, peak heap used ${mb(peakHeap)}`);
  console.log('(per table (all) = parse + snapshot + detect+check, divided by the number of tables)');
  printPaneSize();
}

/** The task pane's initial JavaScript (issue budget: 300 KB gzipped); builds the add-in when no build exists. */
function printPaneSize(): void {
  if (!existsSync(join(BUILD_DIR, 'taskpane.html'))) buildAddin();
  const size = taskpaneBundleSize();
  const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  console.log('');
  console.log(
    `task pane initial JS: ${kib(size.raw)} raw, ${kib(size.gzip)} gzipped (${size.files.length} files)`,
  );
}

void main();
