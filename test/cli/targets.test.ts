import { join } from 'node:path';
import { runCli } from '../../src/cli/main';
import { ADJUSTED_FORM } from '../core/layouts/cases/adjusted';
import { DECLARATION } from '../core/layouts/cases/declaration';
import { capture } from './capture';
import { dir, write } from './sparseWorkbook';

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

describe('selfeval fix --rule-scores', () => {
  test('writes 建议得分 formulas, keeps and lists a typed score that differs', async () => {
    const file = await write('scores.xlsx', [
      ['自评表', ADJUSTED_FORM, { I14: 114, J14: 29, J20: 98.5, K14: '部分对象期满。' }],
    ]);
    const out = join(dir, 'scores-fixed.xlsx');
    const io = capture();
    const code = await runCli(['fix', file, '-o', out, '--rule-scores'], io);
    expect(code).toBe(1);
    expect(io.stdout).toContain('J14');
    expect(io.stdout).toContain('=ROUND(H14*MIN(1,I14/F14),2)');
    const forced = join(dir, 'scores-forced.xlsx');
    const io2 = capture();
    expect(await runCli(['fix', file, '-o', forced, '--rule-scores', '--force'], io2)).toBe(0);
    const check = capture();
    await runCli(['check', '--json', forced], check);
    const doc = JSON.parse(check.stdout) as { files: { findings: { rule: string; cell: string }[] }[] };
    expect(doc.files[0].findings.filter((f) => f.rule === 'score-rule')).toEqual([]);
  });
});
