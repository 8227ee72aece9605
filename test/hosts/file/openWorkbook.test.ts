import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadFileBytes, loadWorkbookFile } from '../../../src/hosts/file/loadFile';
import { WorkbookReadError } from '../../../src/hosts/file/readErrors';
import { openWorkbook } from '../../../src/hosts/file/readWorkbook';
import { encryptedXlsxBytes, xlsxBytes } from './helpers';

async function readError(promise: Promise<unknown>): Promise<WorkbookReadError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof WorkbookReadError) return error;
    throw error;
  }
  throw new Error('expected a WorkbookReadError');
}

function replaceAscii(bytes: Uint8Array, from: string, to: string): Uint8Array {
  const out = new Uint8Array(bytes);
  const text = Buffer.from(out).toString('latin1').split(from).join(to);
  out.set(Buffer.from(text, 'latin1'));
  return out;
}

describe('opening workbook files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'selfeval-open-'));
  let valid: Uint8Array;

  beforeAll(async () => {
    valid = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet('表');
      for (let r = 1; r <= 200; r++) ws.getRow(r).values = ['项目名称', r, r * 2, `说明${r}`];
    });
  });

  it('opens a valid .xlsx', async () => {
    const wb = await openWorkbook(valid, 'ok.xlsx');
    expect(wb.getWorksheet('表')?.getCell('B200').value).toBe(200);
  });

  it('reports a missing file', async () => {
    const path = join(dir, 'missing.xlsx');
    const error = await readError(loadFileBytes(path));
    expect(error.code).toBe('not-found');
    expect(error.message).toBe(`文件不存在：${path}`);
    expect(error.messageEn).toBe(`File not found: ${path}`);
  });

  it('reports a text file and a directory as not .xlsx', async () => {
    const path = join(dir, 'notes.txt');
    writeFileSync(path, '项目名称,年度资金总额\n');
    const notSheet = (f: string) => `不是表格文件（可读取 .xlsx、.xls、.et、.ods）：${f}`;
    expect((await readError(loadWorkbookFile(path))).message).toBe(notSheet(path));
    expect((await readError(loadWorkbookFile(dir))).message).toBe(notSheet(dir));
  });

  it('reports a zip that holds no workbook as not .xlsx', async () => {
    const error = await readError(
      openWorkbook(replaceAscii(valid, 'xl/workbook.xml', 'xl/workbook.bin'), 'a.xlsb'),
    );
    expect(error.code).toBe('not-xlsx');
  });

  it('reports an .xls whose Workbook stream cannot be read as damaged', async () => {
    const xls = encryptedXlsxBytes();
    xls.set(
      replaceAscii(
        xls,
        'E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0',
        'W\0o\0r\0k\0b\0o\0o\0k\0\0\0\0\0\0\0\0\0',
      ),
    );
    const error = await readError(openWorkbook(xls, 'old.xls'));
    expect(error.code).toBe('corrupt');
    expect(error.message).toBe('文件已损坏，无法读取：old.xls');
    expect((error as Error & { cause?: unknown }).cause).toBeDefined(); // SheetJS itself refused it
  });

  it('reports a truncated zip and a zip with damaged contents as corrupt', async () => {
    const truncated = valid.slice(0, Math.floor(valid.length / 2));
    expect((await readError(openWorkbook(truncated, 'half.xlsx'))).message).toBe(
      '文件已损坏，无法读取：half.xlsx',
    );
    const damaged = new Uint8Array(valid);
    for (let i = 200; i < damaged.length - 2000; i += 7) damaged[i] ^= 0x5a;
    const damagedError = await readError(openWorkbook(damaged, 'bad.xlsx'));
    expect(damagedError.code).toBe('corrupt');
    expect((damagedError as Error & { cause?: unknown }).cause).toBeDefined(); // ExcelJS itself refused it
    expect((await readError(openWorkbook(new Uint8Array(0), 'empty.xlsx'))).code).toBe('corrupt');
  });

  it('reports a password-protected workbook (an OLE compound file) as encrypted', async () => {
    const path = join(dir, 'locked.xlsx');
    writeFileSync(path, encryptedXlsxBytes());
    const error = await readError(loadWorkbookFile(path));
    expect(error.code).toBe('encrypted');
    expect(error.message).toBe(`工作簿有密码保护，请先取消密码：${path}`);
  });
});
