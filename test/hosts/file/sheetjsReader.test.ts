import * as XLSX from '@e965/xlsx';
import type * as ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/main';
import { WorkbookReadError } from '../../../src/hosts/file/readErrors';
import { openWorkbook, readWorkbook } from '../../../src/hosts/file/readWorkbook';
import { readSnapshotWorkbook } from '../../../src/hosts/file/sheetjs/readSnapshotWorkbook';
import { settingOf } from '../../../src/hosts/file/sheetjs/readSheetJs';
import { snapshotOfWorksheet, workbookContext } from '../../../src/hosts/file/snapshot';
import { sniffFile } from '../../../src/hosts/file/sniff';
import { buildAll } from '../../fixtures/build';
import { capture } from '../../cli/capture';
import { xlsxBytes } from './helpers';

/**
 * The second reader (SheetJS, @e965/xlsx): on .xlsx it must give exactly the snapshot ExcelJS gives, since
 * `check` uses it for speed; it also reads .xls, .et (Excel 97–2003 structure) and .ods. Those files here
 * are written by SheetJS itself; test:calc proves the same with files LibreOffice saved.
 */
const dir = mkdtempSync(join(tmpdir(), 'selfeval-sheetjs-'));
let fixtures: string[];

beforeAll(async () => {
  fixtures = await buildAll(dir);
}, 60_000);

/**
 * A fixture re-saved by SheetJS in another format. SheetJS's own writers are not faithful everywhere (its
 * .xls writer cuts text at 255 characters, its .ods writer drops some merges), so only forms they carry
 * whole are compared here; test:calc compares real LibreOffice .xls/.ods files with the .xlsx.
 */
function resaved(file: string, bookType: 'biff8' | 'ods'): Uint8Array {
  const wb = XLSX.read(readFileSync(file), { cellFormula: true, cellNF: true, cellStyles: true });
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType, cellStyles: true }) as ArrayBuffer);
}

async function checkJson(file: string): Promise<{ code: number; files: unknown[] }> {
  const io = capture();
  const code = await runCli(['check', '--json', file], io);
  const doc = JSON.parse(io.stdout) as { files: { file: string }[] };
  return { code, files: doc.files.map(({ file: _file, ...rest }) => rest) };
}

describe('SheetJS and ExcelJS read .xlsx alike', () => {
  it('gives the same snapshot as ExcelJS for every fixture workbook', async () => {
    expect(fixtures.length).toBeGreaterThan(10);
    for (const file of fixtures) {
      const bytes = readFileSync(file);
      const byExcelJs = await readWorkbook(bytes, file);
      const bySheetJs = (await readSnapshotWorkbook(bytes, file)).sheets;
      expect({ file, sheets: bySheetJs }).toEqual({ file, sheets: byExcelJs });
    }
  });

  it('agrees on fills (theme with tint, argb), errors, dates, booleans, shared formulas and merges', async () => {
    const bytes = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet('样式');
      ws.getCell('A1').value = '标题';
      ws.mergeCells('A1:C1');
      ws.mergeCells('D2:D4');
      ws.getCell('B2').value = { error: '#DIV/0!' };
      ws.getCell('B3').value = new Date(Date.UTC(2024, 0, 31));
      ws.getCell('B3').numFmt = 'yyyy-mm-dd';
      ws.getCell('B4').value = true;
      ws.getCell('C2').value = 3;
      // ExcelJS writes a shared formula from these fields, which its typings leave out.
      ws.getCell('C3').value = {
        formula: 'C2*2',
        result: 6,
        shareType: 'shared',
        ref: 'C3:C5',
      } as unknown as ExcelJS.CellFormulaValue;
      ws.getCell('C4').value = { sharedFormula: 'C3', result: 12 };
      ws.getCell('C5').value = { sharedFormula: 'C3', result: 0 };
      ws.getCell('E5').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
      ws.getCell('E6').fill = {
        type: 'pattern',
        pattern: 'solid',
        fgColor: { theme: 4, tint: 0.6 } as Partial<ExcelJS.Color>,
      };
      ws.getCell('E7').numFmt = '0.00%';
      ws.getCell('F1').value = { richText: [{ text: '富' }, { text: '文本', font: { bold: true } }] };
    });
    const byExcelJs = await readWorkbook(bytes, 'styles.xlsx');
    const bySheetJs = (await readSnapshotWorkbook(bytes, 'styles.xlsx')).sheets;
    expect(bySheetJs).toEqual(byExcelJs);
    expect(bySheetJs[0].values[2][1]).toBe(45322);
    expect(bySheetJs[0].formulas?.[4][2]).toBe('=C4*2');
    expect(bySheetJs[0].fills?.[4][4]).toBe('#FFFF00');
  });

  it('reads the preset remembered in the hidden settings sheet and leaves that sheet out', async () => {
    const bytes = await xlsxBytes((wb) => {
      wb.addWorksheet('表').getCell('A1').value = 1;
      const s = wb.addWorksheet('selfeval.settings', { state: 'veryHidden' });
      s.getCell('A1').value = 'selfeval.preset';
      s.getCell('B1').value = 'hubei-2019';
    });
    const book = await readSnapshotWorkbook(bytes, 'remembered.xlsx');
    expect(book.sheets.map((s) => s.name)).toEqual(['表']);
    expect(settingOf(book, 'preset')).toBe('hubei-2019');
  });
});

describe('.xls, .et and .ods', () => {
  // SheetJS's .xls writer writes no formulas and its .ods writer drops some merges: each case uses forms
  // that writer carries whole.
  it.each([
    ['seed002.xlsx', 'xls'],
    ['variant-clean.xlsx', 'xls'],
    ['seed002.xlsx', 'et'],
    ['variant-formulas.xlsx', 'ods'],
    ['variant-clean.xlsx', 'ods'],
  ] as const)('checks %s saved as .%s exactly as the .xlsx', async (name, ext) => {
    const file = fixtures.find((f) => f.endsWith(name))!;
    const bytes = resaved(file, ext === 'ods' ? 'ods' : 'biff8');
    expect(sniffFile(bytes)).toBe(ext === 'ods' ? 'ods' : 'old-xls');
    const copy = join(dir, name.replace(/xlsx$/, ext));
    writeFileSync(copy, bytes);
    const reference = await checkJson(file);
    expect(reference.files).not.toEqual([]);
    expect(await checkJson(copy)).toEqual(reference);
  });

  it('opens an .xls for the file host with the same sheets as the reader gives', async () => {
    const file = fixtures.find((f) => f.endsWith('seed001.xlsx'))!;
    const xls = resaved(file, 'biff8');
    const workbook = await openWorkbook(xls, 'seed001.xls');
    const context = workbookContext(workbook);
    const rebuilt = workbook.worksheets.map((ws) => snapshotOfWorksheet(ws, context));
    expect(rebuilt).toEqual((await readSnapshotWorkbook(xls, 'seed001.xls')).sheets);
  });

  it('fix on an .xls writes an .xlsx, says so and names it; the .xls is untouched', async () => {
    const file = fixtures.find((f) => f.endsWith('seed000.xlsx'))!;
    const input = join(dir, 'fix-in.xls');
    writeFileSync(input, resaved(file, 'biff8'));
    const before = readFileSync(input);
    const io = capture();
    const code = await runCli(['fix', input, '-o', join(dir, 'fix-out.xls')], io);
    expect([0, 1]).toContain(code);
    const written = join(dir, 'fix-out.xlsx');
    expect(io.stdout).toContain(`输入文件为 .xls 格式；结果以 .xlsx 格式保存为：${written}`);
    expect(io.stdout).toContain(`已保存到 ${written}`);
    expect(sniffFile(readFileSync(written))).toBe('xlsx');
    expect(readFileSync(input).equals(before)).toBe(true);
    const fixed = await checkJson(written);
    expect(fixed.code).toBe(0);
  });

  it('gives a clear Chinese message for an .et it cannot read, and goes on', async () => {
    const et = join(dir, '旧版.et');
    // WPS 2000's own .et format is neither a zip nor an OLE compound file.
    writeFileSync(et, Buffer.from('ET\u0000\u0001 WPS 2000 spreadsheet, proprietary', 'latin1'));
    const io = capture();
    const good = fixtures.find((f) => f.endsWith('variant-clean.xlsx'))!;
    expect(await runCli(['check', et, good], io)).toBe(2);
    expect(io.stderr).toBe(
      `selfeval: 无法读取这个 WPS .et 文件：${et}（请在 WPS 表格中“另存为”.xlsx 或 Excel 97-2003 .xls 后再试）\n`,
    );
    expect(io.stdout).toContain(`== ${good} ==`);
    const error = await readSnapshotWorkbook(
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2]),
      'cut.et',
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookReadError);
    expect((error as WorkbookReadError).code).toBe('et-unreadable');
  });

  it('reports a damaged .xls as damaged, not as a crash', async () => {
    const file = fixtures.find((f) => f.endsWith('seed000.xlsx'))!;
    const xls = resaved(file, 'biff8');
    const damaged = xls.slice(0, 1200);
    const error = await readSnapshotWorkbook(damaged, 'bad.xls').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookReadError);
    expect((error as WorkbookReadError).message).toBe('文件已损坏，无法读取：bad.xls');
  });
});
