/**
 * The pane and the ribbon's function file run in separate runtimes, each with its own copy of the document
 * settings (FakeSettings models it). Neither may lose what the other saved: the highlight record the
 * ribbon's 一键校验 keeps, the preset the pane keeps.
 */
import { PRESET_SETTING, validateActiveSheet } from '../../../src/commands/actions';
import { SETTINGS_NAMESPACE } from '../../../src/core/settings';
import { DocumentSettingsStore } from '../../../src/hosts/excel/documentSettings';
import { ExcelHost } from '../../../src/hosts/excel/excelHost';
import { ExcelRequirements } from '../../../src/hosts/excel/requirements';
import { HIGHLIGHT_SETTING } from '../../../src/taskpane/model/highlights';
import { FakeExcel, FakeSettings } from './fakeExcel';
import { nationalSheet } from './nationalSheet';

function hostOver(fake: FakeExcel, settings: FakeSettings): ExcelHost {
  return new ExcelHost({
    run: fake.run,
    runInContext: fake.runInContext,
    requirements: new ExcelRequirements(fake.isSetSupported),
    settings: new DocumentSettingsStore(settings, FakeSettings.FAILED),
  });
}

function twoRuntimes() {
  const sheet = nationalSheet('自评表', 2);
  sheet.values[6][6] = 0.5; // a wrong 执行率, for 一键校验 to mark
  const fake = new FakeExcel([{ snapshot: sheet }]);
  const paneSettings = fake.settings;
  const ribbonSettings = fake.settingsOfAnotherRuntime();
  return {
    fake,
    paneSettings,
    ribbonSettings,
    pane: hostOver(fake, paneSettings),
    ribbon: hostOver(fake, ribbonSettings),
  };
}

describe('document settings across the pane and the function file', () => {
  test('the fake gives each runtime its own copy, as Office does without a shared runtime', () => {
    const { paneSettings, ribbonSettings } = twoRuntimes();
    paneSettings.set('a', '1');
    expect(ribbonSettings.get('a')).toBeNull();
  });

  test('the pane reads the highlight record the ribbon saved after the pane started', async () => {
    const { pane, ribbon } = twoRuntimes();
    expect(await pane.getSetting(HIGHLIGHT_SETTING)).toBeNull(); // the pane has looked once already
    await validateActiveSheet(ribbon);
    const record = JSON.parse((await pane.getSetting(HIGHLIGHT_SETTING)) ?? '{}') as Record<string, unknown>;
    expect(Object.keys(record)).toEqual(['自评表']);
  });

  test('saving the preset in the pane keeps the record the ribbon saved, and the ribbon sees the preset', async () => {
    const { pane, ribbon, fake } = twoRuntimes();
    await pane.getSetting(PRESET_SETTING);
    await validateActiveSheet(ribbon);
    await pane.setSetting(PRESET_SETTING, 'hubei2019');
    expect(fake.settings.saved.get(SETTINGS_NAMESPACE + HIGHLIGHT_SETTING)).toMatch(/自评表/);
    expect(await ribbon.getSetting(PRESET_SETTING)).toBe('hubei2019');
    // and the ribbon's next save keeps the preset
    await ribbon.setSetting(HIGHLIGHT_SETTING, '{}');
    expect(fake.settings.saved.get(SETTINGS_NAMESPACE + PRESET_SETTING)).toBe('hubei2019');
  });
});
