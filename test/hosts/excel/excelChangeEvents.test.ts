/** ExcelHost.onCellsChange over `worksheets.onChanged` (ExcelApi 1.9; `triggerSource` from 1.14). */
import { SheetSnapshot } from '../../../src/core/grid';
import { CellsChange } from '../../../src/hosts/host';
import { makeExcelHost } from './makeExcelHost';

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

/** Lets queued runs, syncs and the events Excel sends after a sync finish. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('ExcelHost.onCellsChange', () => {
  test("reports the user's edit with the sheet's name and the range, not as this add-in's", async () => {
    const { host, fake } = makeExcelHost([sheet('自评表'), sheet('模板')]);
    const changes: CellsChange[] = [];
    host.onCellsChange((c) => changes.push(c));
    await settle();
    expect(fake.changeHandlerCount).toBe(1);

    await fake.userEdits('模板', 'B2', [[99]]);
    expect(changes).toEqual([{ sheet: '模板', a1: 'B2', byThisAddin: false }]);
    expect(fake.changeEvents[0]).toMatchObject({
      address: 'B2',
      source: 'Local',
      changeType: 'RangeEdited',
      triggerSource: 'Unknown',
    });
  });

  test('a burst of 100 edits on one sheet costs one name lookup', async () => {
    const { host, fake } = makeExcelHost([sheet('自评表')]);
    const changes: CellsChange[] = [];
    host.onCellsChange((c) => changes.push(c));
    await settle();
    fake.resetStats();
    await Promise.all(Array.from({ length: 100 }, (_, i) => fake.userEdits('自评表', `A${i + 1}`, [[i]])));
    expect(changes).toHaveLength(100);
    expect(fake.stats.syncs).toBe(1);
  });

  test("this add-in's own writes come back marked as such from ExcelApi 1.14", async () => {
    const { host } = makeExcelHost([sheet('自评表')]);
    const changes: CellsChange[] = [];
    host.onCellsChange((c) => changes.push(c));
    await settle();
    await host.applyPlan({ label: '写入公式', edits: [{ sheet: '自评表', row: 0, col: 0, formula: '=B1' }] });
    await settle();
    expect(changes).toEqual([{ sheet: '自评表', a1: 'A1', byThisAddin: true }]);
  });

  test('before ExcelApi 1.14 the event carries no triggerSource: own writes cannot be told apart', async () => {
    const { host, fake } = makeExcelHost([sheet('自评表')], (f) => {
      f.excelApiMinor = 13;
    });
    const changes: CellsChange[] = [];
    host.onCellsChange((c) => changes.push(c));
    await settle();
    await host.applyPlan({ label: '写入公式', edits: [{ sheet: '自评表', row: 0, col: 0, formula: '=B1' }] });
    await settle();
    expect(fake.changeEvents[0]).not.toHaveProperty('triggerSource');
    expect(changes).toEqual([{ sheet: '自评表', a1: 'A1', byThisAddin: false }]);
  });

  test('a fill written by the add-in fires no onChanged (Excel reports formats on onFormatChanged)', async () => {
    const { host, fake } = makeExcelHost([sheet('自评表')]);
    const changes: CellsChange[] = [];
    host.onCellsChange((c) => changes.push(c));
    await settle();
    await host.applyPlan({
      label: '标记问题',
      edits: [{ sheet: '自评表', row: 0, col: 0, fill: '#FFC7CE' }],
    });
    await settle();
    expect(changes).toEqual([]);
    expect(fake.changeEvents).toEqual([]);
  });

  test('unsubscribing removes the handler through the context that added it', async () => {
    const { host, fake } = makeExcelHost([sheet('自评表')]);
    const changes: CellsChange[] = [];
    const stop = host.onCellsChange((c) => changes.push(c));
    await settle();
    stop();
    await settle();
    expect(fake.changeHandlerCount).toBe(0);
    await fake.userEdits('自评表', 'A1', [[5]]);
    expect(changes).toEqual([]);
  });

  test('without ExcelApi 1.9 nothing is registered and the pane lists the loss', async () => {
    const { host, fake } = makeExcelHost([sheet('自评表')], (f) => {
      f.excelApiMinor = 8;
    });
    const changes: CellsChange[] = [];
    const stop = host.onCellsChange((c) => changes.push(c));
    await settle();
    expect(fake.stats.runs).toBe(0);
    await fake.userEdits('自评表', 'A1', [[5]]);
    stop();
    expect(changes).toEqual([]);
    expect(host.requirements.unavailable().map((r) => r.feature)).toContain('changeEvents');
  });
});

describe('reads while the user is typing in a cell', () => {
  test('a read waits for the user to leave the cell instead of failing (delayForCellEdit)', async () => {
    const { host, fake } = makeExcelHost([sheet('自评表')]);
    fake.enterCellEdit();
    let read = false;
    const reading = host.readSheet('自评表').then((s) => ((read = true), s));
    await settle();
    expect(read).toBe(false);
    fake.leaveCellEdit();
    const snapshot = await reading;
    expect(snapshot.values[0][0]).toBe(1);
    for (const name of [host.sheetNames(), host.activeSheetName()]) {
      fake.enterCellEdit();
      const pending = name;
      await settle();
      fake.leaveCellEdit();
      await expect(pending).resolves.toBeTruthy();
    }
  });

  test('rows the user inserts are reported as moved cells', async () => {
    const { host, fake } = makeExcelHost([sheet('自评表')]);
    const changes: CellsChange[] = [];
    host.onCellsChange((c) => changes.push(c));
    await settle();
    await fake.insertRowsByHand('自评表', 0, 2);
    expect(changes).toEqual([
      { sheet: '自评表', a1: '1:2', byThisAddin: false, shift: { axis: 'rows', at: 0, count: 2 } },
    ]);
    expect(fake.cell('自评表', 2, 0).value).toBe(1);
  });
});
