import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main';
import { Grid } from '../../src/core/grid';
import { FileHost } from '../../src/hosts/file/fileHost';
import { buildAll } from '../fixtures/build';
import { workbooks } from '../fixtures/workbooks';
import { Captured, capture } from './capture';

const dir = mkdtempSync(join(tmpdir(), 'selfeval-fix-'));
const file = (name: string) => join(dir, name);
const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

async function run(...argv: string[]): Promise<{ code: number; io: Captured }> {
  const io = capture();
  const code = await runCli(argv, io);
  return { code, io };
}

async function sheetOf(path: string, sheet?: string): Promise<Grid> {
  const host = await FileHost.fromData(readFileSync(path), path);
  return new Grid(await host.readSheet(sheet ?? (await host.sheetNames())[0]));
}

beforeAll(async () => {
  const wanted = ['seed002.xlsx', 'seed003.xlsx', 'variant-number-as-text.xlsx'];
  await buildAll(
    dir,
    workbooks.filter((w) => wanted.includes(w.file)),
  );
});

describe('selfeval fix', () => {
  it('writes the formulas into a copy, prints each change, and never touches IN', async () => {
    const before = digest(file('seed002.xlsx'));
    const { code, io } = await run('fix', file('seed002.xlsx'), '-o', file('seed002-fixed.xlsx'));
    expect(code).toBe(0);
    expect(digest(file('seed002.xlsx'))).toBe(before);
    expect(io.stdout).toContain('!H6: “10.00分” → =IF(G6="","",ROUND(F6*MIN(G6,1),2)) = 10');
    expect(io.stdout).toMatch(/写入公式 8 处/);
    const fixed = await sheetOf(file('seed002-fixed.xlsx'));
    expect(fixed.formula(5, 6)).toBe('=IF(N(D6)=0,"",E6/D6)');
    expect(fixed.value(5, 7)).toBe(10);
    expect(fixed.numberFormat(5, 6)).toMatch(/%/);
  });

  it('keeps a typed value that differs, says so with both values, and exits 1; --force overwrites it', async () => {
    const kept = await run('fix', file('seed003.xlsx'), '-o', file('seed003-fixed.xlsx'));
    expect(kept.code).toBe(1);
    expect(kept.io.stdout).toMatch(
      /G32: 保留手填值 100%，公式 =IF\(N\(D32\)=0,"",E32\/D32\) 的结果为 （空）/,
    );
    expect((await sheetOf(file('seed003-fixed.xlsx'))).value(31, 6)).toBe(1);

    const forced = await run('fix', file('seed003.xlsx'), '-o', file('seed003-forced.xlsx'), '--force');
    expect(forced.code).toBe(0);
    const grid = await sheetOf(file('seed003-forced.xlsx'));
    expect(grid.formula(31, 6)).toBe('=IF(N(D32)=0,"",E32/D32)');
    expect(grid.isEmpty(31, 6)).toBe(true);
  });

  it('turns numbers stored as text into numbers with --convert-text-numbers', async () => {
    const plain = await run('fix', file('variant-number-as-text.xlsx'), '-o', file('text-plain.xlsx'));
    const converted = await run(
      'fix',
      file('variant-number-as-text.xlsx'),
      '-o',
      file('text-converted.xlsx'),
      '--convert-text-numbers',
      '--lang',
      'en',
    );
    expect(plain.io.stdout).toMatch(/文本转数字 0 处/);
    expect(converted.io.stdout).toMatch(/(text to number)/);
    expect(converted.io.stdout).toMatch(/[1-9]\d* text numbers converted/);
    expect(converted.code).toBe(0);
  });

  it('refuses to overwrite IN and explains missing arguments', async () => {
    const same = await run('fix', file('seed002.xlsx'), '-o', file('seed002.xlsx'));
    expect(same.code).toBe(2);
    expect(same.io.stderr).toContain('输出文件不能与输入文件相同');
    expect((await run('fix', file('seed002.xlsx'))).code).toBe(2);
    expect((await run('fix', '-o', file('x.xlsx'))).code).toBe(2);
    const missing = await run('fix', file('nope.xlsx'), '-o', file('x.xlsx'));
    expect(missing.code).toBe(2);
    expect((await run('fix', '--help')).io.stdout).toContain('selfeval fix');
  });
});

describe('selfeval template', () => {
  it('lists the catalogue', async () => {
    const { code, io } = await run('template', '--list');
    expect(code).toBe(0);
    expect(
      io.stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split(/\s+/)[0]),
    ).toEqual(expect.arrayContaining(['national', 'hubei2019', 'department', 'target']));
  });

  it('writes a blank form whose formulas a later fix leaves as they are', async () => {
    const out = file('hubei.xlsx');
    const { code } = await run('template', 'hubei2019', '-o', out, '--preset', 'hubei-2019');
    expect(code).toBe(0);
    const grid = await sheetOf(out);
    expect(grid.value(0, 0)).toBe('项目支出绩效自评表');
    expect(grid.formula(2, 4)).toBe('=IF(N(G3)=0,"",IF(G3>=90,"优",IF(G3>=80,"良",IF(G3>=60,"中","差"))))');
    const host = await FileHost.fromData(readFileSync(out), out);
    expect(await host.getSetting('preset')).toBe('hubei-2019');
    // one A4 page wide when printed, paragraphs in tall rows
    const ws = host.workbook.worksheets[0];
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
    });
    expect(ws.getRow(1).height).toBe(32);
    const again = await run('fix', out, '-o', file('hubei-fixed.xlsx'));
    expect(again.code).toBe(0);
    // Any cell written again keeps its formula (only a cached value read back as empty is refreshed).
    const written = again.io.stdout.split('\n').filter((l) => l.includes(' → '));
    for (const line of written) expect(line).toMatch(/: (=\S+) → \1 = /);
  });

  it('rejects an unknown form or a missing output', async () => {
    const unknown = await run('template', 'nosuch', '-o', file('n.xlsx'));
    expect(unknown.code).toBe(2);
    expect(unknown.io.stderr).toContain('national');
    expect((await run('template', 'national')).code).toBe(2);
  });
});
