import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ExcelJS from 'exceljs';
import { AnalyzeOptions } from '../../src/core/analyze';
import { runCheck } from '../../src/cli/check';
import { runCli } from '../../src/cli/main';
import { FileHost } from '../../src/hosts/file/fileHost';
import { Grid } from '../../src/core/grid';
import { sampleOutcome } from '../../scripts/checkSample';
import { buildAll } from '../fixtures/build';
import { workbooks } from '../fixtures/workbooks';
import { Captured, capture } from './capture';

/** What a new user meets with careless input: missing folders, existing files, no form, names. */

const dir = mkdtempSync(join(tmpdir(), 'selfeval-first-hour-'));
const file = (name: string) => join(dir, name);

async function run(...argv: string[]): Promise<{ code: number; io: Captured }> {
  const io = capture();
  const code = await runCli(argv, io);
  return { code, io };
}

/** One line on stderr, in Chinese, with no Node error code or stack. */
function expectOneChineseLine(stderr: string) {
  const lines = stderr.split('\n').filter(Boolean);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/[\u4e00-\u9fff]/);
  expect(lines[0]).not.toMatch(/ENOENT|EISDIR|EACCES|内部错误|internal error|\bat /);
}

beforeAll(async () => {
  await buildAll(
    dir,
    workbooks.filter((w) => w.file === 'seed002.xlsx'),
  );
  const noForm = new ExcelJS.Workbook();
  const ws = noForm.addWorksheet('通讯录');
  ws.addRow(['姓名', '电话']);
  ws.addRow(['张三', '13800000000']);
  await noForm.xlsx.writeFile(file('no-form.xlsx'));
});

describe('file-system errors', () => {
  it('-o into a folder that does not exist: one Chinese line naming the folder, exit 2', async () => {
    const out = join(dir, 'no-such-folder', 'out.xlsx');
    for (const argv of [
      ['template', 'national', '-o', out],
      ['fix', file('seed002.xlsx'), '-o', out],
    ]) {
      const { code, io } = await run(...argv);
      expect(code).toBe(2);
      expectOneChineseLine(io.stderr);
      expect(io.stderr).toContain('文件夹不存在');
      expect(io.stderr).toContain(join(dir, 'no-such-folder'));
      expect(existsSync(out)).toBe(false);
    }
  });

  it('speaks English under --lang en', async () => {
    const out = join(dir, 'no-such-folder', 'out.xlsx');
    const { code, io } = await run('template', 'national', '-o', out, '--lang', 'en');
    expect(code).toBe(2);
    expect(io.stderr).toMatch(/^selfeval: Folder does not exist: /);
  });

  it('-o naming a folder: refused as existing, and with --force told it is a folder', async () => {
    const folder = file('a-folder');
    mkdirSync(folder);
    const plain = await run('template', 'national', '-o', folder);
    expect(plain.code).toBe(2);
    expect(plain.io.stderr).toContain('输出文件已存在');
    const forced = await run('template', 'national', '-o', folder, '--force');
    expect(forced.code).toBe(2);
    expectOneChineseLine(forced.io.stderr);
    expect(forced.io.stderr).toContain('这是一个文件夹，不是文件');
  });
});

describe('an existing output file is kept unless --force', () => {
  it('template -o', async () => {
    const out = file('kept-template.xlsx');
    writeFileSync(out, 'a person’s work');
    const refused = await run('template', 'national', '-o', out);
    expect(refused.code).toBe(2);
    expectOneChineseLine(refused.io.stderr);
    expect(refused.io.stderr).toContain('--force');
    expect(readFileSync(out, 'utf8')).toBe('a person’s work');
    const forced = await run('template', 'national', '-o', out, '--force');
    expect(forced.code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });

  it('fix -o', async () => {
    const out = file('kept-fix.xlsx');
    writeFileSync(out, 'a person’s work');
    const refused = await run('fix', file('seed002.xlsx'), '-o', out);
    expect(refused.code).toBe(2);
    expect(refused.io.stderr).toContain('输出文件已存在');
    expect(readFileSync(out, 'utf8')).toBe('a person’s work');
    const forced = await run('fix', file('seed002.xlsx'), '-o', out, '--force');
    expect(forced.code).toBe(0);
    const host = await FileHost.fromData(readFileSync(out), out);
    const grid = new Grid(await host.readSheet((await host.sheetNames())[0]));
    expect(grid.formula(5, 6)).toBe('=IF(N(D6)=0,"",E6/D6)');
  });
});

describe('fix on a workbook with no form', () => {
  it('says 未识别到绩效自评表, writes nothing and exits 1', async () => {
    const out = file('no-form-fixed.xlsx');
    const { code, io } = await run('fix', file('no-form.xlsx'), '-o', out);
    expect(code).toBe(1);
    expect(io.stderr).toContain('未识别到绩效自评表');
    expect(io.stdout).not.toContain('共 0 张表');
    expect(existsSync(out)).toBe(false);
  });
});

describe('--version', () => {
  it('prints the package version', async () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as {
      version: string;
    };
    for (const flag of ['--version', '-V']) {
      const { code, io } = await run(flag);
      expect(code).toBe(0);
      expect(io.stdout).toBe(`selfeval ${pkg.version}\n`);
    }
  });
});

describe('preset and template names in both spellings', () => {
  it('--help lists both spellings of each', async () => {
    const { io } = await run('--help');
    expect(io.stdout).toContain('national-2020（national）');
    expect(io.stdout).toContain('hubei-2019（hubei2019）');
    expect(io.stdout).toContain('wuhan-2020（wuhan2020）');
    for (const command of ['check', 'fix', 'template']) {
      const help = await run(command, '--help');
      expect(help.io.stdout).toContain('hubei-2019（hubei2019）');
    }
    const templateHelp = await run('template', '--help');
    expect(templateHelp.io.stdout).toContain('national（national-2020）');
  });

  it('--preset takes a template name and template takes a preset name', async () => {
    const seen: AnalyzeOptions[] = [];
    const io = capture();
    await runCheck(
      [file('seed002.xlsx'), '--preset', 'hubei2019'],
      { io, lang: 'zh' },
      (snapshot, options) => {
        seen.push(options);
        return { sheet: snapshot.name, regions: [], findings: [], targets: [] };
      },
    );
    expect(seen[0].preset).toBe('hubei-2019');

    const out = file('hubei-by-preset-name.xlsx');
    const written = await run('template', 'hubei-2019', '-o', out, '--preset', 'Hubei2019');
    expect(written.code).toBe(0);
    const host = await FileHost.fromData(readFileSync(out), out);
    expect(await host.getSetting('preset')).toBe('hubei-2019');
    const grid = new Grid(await host.readSheet((await host.sheetNames())[0]));
    expect(grid.value(0, 0)).toBe('项目支出绩效自评表');

    const national = await run('template', 'national-2020', '-o', file('national-by-preset-name.xlsx'));
    expect(national.code).toBe(0);
    expect(national.io.stdout).toContain('财预〔2020〕10号');
  });

  it('still refuses a name that is neither, listing both spellings', async () => {
    const { code, io } = await run('check', file('seed002.xlsx'), '--preset', 'beijing');
    expect(code).toBe(2);
    expect(io.stderr).toContain('national-2020（national）');
  });
});

describe('npm run check:sample', () => {
  it('explains that exit status 1 is the expected outcome on the faulty sample', () => {
    const expected = sampleOutcome(1);
    expect(expected.exitCode).toBe(0);
    expect(expected.note).toContain('退出码为 1');
    expect(expected.note).toContain('预期');
    expect(sampleOutcome(0).exitCode).toBe(1);
    expect(sampleOutcome(2).exitCode).toBe(2);
  });
});
