/** WpsHost.onActiveSheetChange over `ApiEvent` `SheetActivate`. */
import { SheetSnapshot } from '../../../src/core/grid';
import { WpsHost } from '../../../src/hosts/wps/wpsHost';
import { makeWpsHost } from './makeWpsHost';

function emptySheet(name: string): { snapshot: SheetSnapshot } {
  return { snapshot: { name, rowCount: 0, colCount: 0, values: [], merges: [] } };
}

describe('WpsHost.onActiveSheetChange', () => {
  test.each([[['name']], [['closure']], [['name', 'closure']]] as const)(
    'reports each activation once where WPS honours listeners %j',
    (forms) => {
      const { host, fake } = makeWpsHost([emptySheet('自评表'), emptySheet('模板')]);
      fake.apiEventForms = [...forms];
      const shown: string[] = [];
      const stop = host.onActiveSheetChange((sheet) => shown.push(sheet));
      fake.userActivates('模板');
      fake.userActivates('自评表');
      expect(shown).toEqual(['模板', '自评表']);
      stop();
      expect(fake.sheetActivateListenerCount).toBe(0);
      // the global function registered by name is gone with it
      expect(Object.keys(globalThis).filter((k) => k.startsWith('selfevalApiEvent'))).toEqual([]);
    },
  );

  test('reports the name of the sheet the user shows until unsubscribed', () => {
    const { host, fake } = makeWpsHost([emptySheet('自评表'), emptySheet('模板')]);
    const shown: string[] = [];
    const stop = host.onActiveSheetChange((sheet) => shown.push(sheet));
    // by a global function's name and as a closure: builds honour one or the other or both
    expect(fake.sheetActivateListenerCount).toBe(2);

    fake.userActivates('模板');
    fake.userActivates('自评表');
    expect(shown).toEqual(['模板', '自评表']);

    stop();
    expect(fake.sheetActivateListenerCount).toBe(0);
    fake.userActivates('模板');
    expect(shown).toEqual(['模板', '自评表']);
  });

  test("unsubscribing removes only this listener, not other add-ins' or panes'", () => {
    const { host, fake } = makeWpsHost([emptySheet('自评表'), emptySheet('模板')]);
    const first: string[] = [];
    const second: string[] = [];
    const stopFirst = host.onActiveSheetChange((sheet) => first.push(sheet));
    host.onActiveSheetChange((sheet) => second.push(sheet));
    stopFirst();
    fake.userActivates('模板');
    expect(first).toEqual([]);
    expect(second).toEqual(['模板']);
  });

  test('without ApiEvent nothing is registered and the unsubscribe does nothing', () => {
    const { fake } = makeWpsHost([emptySheet('自评表'), emptySheet('模板')]);
    const host = new WpsHost(fake.application, null);
    const shown: string[] = [];
    const stop = host.onActiveSheetChange((sheet) => shown.push(sheet));
    fake.userActivates('模板');
    stop();
    expect(shown).toEqual([]);
    expect(fake.sheetActivateListenerCount).toBe(0);
  });
});
