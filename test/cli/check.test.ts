import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Analyzer, runCheck } from '../../src/cli/check';
import { CliContext, Lang } from '../../src/cli/io';
import { runCli } from '../../src/cli/main';
import { AnalyzeOptions } from '../../src/core/analyze';
import { Finding, makeFinding } from '../../src/core/findings';
import { SheetSnapshot } from '../../src/core/grid';
import { Region } from '../../src/core/model';
import { FileHost } from '../../src/hosts/file/fileHost';
import { encryptedXlsxBytes, xlsxBytes } from '../hosts/file/helpers';
import { capture } from './capture';

const dir = mkdtempSync(join(tmpdir(), 'selfeval-cli-'));
const file = (name: string) => join(dir, name);

beforeAll(async () => {
  const good = await xlsxBytes((wb) => {
    const ws = wb.addWorksheet('自评表');
    ws.getCell('A1').value = '项目支出绩效自评表';
    ws.getCell('A3').value = '项目名称';
    wb.addWorksheet('说明').getCell('A1').value = '填表说明';
  });
  writeFileSync(file('good.xlsx'), good);
  const remembering = await FileHost.fromData(good, 'remembering.xlsx');
  await remembering.setSetting('preset', 'hubei-2019');
  writeFileSync(file('remembering.xlsx'), await remembering.toBuffer());
  writeFileSync(file('notes.txt'), '项目名称：综治工作经费\n');
  writeFileSync(file('half.xlsx'), good.slice(0, Math.floor(good.length / 2)));
  writeFileSync(file('locked.xlsx'), encryptedXlsxBytes());
});

/** A region and findings as core would report them, so the CLI is tested apart from detection. */
function region(sheet: string): Region {
  return {
    kind: 'project',
    layout: 'national',
    sheet,
    range: { top: 0, left: 0, bottom: 19, right: 8 },
    title: '社区矫正工作经费',
    titleCell: { row: 0, col: 0 },
    indicators: [],
    weightGroups: [],
  };
}

function fakeAnalyzer(findingsFor: (sheet: string) => Finding[], seen: AnalyzeOptions[] = []): Analyzer {
  return (snapshot: SheetSnapshot, options: AnalyzeOptions) => {
    seen.push(options);
    if (snapshot.name !== '自评表') return { sheet: snapshot.name, regions: [], findings: [], targets: [] };
    return {
      sheet: snapshot.name,
      regions: [region(snapshot.name)],
      findings: findingsFor(snapshot.name),
      targets: [],
    };
  };
}

const fundSum = (sheet: string) =>
  makeFinding('fund-sum', sheet, 5, 3, '年度资金总额的全年预算数与明细合计不符', 'Total budget differs', 0);
const overBudget = (sheet: string) =>
  makeFinding('over-budget', sheet, 5, 4, '执行数超过预算数', 'Over budget', 0);
const asText = (sheet: string) =>
  makeFinding('number-as-text', sheet, 6, 3, '数字存为文本', 'Number stored as text', 0);

async function check(argv: string[], analyzer: Analyzer, lang: Lang = 'zh') {
  const io = capture();
  const ctx: CliContext = { io, lang };
  const code = await runCheck(argv, ctx, analyzer);
  return { code, ...io };
}

describe('selfeval check (report)', () => {
  it('lists tables first, then findings, then the summary, and exits 1 on an error finding', async () => {
    const r = await check(
      [file('good.xlsx')],
      fakeAnalyzer((s) => [fundSum(s), overBudget(s), asText(s)]),
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toEqual([
      `== ${file('good.xlsx')} ==`,
      '  识别到 1 个表格：',
      '    工作表  类型      版式      范围    标题',
      '    自评表  项目支出  全国通用  A1:I20  社区矫正工作经费',
      '  发现 3 个问题：',
      '    工作表  单元格  级别  说明',
      '    自评表  D6      错误  年度资金总额的全年预算数与明细合计不符',
      '    自评表  E6      警告  执行数超过预算数',
      '    自评表  D7      提示  数字存为文本',
      '共 1 个文件，1 个表格，1 个错误，1 个警告，1 个提示',
    ]);
  });

  it('exits 0 when the findings are only warnings and notes, and says so when there are none', async () => {
    expect(
      (
        await check(
          [file('good.xlsx')],
          fakeAnalyzer((s) => [overBudget(s), asText(s)]),
        )
      ).code,
    ).toBe(0);
    const clean = await check(
      [file('good.xlsx')],
      fakeAnalyzer(() => []),
    );
    expect(clean.code).toBe(0);
    expect(clean.stdout).toContain('  未发现问题。\n');
  });

  it('prints English with --lang en', async () => {
    const r = await check(
      [file('good.xlsx')],
      fakeAnalyzer((s) => [fundSum(s)]),
      'en',
    );
    expect(r.stdout).toContain('    Sheet   Kind     Layout    Range   Title\n');
    expect(r.stdout).toContain('    自评表  D6    error     Total budget differs\n');
    expect(r.stdout).toContain('1 file, 1 table, 1 error, 0 warnings, 0 info\n');
  });

  it('uses the preset the workbook remembers unless --preset overrides it', async () => {
    const seen: AnalyzeOptions[] = [];
    await check(
      [file('remembering.xlsx'), file('good.xlsx')],
      fakeAnalyzer(() => [], seen),
    );
    expect(seen.map((o) => o.preset)).toEqual(['hubei-2019', 'hubei-2019', undefined, undefined]);
    seen.length = 0;
    await check(
      [file('remembering.xlsx'), '--preset', 'wuhan-2020'],
      fakeAnalyzer(() => [], seen),
    );
    expect(seen.map((o) => o.preset)).toEqual(['wuhan-2020', 'wuhan-2020']);
  });

  it('checks only the sheets named with --sheet, and a missing sheet is that file’s error', async () => {
    const seen: AnalyzeOptions[] = [];
    const r = await check(
      [file('good.xlsx'), '--sheet', '说明'],
      fakeAnalyzer(() => [], seen),
    );
    expect(seen).toHaveLength(1);
    expect(r.stdout).toContain('未识别到绩效自评表。');
    const missing = await check(
      [file('good.xlsx'), '--sheet', '汇总'],
      fakeAnalyzer(() => []),
    );
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(`selfeval: 找不到工作表：汇总（${file('good.xlsx')}）\n`);
  });
});

describe('selfeval check --json', () => {
  it('prints exactly the contract of DOMAIN.md §6, with unreadable files as entries carrying "error"', async () => {
    const r = await check(
      ['--json', file('good.xlsx'), file('missing.xlsx')],
      fakeAnalyzer((s) => [fundSum(s), asText(s)]),
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({
      files: [
        {
          file: file('good.xlsx'),
          regions: [
            {
              sheet: '自评表',
              kind: 'project',
              layout: 'national',
              range: 'A1:I20',
              title: '社区矫正工作经费',
            },
          ],
          findings: [
            {
              rule: 'fund-sum',
              severity: 'error',
              sheet: '自评表',
              cell: 'D6',
              message: '年度资金总额的全年预算数与明细合计不符',
            },
            {
              rule: 'number-as-text',
              severity: 'info',
              sheet: '自评表',
              cell: 'D7',
              message: '数字存为文本',
            },
          ],
        },
        {
          file: file('missing.xlsx'),
          error: `文件不存在：${file('missing.xlsx')}`,
          regions: [],
          findings: [],
        },
      ],
    });
  });

  it('uses English messages with --lang en', async () => {
    const io = capture();
    await runCheck(
      ['--json', file('good.xlsx')],
      { io, lang: 'en' },
      fakeAnalyzer((s) => [fundSum(s)]),
    );
    expect(JSON.parse(io.stdout).files[0].findings[0].message).toBe('Total budget differs');
  });

  it('keeps the contract’s keys with the real analyser', async () => {
    const io = capture();
    const code = await runCli(['check', '--json', file('good.xlsx')], io);
    const doc = JSON.parse(io.stdout);
    expect(Object.keys(doc)).toEqual(['files']);
    expect(Object.keys(doc.files[0])).toEqual(['file', 'regions', 'findings']);
    for (const g of doc.files[0].regions)
      expect(Object.keys(g)).toEqual(['sheet', 'kind', 'layout', 'range', 'title']);
    for (const f of doc.files[0].findings) {
      expect(Object.keys(f)).toEqual(['rule', 'severity', 'sheet', 'cell', 'message']);
    }
    expect([0, 1]).toContain(code);
  });
});

describe('selfeval (files that cannot be read, usage)', () => {
  const cases: [string, string][] = [
    ['missing.xlsx', '文件不存在：'],
    ['notes.txt', '不是表格文件（可读取 .xlsx、.xls、.et、.ods）：'],
    ['half.xlsx', '文件已损坏，无法读取：'],
    ['locked.xlsx', '工作簿有密码保护，请先取消密码：'],
  ];

  it.each(cases)('%s: one line on stderr and exit 2', async (name, prefix) => {
    const io = capture();
    expect(await runCli(['check', file(name)], io)).toBe(2);
    expect(io.stderr).toBe(`selfeval: ${prefix}${file(name)}\n`);
    expect(io.stdout).toBe('共 1 个文件，0 个表格，0 个错误，0 个警告，0 个提示，1 个文件无法读取\n');
  });

  it('goes on with the other files after one cannot be read', async () => {
    const io = capture();
    const code = await runCli(['check', file('locked.xlsx'), file('good.xlsx'), file('notes.txt')], io);
    expect(code).toBe(2);
    expect(io.stderr.trimEnd().split('\n')).toHaveLength(2);
    expect(io.stdout).toContain(`== ${file('good.xlsx')} ==`);
    expect(io.stdout).toMatch(/^共 3 个文件，.*，2 个文件无法读取$/m);
  });

  it('answers --help, and usage mistakes with one line, a hint and exit 2', async () => {
    const help = capture();
    expect(await runCli(['--help'], help)).toBe(0);
    expect(help.stdout).toContain('check');
    const checkHelp = capture();
    expect(await runCli(['check', '--help'], checkHelp)).toBe(0);
    expect(checkHelp.stdout).toContain('--preset');
    for (const [argv, message] of [
      [['check'], '请至少给出一个 .xlsx 文件'],
      [['check', '--preset', 'x', 'a.xlsx'], '选项 --preset 的值只能是'],
      [['fixit', 'a.xlsx'], '未知命令：fixit'],
    ] as [string[], string][]) {
      const io = capture();
      expect(await runCli(argv, io)).toBe(2);
      expect(io.stderr).toMatch(new RegExp(`^selfeval: ${message}.*\\n用 selfeval --help 查看用法。\\n$`));
    }
    const none = capture();
    expect(await runCli([], none)).toBe(2);
    expect(none.stderr).toContain('用法：selfeval 命令');
  });

  it('runs as a program and sets the exit status (smoke test through tsx)', () => {
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(__dirname, '../../src/cli/main.ts'), 'check', file('notes.txt')],
      { encoding: 'utf8', timeout: 60_000 },
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      `selfeval: 不是表格文件（可读取 .xlsx、.xls、.et、.ods）：${file('notes.txt')}\n`,
    );
  });
});
