import ExcelJS from 'exceljs';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main';
import { escapeHtml, hrefOf, reportHtml } from '../../src/cli/report/htmlReport';
import { buildAll } from '../fixtures/build';
import { capture } from './capture';

/** `check --report`: the review a reviewer sends on, as a workbook and as one page. */
const root = mkdtempSync(join(tmpdir(), 'selfeval-report-'));
const folder = join(root, '报送 材料');
const out = join(root, '结果');
let json: {
  files: { file: string; error?: string; findings: { cell: string; message: string; severity: string }[] }[];
};

beforeAll(async () => {
  const built = await buildAll(join(root, 'built'));
  const pick = (name: string) => built.find((f) => f.endsWith(name))!;
  mkdirSync(join(folder, '二级单位'), { recursive: true });
  mkdirSync(out);
  copyFileSync(pick('seed000.xlsx'), join(folder, '洪山.xlsx'));
  copyFileSync(pick('seed002.xlsx'), join(folder, '二级单位', '昌吉.xlsx'));
  copyFileSync(pick('variant-clean.xlsx'), join(folder, '司法局.xlsx'));
  writeFileSync(join(folder, '坏的.xlsx'), 'not a workbook');
  const io = capture();
  await runCli(['check', '--json', '--jobs', '1', folder], io);
  json = JSON.parse(io.stdout) as typeof json;
}, 60_000);

describe('--report 审核结果.xlsx', () => {
  let workbook: ExcelJS.Workbook;
  const report = join(out, '审核结果.xlsx');

  beforeAll(async () => {
    const io = capture();
    expect(await runCli(['check', folder, '--report', report], io)).toBe(2);
    expect(io.stdout).toContain(`已写出 4 个文件的审核结果：${report}`);
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(report);
  }, 60_000);

  it('has a summary row per file with unit, project, counts, score, grade and status', () => {
    const ws = workbook.getWorksheet('汇总')!;
    const rows = ws.getSheetValues().slice(1) as unknown[][];
    expect(rows[0].slice(1)).toEqual([
      '文件',
      '单位',
      '项目',
      '表格数',
      '错误',
      '警告',
      '自评得分',
      '自评等次',
      '状态',
    ]);
    expect(rows).toHaveLength(5);
    const byName = new Map(rows.slice(1).map((r) => [(r[1] as ExcelJS.CellHyperlinkValue).text, r.slice(2)]));
    expect(byName.get('坏的.xlsx')?.[7]).toBe(
      `无法读取：不是表格文件（可读取 .xlsx、.xls、.et、.ods）：${join(folder, '坏的.xlsx')}`,
    );
    const hongshan = byName.get('洪山.xlsx')!;
    expect(hongshan[0]).toBe('中国共产党武汉市洪山区委政法委员会');
    expect(hongshan[1]).toBe('机关综合工作经费、平安洪山建设工作经费、网格技防工作经费');
    expect(hongshan[2]).toBe(3);
    expect(hongshan[6]).toBe('优');
    const file = json.files.find((f) => f.file.endsWith('昌吉.xlsx'))!;
    const changji = byName.get('昌吉.xlsx')!;
    const count = (sev: string) => file.findings.filter((f) => f.severity === sev).length;
    expect([changji[3], changji[4]]).toEqual([count('error'), count('warning')]);
    expect(count('error')).toBeGreaterThan(0);
    expect(changji[7]).toBe('有错误');
  });

  it('links every file name to the file, relative to the report', () => {
    const ws = workbook.getWorksheet('汇总')!;
    const links = (ws.getSheetValues().slice(2) as unknown[][]).map(
      (r) => (r[1] as ExcelJS.CellHyperlinkValue).hyperlink,
    );
    expect(links.sort()).toEqual(
      [
        '../报送 材料/二级单位/昌吉.xlsx',
        '../报送 材料/坏的.xlsx',
        '../报送 材料/司法局.xlsx',
        '../报送 材料/洪山.xlsx',
      ].sort(),
    );
  });

  it('lists every finding of the JSON document in the findings sheet', () => {
    const ws = workbook.getWorksheet('问题清单')!;
    const rows = (ws.getSheetValues().slice(2) as unknown[][]).map((r) => [
      (r[1] as ExcelJS.CellHyperlinkValue).text,
      r[3],
      r[6],
    ]);
    const expected = json.files.flatMap((f) =>
      f.findings.map((x) => [f.file.split('/').pop(), x.cell, x.message]),
    );
    expect(rows).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
  });

  it('freezes the header and filters both sheets', () => {
    for (const name of ['汇总', '问题清单']) {
      const ws = workbook.getWorksheet(name)!;
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(String(ws.autoFilter)).toMatch(/^A1:[FI]\d+$/);
    }
  });
});

describe('--report 审核结果.html', () => {
  it('writes one self-contained page with both tables; English with --lang en', async () => {
    const page = join(out, 'review.html');
    const io = capture();
    expect(await runCli(['check', '--json', folder, '--report', page, '--lang', 'en'], io)).toBe(2);
    expect(JSON.parse(io.stdout)).toBeDefined(); // stdout stays pure JSON; the note goes to stderr
    expect(io.stderr).toContain(`Review of 4 files written to ${page}`);
    const html = readFileSync(page, 'utf8');
    expect(html).toContain('<th>Unit</th>');
    expect(html).toContain('<th>Message</th>');
    expect(html).toContain(`href="${hrefOf('../报送 材料/洪山.xlsx')}"`);
    expect(html).not.toMatch(/(src|href)="https?:/);
    expect(html).not.toMatch(/<link\b/);
  });

  it('escapes what the forms hold', () => {
    const html = reportHtml(
      {
        summary: [],
        findings: [
          {
            file: 'a<b>.xlsx',
            link: 'a<b>.xlsx',
            sheet: 'S',
            cell: 'A1',
            rule: 'blank',
            severity: 'error',
            severityText: '错误',
            message: '<script>x</script>',
          },
        ],
      },
      'zh',
    );
    expect(html).toContain(escapeHtml('<script>x</script>'));
    expect(html).not.toContain('<script>x</script>');
    expect(html).toContain('href="a%3Cb%3E.xlsx"');
  });
});

describe('--report in the folder checked', () => {
  it('is not taken for a form, and another name than .xlsx/.html is refused', async () => {
    const inside = join(folder, '审核结果.xlsx');
    for (let i = 0; i < 2; i++) {
      const io = capture();
      await runCli(['check', folder, '--report', inside], io);
      expect(io.stdout).toContain('已写出 4 个文件的审核结果');
    }
    const bad = capture();
    expect(await runCli(['check', folder, '--report', 'x.pdf'], bad)).toBe(2);
    expect(bad.stderr).toContain('审核报告只能是 .xlsx 或 .html 文件：x.pdf');
  }, 60_000);
});
