import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/main';
import { FileHost } from '../../../src/hosts/file/fileHost';
import { LIMITS, sizeRefusal, zipEntries } from '../../../src/hosts/file/limits';
import { WorkbookReadError } from '../../../src/hosts/file/readErrors';
import { openWorkbook } from '../../../src/hosts/file/readWorkbook';
import { readSnapshotWorkbook } from '../../../src/hosts/file/sheetjs/readSnapshotWorkbook';
import { capture } from '../../cli/capture';
import { xlsxBytes } from './helpers';

/**
 * Files from anywhere: a decompression bomb and sheets past the sizes a reader can hold are refused before
 * parsing (or before a snapshot is allocated), with a message, never by exhausting memory.
 */
async function refusal(promise: Promise<unknown>): Promise<WorkbookReadError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof WorkbookReadError))
    throw new Error(`expected a WorkbookReadError, got ${String(error)}`);
  return error;
}

/** Rewrites the uncompressed size the central directory declares for one entry (what a bomb declares). */
function declareSize(bytes: Uint8Array, entry: string, size: number): Uint8Array {
  const out = new Uint8Array(bytes);
  const view = new DataView(out.buffer);
  const name = new TextEncoder().encode(entry);
  for (let i = 0; i + 46 < out.length; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const length = view.getUint16(i + 28, true);
    const candidate = out.subarray(i + 46, i + 46 + length);
    if (length === name.length && candidate.every((b, k) => b === name[k])) {
      view.setUint32(i + 24, size, true);
      return out;
    }
  }
  throw new Error(`no entry ${entry}`);
}

let small: Uint8Array;
beforeAll(async () => {
  small = await xlsxBytes((wb) => {
    const ws = wb.addWorksheet('表');
    ws.getCell('A1').value = '项目名称';
    ws.getCell('B2').value = 12;
  });
});

describe('refused before parsing', () => {
  it('reads the sizes a zip declares without inflating it', () => {
    const entries = zipEntries(small)!;
    expect(entries.map((e) => e.name)).toContain('xl/worksheets/sheet1.xml');
    expect(entries.reduce((n, e) => n + e.uncompressed, 0)).toBeGreaterThan(small.length);
  });

  it('refuses a zip that unpacks to more than 256 MB (a decompression bomb), in every reader', async () => {
    const bomb = declareSize(small, 'xl/worksheets/sheet1.xml', 1024 * 1024 * 1024);
    for (const error of [
      await refusal(readSnapshotWorkbook(bomb, 'bomb.xlsx')),
      await refusal(openWorkbook(bomb, 'bomb.xlsx')),
    ]) {
      expect(error.code).toBe('too-large');
      expect(error.message).toMatch(
        /^文件过大，无法读取：bomb\.xlsx（压缩包解压后有 1024 MB（压缩时 0 MB），超过 256 MB，疑似“解压炸弹”）$/,
      );
    }
  });

  it('allows sheet data up to 48 MB to check but only up to 16 MB to open for changes', async () => {
    // SheetJS itself refuses a zip whose declared sizes differ from what inflates, so the sizes are judged
    // on their own here; a real 73 MB sheet (2 M cells) is refused by both readers (README, bench note).
    const big = declareSize(small, 'xl/worksheets/sheet1.xml', 30 * 1024 * 1024);
    expect(sizeRefusal(big, 'xlsx', false)).toBeNull();
    expect(sizeRefusal(big, 'xlsx', true)?.zh).toBe('工作表数据解压后有 30 MB，超过修改时可读取的 16 MB');
    const error = await refusal(openWorkbook(big, 'big.xlsx'));
    expect(error.message).toBe(
      '文件过大，无法读取：big.xlsx（工作表数据解压后有 30 MB，超过修改时可读取的 16 MB）',
    );
    const tooBig = declareSize(small, 'xl/worksheets/sheet1.xml', 60 * 1024 * 1024);
    expect((await refusal(readSnapshotWorkbook(tooBig, 'x.xlsx'))).messageEn).toBe(
      'The file is too large to read: x.xlsx (its sheets unpack to 60 MB, more than the 48 MB that can be read)',
    );
  });

  it('reports a refused file in a batch and checks the rest (exit 2)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'selfeval-limits-'));
    writeFileSync(join(dir, 'a-bomb.xlsx'), declareSize(small, 'xl/worksheets/sheet1.xml', 2 ** 31));
    writeFileSync(join(dir, 'b-ok.xlsx'), small);
    const io = capture();
    expect(await runCli(['check', '--jobs', '1', dir], io)).toBe(2);
    expect(io.stderr).toContain('文件过大，无法读取：');
    expect(io.stdout).toContain(`== ${join(dir, 'b-ok.xlsx')} ==`);
  });
});

describe('sheets too large to hold', () => {
  it('refuses a used area of more than 4 M cells before allocating it, in both readers', async () => {
    const sparse = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet('稀疏');
      ws.getCell('A1').value = 1;
      ws.getCell(200_000, 26).value = 2; // Z200000: 5.2 M cells of used area, two of them filled
    });
    const error = await refusal(readSnapshotWorkbook(sparse, 'sparse.xlsx'));
    expect(error.message).toBe(
      `文件过大，无法读取：sparse.xlsx（工作表“稀疏”的已用区域有 200000 行 × 26 列，超过可检查的 ${LIMITS.snapshotCells} 个单元格）`,
    );
    const host = new FileHost(await openWorkbook(sparse, 'sparse.xlsx'));
    await expect(host.readSheet('稀疏')).rejects.toThrow('工作表“稀疏”的已用区域有 200000 行 × 26 列');
  });

  it('refuses a sheet past Excel’s last row, in both readers', async () => {
    const bytes = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet('超长');
      ws.getCell('A1').value = 1;
      ws.getCell(LIMITS.excelRows + 4, 1).value = 2; // ExcelJS writes it, and <dimension ref="A1:A1048580">
    });
    const error = await refusal(readSnapshotWorkbook(bytes, 'long.xlsx'));
    expect(error.message).toBe(
      '文件过大，无法读取：long.xlsx（工作表“超长”有 1048580 行 × 1 列，超出 Excel 的上限（1048576 行 × 16384 列））',
    );
    const host = new FileHost(await openWorkbook(bytes, 'long.xlsx'));
    await expect(host.readSheet('超长')).rejects.toThrow('超出 Excel 的上限');
  });
});
