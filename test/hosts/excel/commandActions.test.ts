import { templateSheetName } from '../../../src/core/templates/sheetName';
import { SETTINGS_NAMESPACE } from '../../../src/core/settings';
/** The ribbon's actions end to end on the Excel fake, with the real detection and checks. */
import {
  catalogueTemplate,
  insertTemplateOnNewSheet,
  PRESET_SETTING,
  RIBBON_TEMPLATES,
  validateActiveSheet,
} from '../../../src/commands/actions';
import { HIGHLIGHT_FILLS, HIGHLIGHT_SETTING } from '../../../src/taskpane/model/highlights';
import { analyzeSheet } from '../../../src/core/analyze';
import { listTemplates } from '../../../src/core/templates';
import { makeExcelHost } from './makeExcelHost';
import { nationalSheet } from './nationalSheet';

describe('一键校验 with the real checks', () => {
  test('marks exactly the cells the analysis reports, and nothing on a clean sheet', async () => {
    const sheet = nationalSheet('自评表', 3);
    sheet.values[6][6] = 0.5; // 执行率 shown 50% where 全年执行数/全年预算数 is 95%
    const { host, fake } = makeExcelHost([{ snapshot: sheet }]);
    const expected = analyzeSheet(sheet).findings;
    expect(expected.map((f) => `${f.rule} ${f.cell}`)).toContain('rate G7');

    const outcome = await validateActiveSheet(host);
    expect(outcome.analysis.findings).toEqual(expected);
    expect(outcome.message).toMatch(/^共检查 3 张表，发现 \d+ 个问题（错误 \d+.*），已用底色标出。$/);
    expect(fake.cell('自评表', 6, 6).fill).toBe(HIGHLIGHT_FILLS.error);
    const marked = JSON.parse(fake.settings.saved.get(SETTINGS_NAMESPACE + HIGHLIGHT_SETTING) ?? '{}');
    expect(marked['自评表'].map((c: { row: number; col: number }) => `${c.row},${c.col}`).sort()).toEqual(
      [...new Set(expected.map((f) => `${f.row},${f.col}`))].sort(),
    );

    // The user fixes the rate; checking again takes the marks away.
    await host.applyPlan({ label: '修复', edits: [{ sheet: '自评表', row: 6, col: 6, value: 0.95 }] });
    const clean = await validateActiveSheet(host);
    expect(clean.analysis.findings).toEqual([]);
    expect(clean.message).toBe('共检查 3 张表，未发现问题。');
    expect(fake.cell('自评表', 6, 6).fill).toBeNull();
    expect(fake.settings.saved.get(SETTINGS_NAMESPACE + HIGHLIGHT_SETTING)).toBe('{}');
  });

  test('on a protected sheet it still reports, without marks', async () => {
    const sheet = nationalSheet('自评表', 1);
    sheet.values[6][6] = 0.5;
    const { host, fake } = makeExcelHost([{ snapshot: sheet, protected: true }]);
    const outcome = await validateActiveSheet(host);
    expect(outcome.message).toMatch(/；工作表受保护，未能标出底色。$/);
    expect(fake.cell('自评表', 6, 6).fill).toBeNull();
  });
});

describe('插入模板 from the catalogue', () => {
  test('every ribbon item names a catalogue form, built for the workbook preset', async () => {
    const ids = listTemplates().map((t) => t.id);
    for (const id of RIBBON_TEMPLATES) expect(ids).toContain(id);
    const { host, fake } = makeExcelHost([{ snapshot: nationalSheet('Sheet1', 1) }]);
    await host.setSetting(PRESET_SETTING, 'hubei-2019');
    for (const id of RIBBON_TEMPLATES) {
      const namesBefore = await host.sheetNames();
      const outcome = await insertTemplateOnNewSheet(host, catalogueTemplate(id));
      const spec = catalogueTemplate(id)('hubei-2019');
      expect(outcome.sheet).toBe(templateSheetName(spec.name, namesBefore));
      const formulaCell = spec.cells.find((c) => c.formula);
      if (formulaCell)
        expect(fake.cell(outcome.sheet, formulaCell.row, formulaCell.col).formula).toBe(formulaCell.formula);
    }
    expect(fake.sheetNames()).toHaveLength(1 + RIBBON_TEMPLATES.length);
  });
});
