import * as XLSX from '@e965/xlsx';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkInParallel, WORKER_HEAP_MB } from '../../src/cli/batch';
import { CheckOptions } from '../../src/cli/check';
import { runCli } from '../../src/cli/main';
import { progressLine, progressText } from '../../src/cli/progress';
import { expandInputs, spreadsheetsUnder } from '../../src/cli/walk';
import { buildAll } from '../fixtures/build';
import { capture } from './capture';

/**
 * `selfeval check DIR`: a reviewer's folder of mixed files, one of them corrupt, checked in one call on
 * worker threads; output in the files' sorted order whatever the threads did.
 */
const root = mkdtempSync(join(tmpdir(), 'selfeval-batch-'));
const folder = join(root, '某局报送');
let expectedFiles: string[];

beforeAll(async () => {
  const built = await buildAll(join(root, 'built'));
  const pick = (name: string) => built.find((f) => f.endsWith(name))!;
  mkdirSync(join(folder, '二级单位'), { recursive: true });
  copyFileSync(pick('seed000.xlsx'), join(folder, 'b-综治.xlsx'));
  copyFileSync(pick('variant-clean.xlsx'), join(folder, 'a-社区矫正.xlsx'));
  const wb = XLSX.read(readFileSync(pick('seed002.xlsx')), { cellFormula: true, cellNF: true });
  const xls = XLSX.write(wb, { type: 'buffer', bookType: 'biff8' }) as Buffer;
  writeFileSync(join(folder, 'c-访惠聚.xls'), xls);
  writeFileSync(join(folder, '二级单位', 'd-wps.et'), xls);
  writeFileSync(join(folder, 'e-损坏.xlsx'), readFileSync(pick('seed001.xlsx')).subarray(0, 3000));
  writeFileSync(join(folder, '说明.txt'), '报送说明\n');
  writeFileSync(join(folder, '~$b-综治.xlsx'), 'lock');
  expectedFiles = [
    join(folder, 'a-社区矫正.xlsx'),
    join(folder, 'b-综治.xlsx'),
    join(folder, 'c-访惠聚.xls'),
    join(folder, 'e-损坏.xlsx'),
    join(folder, '二级单位', 'd-wps.et'),
  ];
}, 60_000);

describe('walking a folder', () => {
  it('finds every spreadsheet, subfolders included, sorted; lock files and other files left out', async () => {
    expect(await spreadsheetsUnder(folder)).toEqual(expectedFiles);
  });

  it('keeps named files where they stand and expands folders in place', async () => {
    const named = join(root, 'missing.xlsx');
    expect(await expandInputs([named, folder])).toEqual([named, ...expectedFiles]);
  });
});

describe('selfeval check DIR', () => {
  it('checks every file on worker threads, reports the corrupt one (exit 2) and goes on', async () => {
    const io = capture();
    const code = await runCli(['check', folder, '--jobs', '2'], io);
    expect(code).toBe(2);
    expect(io.stderr).toBe(`selfeval: 文件已损坏，无法读取：${join(folder, 'e-损坏.xlsx')}\n`);
    const sections = io.stdout.split('\n').filter((l) => l.startsWith('== '));
    expect(sections).toEqual(expectedFiles.filter((f) => !f.includes('损坏')).map((f) => `== ${f} ==`));
    expect(io.stdout).toMatch(/^共 5 个文件，\d+ 个表格，.*，1 个文件无法读取$/m);
  }, 60_000);

  it('gives the same JSON on one thread and on several', async () => {
    const one = capture();
    const many = capture();
    expect(await runCli(['check', '--json', '--jobs', '1', folder], one)).toBe(2);
    expect(await runCli(['check', '--json', '--jobs', '3', folder], many)).toBe(2);
    expect(many.stdout).toBe(one.stdout);
    const doc = JSON.parse(one.stdout) as { files: { file: string; error?: string; regions: unknown[] }[] };
    expect(doc.files.map((f) => f.file)).toEqual(expectedFiles);
    expect(doc.files.filter((f) => f.error).map((f) => f.file)).toEqual([join(folder, 'e-损坏.xlsx')]);
    expect(doc.files.every((f) => f.error || f.regions.length > 0)).toBe(true);
  }, 60_000);

  it('refuses a folder without spreadsheets and a --jobs that is not a count', async () => {
    const empty = join(root, 'empty');
    mkdirSync(empty);
    const io = capture();
    expect(await runCli(['check', empty], io)).toBe(2);
    expect(io.stderr).toContain(`文件夹中没有表格文件（.xlsx、.xls、.et、.ods）：${empty}`);
    const bad = capture();
    expect(await runCli(['check', folder, '--jobs', '0'], bad)).toBe(2);
    expect(bad.stderr).toContain('选项 --jobs 需要 1 到 256 的整数，不能是 0');
  });
});

describe('progress line', () => {
  it('rewrites one line and clears it before other output', () => {
    let written = '';
    const line = progressLine(4, 'zh', (t) => (written += t));
    line.clear();
    line.show(1);
    line.show(2);
    line.clear();
    expect(written).toBe(
      `\r${progressText(1, 4, 'zh')}\u001b[K\r${progressText(2, 4, 'zh')}\u001b[K\r\u001b[K`,
    );
    expect(progressText(1, 4, 'zh')).toBe('已检查 1/4 个文件（25%）');
    expect(progressText(3, 4, 'en')).toBe('checked 3/4 files (75%)');
  });
});

describe('a worker that dies', () => {
  /**
   * A worker that answers like checkWorker, except for files named to make it die: by exiting, by
   * throwing, or by running out of its heap (the ceiling batch.ts sets).
   */
  const dyingWorker = `
    const { parentPort } = require('node:worker_threads');
    parentPort.on('message', (task) => {
      if (task.file.includes('exit')) process.exit(3);
      if (task.file.includes('throw')) throw new Error('读取器崩溃');
      if (task.file.includes('oom')) { const hoard = []; for (;;) hoard.push(new Array(1e6).fill(task.index)); }
      parentPort.postMessage({ index: task.index, result: { file: task.file, error: 'ok ' + task.file, errorEn: 'ok' } });
    });`;

  test('fails its own file only, in order, and a fresh worker checks the rest', async () => {
    const files = ['a', 'b-exit', 'c', 'd-throw', 'e', 'f-oom', 'g', 'h'];
    const seen: number[] = [];
    const results = await checkInParallel(
      files,
      { files: [] } as unknown as CheckOptions,
      2,
      (i) => seen.push(i),
      dyingWorker,
    );
    expect(seen).toEqual(files.map((_f, i) => i));
    const said = results.map((r) => ('error' in r ? r.error : ''));
    expect(said.filter((t) => t.startsWith('ok '))).toEqual(['ok a', 'ok c', 'ok e', 'ok g', 'ok h']);
    expect(said[1]).toBe('检查失败：b-exit（检查进程意外退出（3））');
    expect(said[3]).toBe('检查失败：d-throw（读取器崩溃）');
    expect(said[5]).toBe(`检查失败：f-oom（内存不足，超过 ${WORKER_HEAP_MB} MB）`);
  }, 120_000);
});
