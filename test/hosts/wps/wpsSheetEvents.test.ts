/** WpsHost.onActiveSheetChange over `ApiEvent` `SheetActivate`. */
import { SheetSnapshot } from '../../../src/core/grid';
import { WpsHost } from '../../../src/hosts/wps/wpsHost';
import { makeWpsHost } from './makeWpsHost';

function emptySheet(name: string): { snapshot: SheetSnapshot } {
  return { snapshot: { name, rowCount: 0, colCount: 0, values: [], merges: [] } };
}

describe('WpsHost.onActiveSheetChange', () => {
  test('reports the name of the sheet the user shows until unsubscribed', () => {
    const { host, fake } = makeWpsHost([emptySheet('自评表'), emptySheet('模板')]);
    const shown: string[] = [];
    const stop = host.onActiveSheetChange((sheet) => shown.push(sheet));
    expect(fake.sheetActivateListenerCount).toBe(1);

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
