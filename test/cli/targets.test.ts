import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main';
import { ADJUSTED_FORM } from '../core/layouts/cases/adjusted';
import { SparseCells, SparseForm } from '../core/layouts/cases/sparseTable';
import { DECLARATION } from '../core/layouts/cases/declaration';
import { capture } from './capture';

const dir = mkdtempSync(join(tmpdir(), 'selfeval-targets-'));

function addSheet(wb: ExcelJS.Workbook, name: string, form: SparseForm, edits: SparseCells = {}): void {
  const ws = wb.addWorksheet(name);
  for (const [a1, v] of Object.entries({ ...form.cells, ...edits })) {
    if (v === null) continue;
    ws.getCell(a1).value = typeof v === 'object' && 'n' in v ? v.n : (v as string | number);
    if (typeof v === 'object' && 'n' in v) ws.getCell(a1).numFmt = v.fmt;
  }
  for (const m of form.merges) ws.mergeCells(m);
}

async function write(name: string, sheets: [string, SparseForm, SparseCells?][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [sheet, form, edits] of sheets) addSheet(wb, sheet, form, edits);
  const file = join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

async function targetFindings(argv: string[]): Promise<string[]> {
  const io = capture();
  await runCli(['check', '--json', ...argv], io);
  const doc = JSON.parse(io.stdout) as {
    files: { file: string; findings: { rule: string; sheet: string; cell: string }[] }[];
  };
  return doc.files.flatMap((f) =>
    f.findings
      .filter((x) => x.rule === 'target-changed')
      .map((x) => `${f.file.split('/').pop()} ${x.sheet}!${x.cell}`),
  );
}

describe('selfeval check: targets against the declaration (target-changed)', () => {
  test('a declaration and its lowered self-evaluation in one workbook', async () => {
    const both = await write('both.xlsx', [
      ['申报表', DECLARATION],
      ['自评表', ADJUSTED_FORM, { F19: 85 }],
    ]);
    expect(await targetFindings([both])).toEqual(['both.xlsx 自评表!F19']);
  });

  test('--targets names the declaration workbook', async () => {
    const self = await write('self.xlsx', [['自评表', ADJUSTED_FORM, { F19: 85 }]]);
    const declared = await write('declared.xlsx', [['申报表', DECLARATION]]);
    expect(await targetFindings([self, '--targets', declared])).toEqual(['self.xlsx 自评表!F19']);
    const io = capture();
    await runCli(['check', '--json', self, '--targets', declared], io);
    expect(io.stdout).toContain(`${declared} 申报表!H11: ≥90% → 自评表!F19: ≥85%`);
  });

  test('files of a batch are not paired with each other', async () => {
    const self = await write('self2.xlsx', [['自评表', ADJUSTED_FORM, { F19: 85 }]]);
    const declared = await write('declared2.xlsx', [['申报表', DECLARATION]]);
    expect(await targetFindings([self, declared])).toEqual([]);
  });

  test('an unreadable --targets file: exit 2, the others still checked', async () => {
    const self = await write('self3.xlsx', [['自评表', ADJUSTED_FORM]]);
    const io = capture();
    const code = await runCli(['check', self, '--targets', join(dir, 'missing.xlsx')], io);
    expect(code).toBe(2);
    expect(io.stderr).toMatch(/missing\.xlsx/);
    expect(io.stdout).toMatch(/自评表/);
  });
});
