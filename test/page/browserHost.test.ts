import * as ExcelJS from 'exceljs';
import { presetById } from '../../src/core/presets';
import { buildTemplate, listTemplates } from '../../src/core/templates';
import { FileHost } from '../../src/hosts/file/fileHost';
import { HostError } from '../../src/hosts/host';
import { BrowserHost } from '../../src/page/browserHost';

function twoSheets(): BrowserHost {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('一').getCell('A1').value = '项目名称';
  wb.addWorksheet('二').getCell('B2').value = 5;
  return new BrowserHost(new FileHost(wb), '自评表.xlsx');
}

function watch(host: BrowserHost) {
  const events: string[] = [];
  host.onChange(() => events.push('changed'));
  host.onSelect((s) => events.push(`selected ${s.sheet}!${s.a1}`));
  return events;
}

describe('BrowserHost', () => {
  it('tells the grid about every write, and reads like the file host', async () => {
    const host = twoSheets();
    const events = watch(host);
    await host.applyPlan({
      label: '写入公式',
      edits: [{ sheet: '二', row: 1, col: 2, formula: '=B2*2', value: 10 }],
    });
    expect(events).toEqual(['changed']);
    const snap = await host.readSheet('二');
    expect(snap.formulas?.[1][2]).toBe('=B2*2');
    expect(snap.values[1][2]).toBe(10);
  });

  it('does not announce a write the file host refused', async () => {
    const host = twoSheets();
    const events = watch(host);
    await expect(
      host.applyPlan({ label: 'x', edits: [{ sheet: '三', row: 0, col: 0, value: 1 }] }),
    ).rejects.toBeInstanceOf(HostError);
    expect(events).toEqual([]);
  });

  it('selects for the pane and the grid alike, and remembers the selection of each sheet', async () => {
    const host = twoSheets();
    const events = watch(host);
    expect(await host.getSelection()).toBeNull();
    await host.select('二', 'b2:c3');
    expect(await host.getSelection()).toEqual({ sheet: '二', a1: 'B2:C3' });
    expect(await host.activeSheetName()).toBe('二');
    await host.showSheet('一');
    await host.showSheet('二');
    expect(events).toEqual(['selected 二!B2:C3', 'selected 一!A1', 'selected 二!B2:C3']);
  });

  it('tells the pane when another sheet is shown, not when the same sheet is selected again', async () => {
    const host = twoSheets();
    const shown: string[] = [];
    const stop = host.onActiveSheetChange((sheet) => shown.push(sheet));
    await host.activeSheetName();
    await host.select('一', 'A2');
    await host.showSheet('二');
    await host.select('二', 'B3');
    await host.showSheet('一');
    stop();
    await host.showSheet('二');
    expect(shown).toEqual(['二', '一']);
  });

  it('shows a template inserted on a new sheet, and goes back when undo deletes it', async () => {
    const host = twoSheets();
    await host.showSheet('二');
    const events = watch(host);
    const entry = listTemplates()[0];
    const spec = buildTemplate(entry.id, { row: 0, col: 0 }, presetById(null))!;
    await host.insertTemplate(spec, '模板', true);
    expect(await host.sheetNames()).toEqual(['一', '二', '模板']);
    expect(await host.activeSheetName()).toBe('模板');
    expect(events).toEqual(['selected 模板!A1', 'changed']);

    await host.deleteSheet('模板');
    expect(await host.sheetNames()).toEqual(['一', '二']);
    expect(await host.activeSheetName()).toBe('二');
    expect(events.slice(2)).toEqual(['selected 二!A1', 'changed']);
  });

  it('stops telling a listener that unsubscribed', async () => {
    const host = twoSheets();
    const events: string[] = [];
    const off = host.onChange(() => events.push('changed'));
    off();
    await host.applyPlan({ label: 'x', edits: [{ sheet: '一', row: 0, col: 1, value: 1 }] });
    expect(events).toEqual([]);
  });

  it('saves what it holds', async () => {
    const host = twoSheets();
    await host.applyPlan({ label: 'x', edits: [{ sheet: '一', row: 2, col: 0, value: '改过' }] });
    const reopened = await FileHost.fromData(await host.toBuffer(), 'copy.xlsx');
    expect((await reopened.readSheet('一')).values[2][0]).toBe('改过');
  });
});
