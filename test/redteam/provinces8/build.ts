import * as path from 'path';
import ExcelJS from 'exceljs';
import {
  CQ_CLEAN_OPTS,
  CQ_DECOY,
  CQ_PUBLISHED_OPTS,
  Form,
  SZ_DECOY,
  SZ_PUBLISHED_OPTS,
  XY_DECOY,
  XY_PUBLISHED_OPTS,
  chongqing,
  colIndex,
  shiftRef,
  suizhou,
  xiangyang,
} from './forms';

export interface Placement {
  form: Form;
  /** top-left cell of the form on the sheet */
  at: string;
}

export interface WorkbookSpec {
  file: string;
  what: string;
  sheets: { name: string; placements: Placement[] }[];
}

const XY_PUB = xiangyang(XY_PUBLISHED_OPTS);
const XY_SHORTFALL = xiangyang({ ...XY_PUBLISHED_OPTS, satActual: '85%' });
const XY_RATE = xiangyang({ ...XY_PUBLISHED_OPTS, exec: 950 });
const CQ_PUB = chongqing(CQ_PUBLISHED_OPTS);
const CQ_CLEAN = chongqing(CQ_CLEAN_OPTS);
const SZ_PUB = suizhou(SZ_PUBLISHED_OPTS);

const one = (file: string, what: string, sheet: string, form: Form, at = 'A1'): WorkbookSpec => ({
  file,
  what,
  sheets: [{ name: sheet, placements: [{ form, at }] }],
});

export const WORKBOOKS: WorkbookSpec[] = [
  // 湖北 襄阳
  one('p8-xy-published.xlsx', '襄阳 as published', '自评表', XY_PUB),
  one('p8-xy-clean-e5.xlsx', '襄阳 clean, shifted to E5', '自评表', XY_PUB, 'E5'),
  one(
    'p8-xy-shortfall-c3.xlsx',
    '襄阳, 患者满意度 85% of ≥90%, closing reason 无, at C3',
    '自评表',
    XY_SHORTFALL,
    'C3',
  ),
  one('p8-xy-rate.xlsx', '襄阳, 执行数 950 with 100% and 20 kept', '自评表', XY_RATE),
  one(
    'p8-xy-cost.xlsx',
    '襄阳, 每年财政补助 1200万元 against 1000万元 under 二级 成本, closing 无',
    '自评表',
    xiangyang({ ...XY_PUBLISHED_OPTS, costActual: '1200万元' }),
  ),
  one(
    'p8-xy-total.xlsx',
    '襄阳, 总分 99 for parts 100',
    '自评表',
    xiangyang({ ...XY_PUBLISHED_OPTS, total: 99 }),
  ),
  {
    file: 'p8-xy-decoy.xlsx',
    what: '襄阳 clean with a spending detail table under the 备注',
    sheets: [
      {
        name: '自评表',
        placements: [
          { form: XY_PUB, at: 'A1' },
          { form: XY_DECOY, at: 'A25' },
        ],
      },
    ],
  },
  // 重庆
  one('p8-cq-published.xlsx', '重庆 as published', '整体自评', CQ_PUB),
  one('p8-cq-published-d4.xlsx', '重庆 as published, shifted to D4', '整体自评', CQ_PUB, 'D4'),
  one('p8-cq-clean.xlsx', '重庆 clean (operators written, 三公 rows filled)', '整体自评', CQ_CLEAN),
  one(
    'p8-cq-total-b3.xlsx',
    '重庆 clean, 自评总分 98.6, at B3',
    '整体自评',
    chongqing({ ...CQ_CLEAN_OPTS, total: 98.6 }),
    'B3',
  ),
  one(
    'p8-cq-rate.xlsx',
    '重庆 clean, 全年执行数 1200 with 76% and 7.6 kept',
    '整体自评',
    chongqing({ ...CQ_CLEAN_OPTS, exec: 1200 }),
  ),
  one(
    'p8-cq-score-over.xlsx',
    '重庆 clean, 播发稿件数量 12 of 10 (总分 99.6 follows)',
    '整体自评',
    chongqing({ ...CQ_CLEAN_OPTS, broadcastScore: 12, total: 99.6 }),
  ),
  {
    file: 'p8-cq-decoy-right.xlsx',
    what: '重庆 clean with a 收支总表 to its right',
    sheets: [
      {
        name: '整体自评',
        placements: [
          { form: CQ_CLEAN, at: 'A1' },
          { form: CQ_DECOY, at: 'M1' },
        ],
      },
    ],
  },
  // 湖北 随州
  one('p8-sz-published.xlsx', '随州 as published', '绩效自评', SZ_PUB),
  one('p8-sz-clean-c4.xlsx', '随州 clean, shifted to C4', '绩效自评', SZ_PUB, 'C4'),
  one(
    'p8-sz-rate.xlsx',
    '随州, 执行数 20 with 100% kept',
    '绩效自评',
    suizhou({ ...SZ_PUBLISHED_OPTS, exec: 20 }),
  ),
  one(
    'p8-sz-total.xlsx',
    '随州, 自评总分 100 for parts 98',
    '绩效自评',
    suizhou({ ...SZ_PUBLISHED_OPTS, total: 100 }),
  ),
  one(
    'p8-sz-weight.xlsx',
    '随州, 项目管理 label 15分 over 3+2+4+4',
    '绩效自评',
    suizhou({ ...SZ_PUBLISHED_OPTS, mgmtLabel: '15分' }),
  ),
  one(
    'p8-sz-shortfall-b2.xlsx',
    '随州, 患者满意度 85% of ≥90% with full 15, at B2',
    '绩效自评',
    suizhou({ ...SZ_PUBLISHED_OPTS, satActual: '85%' }),
    'B2',
  ),
  one(
    'p8-sz-over.xlsx',
    '随州, 派车次数 16 under 数量指标15分 (自评总分 99 follows)',
    '绩效自评',
    suizhou({ ...SZ_PUBLISHED_OPTS, dispatchScore: 16, total: 99 }),
  ),
  {
    file: 'p8-sz-decoy.xlsx',
    what: '随州 with a 资金到位情况表 to its right',
    sheets: [
      {
        name: '绩效自评',
        placements: [
          { form: SZ_PUB, at: 'A1' },
          { form: SZ_DECOY, at: 'K1' },
        ],
      },
    ],
  },
  // stacked and multi-sheet
  {
    file: 'p8-stack-xy-cq.xlsx',
    what: '襄阳 clean at A1, 重庆 as published at A25',
    sheets: [
      {
        name: '汇总',
        placements: [
          { form: XY_PUB, at: 'A1' },
          { form: CQ_PUB, at: 'A25' },
        ],
      },
    ],
  },
  {
    file: 'p8-stack-sz-xy.xlsx',
    what: '随州 clean at A1, 襄阳 shortfall at A24',
    sheets: [
      {
        name: '汇总',
        placements: [
          { form: SZ_PUB, at: 'A1' },
          { form: XY_SHORTFALL, at: 'A24' },
        ],
      },
    ],
  },
  {
    file: 'p8-two-sheets.xlsx',
    what: '收支总表 alone on the first sheet, 重庆 clean on the second',
    sheets: [
      { name: '收支总表', placements: [{ form: CQ_DECOY, at: 'A1' }] },
      { name: '整体自评', placements: [{ form: CQ_CLEAN, at: 'A1' }] },
    ],
  },
];

function origin(at: string): { dRow: number; dCol: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(at);
  if (!m) throw new Error(`bad origin ${at}`);
  return { dRow: Number(m[2]) - 1, dCol: colIndex(m[1]) - 1 };
}

function place(ws: ExcelJS.Worksheet, p: Placement): void {
  const { dRow, dCol } = origin(p.at);
  p.form.rows.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value === null) return;
      const cell = ws.getCell(r + 1 + dRow, c + 1 + dCol);
      if (typeof value === 'object') {
        cell.value = value.n;
        cell.numFmt = value.fmt;
      } else {
        cell.value = value;
      }
    });
  });
  for (const m of p.form.merges) ws.mergeCells(shiftRef(m, dRow, dCol));
}

export async function buildWorkbook(spec: WorkbookSpec, dir: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of spec.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    for (const p of sheet.placements) place(ws, p);
  }
  const file = path.join(dir, spec.file);
  await wb.xlsx.writeFile(file);
  return file;
}

export async function buildAll(dir: string): Promise<string[]> {
  const files: string[] = [];
  for (const spec of WORKBOOKS) files.push(await buildWorkbook(spec, dir));
  return files;
}
