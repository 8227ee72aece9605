import * as path from 'path';
import ExcelJS from 'exceljs';
import {
  Form,
  HG_CLEAN,
  HG_PUBLISHED,
  HG_WAN,
  HS_PUBLISHED,
  HS_RATE,
  HS_TOTAL,
  LF_CLEAN,
  LF_PUBLISHED,
  LF_RATE,
  LF_REASON_UNTITLED,
  TH_PUBLISHED,
  TH_REASON,
  colIndex,
  shiftRef,
} from './forms';

export interface Placement {
  form: Form;
  /** top-left cell of the form on the sheet */
  at: string;
}

export interface WorkbookSpec {
  file: string;
  sheets: { name: string; placements: Placement[] }[];
}

export const WORKBOOKS: WorkbookSpec[] = [
  {
    file: 'p2-hebei-lf-published.xlsx',
    sheets: [{ name: '自评表', placements: [{ form: LF_PUBLISHED, at: 'A1' }] }],
  },
  {
    file: 'p2-hebei-lf-clean-c4.xlsx',
    sheets: [{ name: '自评表', placements: [{ form: LF_CLEAN, at: 'C4' }] }],
  },
  { file: 'p2-hebei-lf-rate.xlsx', sheets: [{ name: '自评表', placements: [{ form: LF_RATE, at: 'A1' }] }] },
  {
    file: 'p2-hebei-lf-reason-untitled.xlsx',
    sheets: [{ name: '自评表', placements: [{ form: LF_REASON_UNTITLED, at: 'A1' }] }],
  },
  {
    file: 'p2-hunan-hs-published.xlsx',
    sheets: [{ name: '附件', placements: [{ form: HS_PUBLISHED, at: 'A1' }] }],
  },
  { file: 'p2-hunan-hs-rate.xlsx', sheets: [{ name: '附件', placements: [{ form: HS_RATE, at: 'A1' }] }] },
  {
    file: 'p2-hunan-hs-total.xlsx',
    sheets: [{ name: '整体自评', placements: [{ form: HS_TOTAL, at: 'A1' }] }],
  },
  {
    file: 'p2-hubei-th-published.xlsx',
    sheets: [{ name: 'Sheet1', placements: [{ form: TH_PUBLISHED, at: 'A1' }] }],
  },
  {
    file: 'p2-hubei-th-reason.xlsx',
    sheets: [{ name: 'Sheet1', placements: [{ form: TH_REASON, at: 'A1' }] }],
  },
  {
    file: 'p2-hubei-hg-published.xlsx',
    sheets: [{ name: '自评表', placements: [{ form: HG_PUBLISHED, at: 'A1' }] }],
  },
  { file: 'p2-hubei-hg-wan.xlsx', sheets: [{ name: '自评表', placements: [{ form: HG_WAN, at: 'B2' }] }] },
  {
    file: 'p2-stacked.xlsx',
    sheets: [
      {
        name: '汇总',
        placements: [
          { form: HG_CLEAN, at: 'A1' },
          { form: TH_REASON, at: 'A24' },
        ],
      },
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
