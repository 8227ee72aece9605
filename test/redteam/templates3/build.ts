/**
 * Builds the templates3 workbooks: each official template filled clean, and planted-fault copies (one fault
 * per table). The expected findings are written by hand in templates3.test.ts, not derived from here.
 */
import * as path from 'path';
import ExcelJS from 'exceljs';
import {
  deptLabels,
  deptTasks,
  mofPlaceholders,
  mofProject,
  NationalForm,
  pct,
  sichuanProject,
  SichuanForm,
  writeNational,
  writeSichuan,
} from './forms';

type Sheet = (ws: ExcelJS.Worksheet) => void;

function nat(f: NationalForm, row = 1, col = 1): Sheet {
  return (ws) => {
    writeNational(ws, f, row, col);
  };
}

function sc(f: SichuanForm): Sheet {
  return (ws) => {
    writeSichuan(ws, f);
  };
}

function edit<T>(base: T, change: (x: T) => void): T {
  const copy = structuredClone(base);
  change(copy);
  return copy;
}

const NOTE =
  '注：1.预算执行率得分=分值×执行率，最高不超过分值；2.定量指标未完成的按实际完成值与指标值之比计分；3.定性指标根据完成情况分档计分。';

/** 财政部 template, 培训人次 460 of ≥500, scored by the rule (15 × 460 ÷ 500 = 13.8), reason left empty. */
function mofMissingReason(name?: string): NationalForm {
  return edit(mofProject(name), (f) => {
    f.indicators[0].actual = '460人次';
    f.indicators[0].score = 13.8;
    f.totalScore = 97.52;
  });
}

export const WORKBOOKS: Record<string, Record<string, Sheet>> = {
  'mof2020-project-clean.xlsx': { 项目自评: nat(mofProject()) },
  'mof2020-project-rate.xlsx': {
    项目自评: nat(
      edit(mofProject(), (f) => {
        f.funds[0].rate = pct(0.9);
      }),
    ),
  },
  'mof2020-project-faults.xlsx': {
    // 课程内容合规性 (qualitative, 5 points) scored 6; total follows the shown scores
    超分: nat(
      edit(mofProject(), (f) => {
        f.indicators[3].score = 6;
        f.totalScore = 99.72;
      }),
    ),
    // total typed 97.72, shown parts add up to 98.72
    总分: nat(
      edit(mofProject(), (f) => {
        f.totalScore = 97.72;
      }),
    ),
    // 满意度 re-weighted 5 (scored 5): 分值 column 85 + funds 10 = 95, declared 100
    分值: nat(
      edit(mofProject(), (f) => {
        f.indicators[8].points = 5;
        f.indicators[8].score = 5;
        f.totalScore = 93.72;
      }),
    ),
  },
  'mof2020-placeholders.xlsx': { 自评表: nat(mofPlaceholders()) },
  'stacked-shifted.xlsx': {
    两表: (ws) => {
      const end = writeNational(ws, mofProject('2022年基层干部政策业务培训项目'), 1, 1);
      ws.getCell(end + 1, 1).value = NOTE;
      ws.mergeCells(end + 1, 1, end + 1, 9);
      const end2 = writeNational(ws, mofMissingReason('2022年农民工职业技能提升项目'), end + 3, 1);
      ws.getCell(end2 + 1, 1).value = NOTE;
      ws.mergeCells(end2 + 1, 1, end2 + 1, 9);
      ws.getCell(end2 + 2, 1).value = '填表人：王某';
      ws.getCell(end2 + 2, 6).value = '联系电话：0000-1234567';
    },
    偏移: nat(
      edit(mofProject('2022年就业见习补贴项目'), (f) => {
        f.indicators[6].actual = null;
      }),
      3,
      4,
    ),
  },
  'sichuan2023-clean.xlsx': { 自评表: sc(sichuanProject()) },
  'sichuan2023-faults.xlsx': {
    // 年初预算 总额 100, sub-rows 90 + 0 + 0
    资金: sc(
      edit(sichuanProject(), (f) => {
        f.funds[1].initial = 90;
      }),
    ),
    // 满意度 86 of ≥90, scored 9.5 (rule allows 9.56), no reason
    指标: sc(
      edit(sichuanProject(), (f) => {
        f.indicators[5].actual = 86;
        f.indicators[5].score = 9.5;
        f.totalScore = 99.05;
      }),
    ),
    // 其中：财政资金 rate shown 90.00%, 114.6 / 120 = 95.50%
    分项执行率: sc(
      edit(sichuanProject(), (f) => {
        f.funds[1].rate = pct(0.9);
      }),
    ),
  },
  'dept-tasks-clean.xlsx': { 整体支出: nat(deptTasks()) },
  'dept-tasks-faults.xlsx': {
    // 年初预算数 年度资金总额 1150, sub-rows 640 + 560 = 1200
    资金: nat(
      edit(deptTasks(), (f) => {
        f.funds[0].initial = 1150;
      }),
    ),
    // 满意度 re-weighted 5: weights 85 + 10 = 95, declared 100
    分值: nat(
      edit(deptTasks(), (f) => {
        f.indicators[7].points = 5;
        f.indicators[7].score = 5;
        f.totalScore = 93.77;
      }),
    ),
  },
  'dept-labels-clean.xlsx': { 整体支出: nat(deptLabels()) },
  'dept-labels-faults.xlsx': {
    // 项目支出 sub-row rate shown 95.00%, 334.8 / 360 = 93.00%
    执行率: nat(
      edit(deptLabels(), (f) => {
        f.funds[2].rate = pct(0.95);
      }),
    ),
    // total typed 98.63, parts add up to 99.63
    总分: nat(
      edit(deptLabels(), (f) => {
        f.totalScore = 98.63;
      }),
    ),
  },
};

export async function buildAll(dir: string): Promise<string[]> {
  const files: string[] = [];
  for (const [file, sheets] of Object.entries(WORKBOOKS)) {
    const wb = new ExcelJS.Workbook();
    for (const [name, write] of Object.entries(sheets)) write(wb.addWorksheet(name));
    const out = path.join(dir, file);
    await wb.xlsx.writeFile(out);
    files.push(out);
  }
  return files;
}

if (require.main === module) {
  const dir = process.argv[2] ?? '.';
  void buildAll(dir).then((files) => console.log(files.join('\n')));
}
