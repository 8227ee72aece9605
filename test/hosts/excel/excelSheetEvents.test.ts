/** ExcelHost.onActiveSheetChange over `worksheets.onActivated` (ExcelApi 1.7). */
import { SheetSnapshot } from '../../../src/core/grid';
import { makeExcelHost } from './makeExcelHost';

function emptySheet(name: string): { snapshot: SheetSnapshot } {
  return { snapshot: { name, rowCount: 0, colCount: 0, values: [], merges: [] } };
}

/** Lets queued runs and syncs finish (the fake resolves each sync in a microtask). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('ExcelHost.onActiveSheetChange', () => {
  test('reports the name of the sheet the user shows, resolved from its id in one sync', async () => {
    const { host, fake } = makeExcelHost([emptySheet('自评表'), emptySheet('模板')]);
    const shown: string[] = [];
    host.onActiveSheetChange((sheet) => shown.push(sheet));
    await settle();
    expect(fake.activationHandlerCount).toBe(1);

    fake.resetStats();
    await fake.userActivates('模板');
    expect(shown).toEqual(['模板']);
    expect(fake.stats.syncs).toBe(1);

    fake.sheet('自评表').name = '自评表（改名）';
    await fake.userActivates('自评表（改名）');
    expect(shown).toEqual(['模板', '自评表（改名）']);
  });

  test('unsubscribing removes the handler through the context that added it, and stops the listener', async () => {
    const { host, fake } = makeExcelHost([emptySheet('自评表'), emptySheet('模板')]);
    const shown: string[] = [];
    const stop = host.onActiveSheetChange((sheet) => shown.push(sheet));
    await settle();

    stop();
    await settle();
    expect(fake.activationHandlerCount).toBe(0);
    await fake.userActivates('模板');
    expect(shown).toEqual([]);
  });

  test('unsubscribing before the registration finished still removes the handler', async () => {
    const { host, fake } = makeExcelHost([emptySheet('自评表'), emptySheet('模板')]);
    const shown: string[] = [];
    host.onActiveSheetChange((sheet) => shown.push(sheet))();
    await settle();
    expect(fake.activationHandlerCount).toBe(0);
    await fake.userActivates('模板');
    expect(shown).toEqual([]);
  });

  test('without ExcelApi 1.7 nothing is registered and the unsubscribe does nothing', async () => {
    const { host, fake } = makeExcelHost([emptySheet('自评表'), emptySheet('模板')], (f) => {
      f.excelApiMinor = 6;
    });
    const shown: string[] = [];
    const stop = host.onActiveSheetChange((sheet) => shown.push(sheet));
    await settle();
    expect(fake.stats.runs).toBe(0);
    await fake.userActivates('模板');
    stop();
    expect(shown).toEqual([]);
    expect(host.requirements.unavailable().map((r) => r.feature)).toContain('worksheetEvents');
  });
});
