/** WpsHost.onCellsChange over `ApiEvent` `SheetChange`, and the save gate over `WorkbookBeforeSave`. */
import { SheetSnapshot } from '../../../src/core/grid';
import { CellsChange, SaveAttempt } from '../../../src/hosts/host';
import { WpsHost } from '../../../src/hosts/wps/wpsHost';
import { makeWpsHost } from './makeWpsHost';

function sheet(name: string): { snapshot: SheetSnapshot } {
  return {
    snapshot: {
      name,
      rowCount: 2,
      colCount: 2,
      values: [
        [1, 2],
        [3, 4],
      ],
      merges: [],
    },
  };
}

describe('WpsHost.onCellsChange', () => {
  test("reports the user's edit with the sheet's name and the range in A1", () => {
    const { host, fake } = makeWpsHost([sheet('自评表'), sheet('模板')]);
    const changes: CellsChange[] = [];
    const stop = host.onCellsChange((c) => changes.push(c));
    // registered by a global function's name and as a closure (builds honour one or both): reported once
    expect(fake.sheetChangeListenerCount).toBe(2);
    fake.userEdits('模板', 'B2', [[99]]);
    fake.userEdits('自评表', 'A1', [[5, 6]]);
    expect(changes).toEqual([
      { sheet: '模板', a1: 'B2', byThisAddin: false },
      { sheet: '自评表', a1: 'A1:B1', byThisAddin: false },
    ]);
    stop();
    expect(fake.sheetChangeListenerCount).toBe(0);
    fake.userEdits('模板', 'B2', [[1]]);
    expect(changes).toHaveLength(2);
  });

  test("this add-in's writes fire SheetChange too, inside the write, with nothing telling them apart", async () => {
    const { host } = makeWpsHost([sheet('自评表')]);
    const changes: CellsChange[] = [];
    host.onCellsChange((c) => changes.push(c));
    await host.applyPlan({ label: '写入公式', edits: [{ sheet: '自评表', row: 0, col: 0, formula: '=B1' }] });
    expect(changes).toEqual([{ sheet: '自评表', a1: 'A1', byThisAddin: false }]);
  });

  test('without ApiEvent nothing is registered', () => {
    const { fake } = makeWpsHost([sheet('自评表')]);
    const host = new WpsHost(fake.application, null);
    const changes: CellsChange[] = [];
    host.onCellsChange((c) => changes.push(c))();
    fake.userEdits('自评表', 'A1', [[5]]);
    expect(changes).toEqual([]);
  });
});

describe('WpsHost.onBeforeSave', () => {
  test('holding the save sets Cancel.Value: the workbook is not saved', () => {
    const { host, fake } = makeWpsHost([sheet('自评表')]);
    const attempts: SaveAttempt[] = [];
    host.onBeforeSave((a) => {
      attempts.push(a);
      return 'hold';
    });
    expect(fake.userSaves()).toBe(false);
    expect(fake.saves).toEqual([]);
    expect(attempts).toEqual([{ saveAs: false, canHold: true }]);
  });

  test('proceeding lets the save through', () => {
    const { host, fake } = makeWpsHost([sheet('自评表')]);
    host.onBeforeSave(() => 'proceed');
    expect(fake.userSaves(true)).toBe(true);
    expect(fake.saves).toEqual([{ saveAs: true }]);
  });

  test('saveWorkbook saves without asking the gate again (仍然保存)', async () => {
    const { host, fake } = makeWpsHost([sheet('自评表')]);
    let asked = 0;
    host.onBeforeSave(() => {
      asked++;
      return 'hold';
    });
    await host.saveWorkbook();
    expect(asked).toBe(0);
    expect(fake.saves).toHaveLength(1);
    // the next save by the user is asked about again
    expect(fake.userSaves()).toBe(false);
    expect(asked).toBe(1);
  });

  test('a build whose event brings no Cancel cannot hold: the save goes on and the gate is told', () => {
    const { host, fake } = makeWpsHost([sheet('自评表')]);
    fake.beforeSaveWithoutCancel = true;
    const attempts: SaveAttempt[] = [];
    host.onBeforeSave((a) => {
      attempts.push(a);
      return 'hold';
    });
    expect(fake.userSaves()).toBe(true);
    expect(attempts).toEqual([{ saveAs: false, canHold: false }]);
  });

  test.each(['apiEvent', 'argument'] as const)(
    'a save answered through %s is held, and 仍然保存 then saves it',
    async (answer) => {
      const { host, fake } = makeWpsHost([sheet('自评表')]);
      fake.saveAnswer = answer;
      host.onBeforeSave(() => 'hold');
      expect(fake.userSaves()).toBe(false);
      await host.saveWorkbook();
      expect(fake.saves).toEqual([{ saveAs: false }]);
      // and the next save is asked again, not held by the answer left standing
      let asked = 0;
      host.onBeforeSave(() => (asked++, 'proceed'));
      expect(fake.userSaves()).toBe(true);
      expect(asked).toBe(1);
    },
  );

  test('a host object that lists no property to `in` still answers (ApiEvent.Cancel, Cancel.Value)', () => {
    const { host, fake } = makeWpsHost([sheet('自评表')]);
    for (const answer of ['apiEvent', 'argument'] as const) {
      fake.saveAnswer = answer;
      const stop = host.onBeforeSave(() => 'hold');
      expect(fake.userSaves()).toBe(false);
      stop();
    }
  });

  test('another open workbook being saved is not asked about', () => {
    const { host, fake } = makeWpsHost([sheet('自评表')]);
    let asked = 0;
    host.onBeforeSave(() => (asked++, 'hold'));
    expect(fake.userSaves(false, 'D:\\其他\\预算表.xlsx')).toBe(true);
    expect(asked).toBe(0);
  });

  test('a hidden pane is shown when a save is held; with no pane to show the save goes on, told', () => {
    const { host, fake } = makeWpsHost([sheet('自评表')]);
    fake.paneVisible = false;
    const attempts: SaveAttempt[] = [];
    const stop = host.onBeforeSave((a) => (attempts.push(a), 'hold'));
    expect(fake.userSaves()).toBe(false);
    expect(fake.paneVisible).toBe(true);
    expect(fake.paneShown).toBe(1);
    stop();

    fake.paneId = null;
    fake.paneVisible = false;
    host.onBeforeSave((a) => (attempts.push(a), 'hold'));
    expect(fake.userSaves()).toBe(true);
    expect(attempts).toEqual([
      { saveAs: false, canHold: true },
      { saveAs: false, canHold: false },
    ]);
  });

  test('a gate that throws never stops the save; unsubscribing removes the listener', () => {
    const { host, fake } = makeWpsHost([sheet('自评表')]);
    const stop = host.onBeforeSave(() => {
      throw new Error('broken');
    });
    expect(fake.userSaves()).toBe(true);
    stop();
    expect(fake.beforeSaveListenerCount).toBe(0);
  });
});
