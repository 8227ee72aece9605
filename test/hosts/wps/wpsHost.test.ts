import { CellRange } from '../../../src/core/address';
import { validateActiveSheet } from '../../../src/commands/actions';
import { templateSheetName } from '../../../src/core/templates/sheetName';
import { EditPlan, undoPlanFor } from '../../../src/core/edits';
import { CellValue, SheetSnapshot, snapshotFromRows } from '../../../src/core/grid';
import { HostError } from '../../../src/hosts/host';
import { SETTINGS_SHEET } from '../../../src/hosts/file/settings';
import { SETTING_CHUNK } from '../../../src/hosts/wps/settingsSheet';
import { nationalSheet, NATIONAL_TABLE_ROWS } from '../excel/nationalSheet';
import { GENERAL } from './fakeEt';
import { makeWpsHost } from './makeWpsHost';

async function expectHostError(promise: Promise<unknown>, code: HostError['code']): Promise<HostError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(HostError);
  expect((error as HostError).code).toBe(code);
  return error as HostError;
}

/** ET calls to read a sheet with a fresh host. */
/** Calls to read a sheet range by range, where WPS does not answer Value(11) (xmlSpreadsheet.test.ts). */
async function callsToRead(snapshot: SheetSnapshot): Promise<number> {
  const { host, inspect, fake } = makeWpsHost([{ snapshot }]);
  fake.answersXmlSpreadsheet = false;
  inspect.resetRoundTrips();
  await host.readSheet(snapshot.name);
  return inspect.roundTrips();
}

/** Four formulas per table, as 写入公式 writes them. */
function formulaPlan(sheet: string, tables: number): EditPlan {
  const edits: EditPlan['edits'] = [];
  for (let t = 0; t < tables; t++) {
    const top = t * (NATIONAL_TABLE_ROWS + 1);
    const r = (n: number) => top + n;
    edits.push(
      { sheet, row: r(6), col: 6, formula: `=IF(N(D${r(7)})=0,"",E${r(7)}/D${r(7)})`, numberFormat: '0.00%' },
      { sheet, row: r(6), col: 7, formula: `=IF(G${r(7)}="","",ROUND(F${r(7)}*MIN(G${r(7)},1),2))` },
      { sheet, row: r(20), col: 6, formula: `=F${r(7)}+SUM(G${r(14)}:G${r(20)})` },
      { sheet, row: r(20), col: 7, formula: `=ROUND(H${r(7)}+SUM(H${r(14)}:H${r(20)}),2)` },
    );
  }
  return { label: '写入公式', edits };
}

/** A plain data sheet: numbers in every cell, one format, no fills, no merges. */
function dataSheet(rows: number, cols: number): SheetSnapshot {
  return snapshotFromRows(
    '数据',
    Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => r * cols + c)),
  );
}

describe('WpsHost calls grow with tables and merged areas, not cells', () => {
  test('reading 300 tables costs about ten times 30 tables, about 200 calls a table', async () => {
    const calls30 = await callsToRead(nationalSheet('自评表', 30));
    const calls300 = await callsToRead(nationalSheet('自评表', 300));
    expect(calls300 / calls30).toBeGreaterThan(9);
    expect(calls300 / calls30).toBeLessThan(11);
    expect(calls300 / 300).toBeLessThan(210);
  });

  test('a plain sheet of 10 or 10,000 rows is read with the same calls', async () => {
    const small = await callsToRead(dataSheet(10, 12));
    const large = await callsToRead(dataSheet(10_000, 12));
    expect(large).toBe(small);
    // 12, and the Value(11) this WPS did not answer
    expect(small).toBeLessThanOrEqual(13);
  });

  test('merged areas cost a bounded number of calls each, wherever they are', async () => {
    const withMerges = (count: number) => {
      const rows: CellValue[][] = Array.from({ length: 2_000 }, (_, r) => [`行${r}`, r, r * 2, null, 'x']);
      const merges: CellRange[] = [];
      for (let i = 0; i < count; i++) {
        const top = i * Math.floor(2_000 / count);
        rows[top + 1][3] = null;
        merges.push({ top, left: 3, bottom: top + 1, right: 3 });
        rows[top][3] = '合并';
      }
      return snapshotFromRows('合并', rows, merges);
    };
    const none = await callsToRead(withMerges(0));
    const ten = await callsToRead(withMerges(10));
    const hundred = await callsToRead(withMerges(100));
    // Each merge sits in a long blank column: finding it costs the halving down to it, about 21 calls.
    expect((hundred - none) / 100).toBeLessThan(25);
    expect((hundred - none) / (ten - none)).toBeLessThan(12);
  });

  test('writing formulas into 300 tables costs about ten times 30 tables', async () => {
    const callsToWrite = async (tables: number) => {
      const { host, inspect } = makeWpsHost([{ snapshot: nationalSheet('自评表', tables) }]);
      inspect.resetRoundTrips();
      await host.applyPlan(formulaPlan('自评表', tables));
      return inspect.roundTrips();
    };
    const calls30 = await callsToWrite(30);
    const calls300 = await callsToWrite(300);
    expect(calls300 / calls30).toBeGreaterThan(9);
    expect(calls300 / calls30).toBeLessThan(11);
    expect(calls300 / 300).toBeLessThan(10);
  });
});

describe('WpsHost reading', () => {
  test('reads a single cell away from A1 (ET answers a scalar) into A1-anchored arrays', async () => {
    const rows: CellValue[][] = [[], [], [null, null, 5]];
    const { host } = makeWpsHost([{ snapshot: snapshotFromRows('S', rows) }]);
    const read = await host.readSheet('S');
    expect([read.rowCount, read.colCount]).toEqual([3, 3]);
    expect(read.values[2][2]).toBe(5);
    expect(read.values[0][0]).toBeNull();
  });

  test('accepts one-dimensional answers for a single row or column', async () => {
    const row = makeWpsHost([{ snapshot: snapshotFromRows('行', [[1, '二', 3]]) }]);
    row.fake.oneDimensionalLines = true;
    expect((await row.host.readSheet('行')).values).toEqual([[1, '二', 3]]);
    const column = makeWpsHost([{ snapshot: snapshotFromRows('列', [[1], ['二'], [3]]) }]);
    column.fake.oneDimensionalLines = true;
    expect((await column.host.readSheet('列')).values).toEqual([[1], ['二'], [3]]);
  });

  test('turns COM error codes back into error text, keeps formulas and cached values', async () => {
    const snap = snapshotFromRows('S', [[0, '#DIV/0!', 1.5]], [], [[null, '=1/A1', '=3/2']]);
    const { host } = makeWpsHost([{ snapshot: snap }]);
    const read = await host.readSheet('S');
    expect(read.values[0]).toEqual([0, '#DIV/0!', 1.5]);
    expect(read.formulas![0]).toEqual([null, '=1/A1', '=3/2']);
  });

  test('reads BGR fills as #RRGGBB, no fill as null, and number formats as WPS names them', async () => {
    const snap = nationalSheet('S', 1);
    snap.fills![0][0] = '#FFC7CE';
    const { host, fake } = makeWpsHost([{ snapshot: snap }]);
    expect(fake.sheet('S').cell(0, 0).fill).toBe(0xcec7ff);
    const read = await host.readSheet('S');
    expect(read.fills![0][0]).toBe('#FFC7CE');
    expect(read.fills![5][2]).toBe('#D9D9D9');
    expect(read.fills![6][2]).toBeNull();
    expect(read.numberFormats![6][6]).toBe('0.00%');
    // WPS's own name range by range; XML Spreadsheet's invariant one through Value(11)
    expect([GENERAL, 'General']).toContain(read.numberFormats![0][0]);
  });

  test('finds merges with a blank top-left cell and merges across the halving lines', async () => {
    const rows: CellValue[][] = Array.from({ length: 64 }, (_, r) => [r, r, r, r]);
    const merges: CellRange[] = [
      { top: 30, left: 1, bottom: 33, right: 2 }, // across the first halving line
      { top: 10, left: 0, bottom: 10, right: 3 }, // a whole row
      { top: 50, left: 3, bottom: 55, right: 3 }, // blank top-left cell
    ];
    for (const m of merges) {
      for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) rows[r][c] = null;
    }
    rows[30][1] = '合并';
    rows[10][0] = '标题';
    const { host } = makeWpsHost([{ snapshot: snapshotFromRows('S', rows, merges) }]);
    const read = await host.readSheet('S');
    const key = (m: CellRange) => `${m.top},${m.left},${m.bottom},${m.right}`;
    expect(read.merges.map(key).sort()).toEqual(merges.map(key).sort());
  });

  test('refuses a missing sheet, and says so when no workbook is open', async () => {
    const { host, fake } = makeWpsHost([{ snapshot: nationalSheet('S', 1) }]);
    await expectHostError(host.readSheet('没有'), 'not-found');
    fake.noWorkbook = true;
    await expectHostError(host.readSheet('S'), 'empty');
    expect(await host.getSelection()).toBeNull();
  });
});

describe('WpsHost writing', () => {
  test('writes with screen updating off and restores it, even when WPS refuses a write', async () => {
    const { host, fake } = makeWpsHost([{ snapshot: nationalSheet('自评表', 2) }]);
    await host.applyPlan(formulaPlan('自评表', 2));
    await host.setSetting('selfeval.preset', 'hubei-2019');
    await host.insertTemplate(
      { ...(await import('../excel/handBuiltTemplate')).handBuiltNationalSpec() },
      '新表',
      true,
    );
    await host.deleteSheet('新表');
    expect(fake.stats.visibleWrites).toBe(0);
    expect(fake.screenUpdating).toBe(true);
    expect(fake.displayAlerts).toBe(true);

    fake.failWrites = '磁盘已满';
    const error = await expectHostError(host.applyPlan(formulaPlan('自评表', 1)), 'failed');
    expect(error.message).toContain('磁盘已满');
    expect(fake.screenUpdating).toBe(true);
  });

  test('checks protection before writing anything, with the Chinese message', async () => {
    const { host, fake } = makeWpsHost([
      { snapshot: nationalSheet('甲', 1) },
      { snapshot: nationalSheet('乙', 1), protected: true },
    ]);
    const plan: EditPlan = {
      label: '标记问题',
      edits: [
        { sheet: '甲', row: 6, col: 6, fill: '#FFC7CE' },
        { sheet: '乙', row: 6, col: 6, fill: '#FFC7CE' },
      ],
    };
    const error = await expectHostError(host.applyPlan(plan), 'protected');
    expect(error.message).toBe(
      '工作表「乙」受保护，G7被锁定或不允许设置格式，未写入任何内容。请撤销工作表保护后再试。',
    );
    expect(fake.cell('甲', 6, 6).fill).toBeNull();
  });

  test('writes colours as BGR numbers and clears fills with xlNone', async () => {
    const { host, fake } = makeWpsHost([{ snapshot: nationalSheet('S', 1) }]);
    await host.applyPlan({
      label: '标记',
      edits: [
        { sheet: 'S', row: 6, col: 6, fill: '#00B050' },
        { sheet: 'S', row: 5, col: 2, fill: null },
      ],
    });
    expect(fake.sheet('S').cell(6, 6).fill).toBe(0x50b000);
    expect(fake.cell('S', 5, 2).fill).toBeNull();
    await expectHostError(
      host.applyPlan({ label: '标记', edits: [{ sheet: 'S', row: 1, col: 1, fill: 'red' }] }),
      'failed',
    );
  });

  test('keeps text that WPS would turn into numbers, dates or formulas as text', async () => {
    const { host, fake } = makeWpsHost([{ snapshot: nationalSheet('S', 1) }]);
    const texts = ['236', '12月20日', '=不是公式', 'TRUE', '98%'];
    await host.applyPlan({
      label: '写入',
      edits: texts.map((value, i) => ({ sheet: 'S', row: 30 + i, col: 0, value })),
    });
    expect(texts.map((_, i) => fake.cell('S', 30 + i, 0).value)).toEqual(texts);
    await host.applyPlan({ label: '写入', edits: [{ sheet: 'S', row: 40, col: 0, value: 236 }] });
    expect(fake.cell('S', 40, 0).value).toBe(236);
  });

  test('writes the top-left cell of a merged area, skips clearing a covered one, refuses content there', async () => {
    const { host, fake } = makeWpsHost([{ snapshot: nationalSheet('S', 1) }]);
    // B4:I4 is merged: B4 is its top-left cell, C4 is covered.
    await host.applyPlan({
      label: '写入',
      edits: [
        { sheet: 'S', row: 3, col: 0, value: '项目' },
        { sheet: 'S', row: 3, col: 1, value: '新名称' },
        { sheet: 'S', row: 3, col: 2, value: null },
      ],
    });
    expect(fake.cell('S', 3, 1).value).toBe('新名称');
    const before = fake.cell('S', 3, 0);
    const error = await expectHostError(
      host.applyPlan({
        label: '写入',
        edits: [
          { sheet: 'S', row: 3, col: 0, value: '改了' },
          { sheet: 'S', row: 3, col: 2, value: '覆盖' },
        ],
      }),
      'failed',
    );
    expect(error.message).toContain('S!C4');
    expect(fake.cell('S', 3, 0)).toEqual(before);
  });

  test('undo puts back General as WPS names it', async () => {
    const { host, fake } = makeWpsHost([{ snapshot: nationalSheet('S', 1) }]);
    const before = await host.readSheet('S');
    const plan: EditPlan = { label: '格式', edits: [{ sheet: 'S', row: 3, col: 0, numberFormat: '0.00' }] };
    await host.applyPlan(plan);
    expect(fake.sheet('S').cell(3, 0).numberFormat).toBe('0.00');
    await host.applyPlan(undoPlanFor(plan, new Map([['S', before]])));
    expect(fake.sheet('S').cell(3, 0).numberFormat).toBe(GENERAL);
  });

  test('一键校验 over the WPS host finds a planted fault and fills the cell', async () => {
    const snap = nationalSheet('自评表', 3);
    snap.values[29][4] = 50; // 全年执行数 of the second table no longer matches its 执行率
    const { host, fake } = makeWpsHost([{ snapshot: snap }]);
    const outcome = await validateActiveSheet(host);
    expect(outcome.analysis.regions).toHaveLength(3);
    const rate = outcome.analysis.findings.find((f) => f.rule === 'rate');
    expect(rate).toMatchObject({ row: 29, col: 6 });
    expect(fake.cell('自评表', 29, 6).fill).toBe('#FFC7CE');
  });
});

describe('WpsHost settings, sheets and selection', () => {
  test('keeps settings in a very hidden sheet the user never sees, and long values in pieces', async () => {
    const { host, fake, reopen } = makeWpsHost([{ snapshot: nationalSheet('甲', 1) }]);
    await host.setSetting('selfeval.preset', 'wuhan-2020');
    expect(fake.sheetNames()).toEqual(['甲', SETTINGS_SHEET]);
    expect(fake.sheet(SETTINGS_SHEET).visible).toBe(2);
    expect(fake.activeSheet).toBe('甲');
    expect(await host.sheetNames()).toEqual(['甲']);

    const long = 'x'.repeat(SETTING_CHUNK * 2 + 5);
    await host.setSetting('selfeval.highlights', long);
    expect(await reopen().getSetting('selfeval.highlights')).toBe(long);
    await host.setSetting('selfeval.highlights', '{}');
    expect(await host.getSetting('selfeval.highlights')).toBe('{}');
    expect(await host.getSetting('selfeval.preset')).toBe('wuhan-2020');
    expect(fake.cell(SETTINGS_SHEET, 0, 0).value).toBe('selfeval.preset');
  });

  test('adds template sheets before the settings sheet and refuses bad names', async () => {
    const { host, fake } = makeWpsHost([{ snapshot: nationalSheet('甲', 1) }]);
    await host.setSetting('selfeval.preset', 'hubei-2019');
    const { handBuiltNationalSpec } = await import('../excel/handBuiltTemplate');
    await host.insertTemplate(handBuiltNationalSpec(), '模板', true);
    expect(fake.sheetNames()).toEqual(['甲', '模板', SETTINGS_SHEET]);
    await expectHostError(host.insertTemplate(handBuiltNationalSpec(), 'a/b', true), 'failed');
    await expectHostError(host.insertTemplate(handBuiltNationalSpec(), SETTINGS_SHEET, true), 'failed');
    expect(fake.sheetNames()).toEqual(['甲', '模板', SETTINGS_SHEET]);
  });

  test('reports the selection as sheet and A1 range', async () => {
    const { host } = makeWpsHost([
      { snapshot: nationalSheet('甲', 1) },
      { snapshot: nationalSheet('乙', 1) },
    ]);
    await host.select('乙', 'C5:D9');
    expect(await host.getSelection()).toEqual({ sheet: '乙', a1: 'C5:D9' });
    await expectHostError(host.select('乙', '不是地址'), 'not-found');
  });
});

describe('WpsHost templates', () => {
  test('writes every part of a template through the ET members it maps to', async () => {
    const { handBuiltNationalSpec } = await import('../excel/handBuiltTemplate');
    const spec = handBuiltNationalSpec({ row: 25, col: 1 });
    const { host, fake } = makeWpsHost([{ snapshot: nationalSheet('自评表', 1) }]);
    await host.insertTemplate(spec, '自评表', false);
    const sheet = fake.sheet('自评表');
    const a1 = sheet.cell(25, 1);
    expect(a1).toMatchObject({
      value: '项目支出绩效自评表',
      bold: true,
      size: 16,
      horizontal: -4108,
      vertical: -4108,
    });
    expect(fake.cell('自评表', 29, 7)).toMatchObject({
      formula: '=IF(N(D5)=0,"",E5/D5)',
      numberFormat: '0.00%',
    });
    expect(fake.cell('自评表', 31, 9).value).toBe('12月31日');
    expect(sheet.cell(28, 3).fill).toBe(0xd9d9d9);
    // Thin continuous lines on the four edges and both inside directions of A3:I7 (placed at B28:J32).
    const borders = sheet.borders.filter((b) => b.range.top === 27 && b.range.left === 1);
    expect(borders.map((b) => b.side).sort((a, b) => a - b)).toEqual([7, 8, 9, 10, 11, 12]);
    expect(borders.every((b) => b.lineStyle === 1 && b.weight === 2)).toBe(true);
    // Widths in characters, one call for each run of equal widths.
    expect([...Array(9).keys()].map((i) => sheet.columnWidths.get(1 + i))).toEqual(spec.columnWidths);
    expect(sheet.validations).toEqual([
      {
        range: spec.validations[0].range,
        type: 2,
        alertStyle: 1,
        operator: 1,
        formula1: '0',
        formula2: '100',
      },
      {
        range: spec.validations[1].range,
        type: 3,
        alertStyle: 1,
        operator: 1,
        formula1: '优,良,中,差',
        formula2: undefined,
      },
    ]);
    // The rule's relative references are read from the active cell: its range's top-left cell.
    expect(sheet.conditionalFormats).toEqual([
      {
        range: spec.conditionalFormats[0].range,
        type: 2,
        formula: '=H5>F5',
        activeCell: 'I30',
        color: 0xcec7ff,
      },
    ]);
    expect(fake.selection).toEqual({ sheet: '自评表', address: 'B26' });
  });

  test('inserts every catalogue form on a new sheet with its merges', async () => {
    const { listTemplates, buildTemplate } = await import('../../../src/core/templates');
    const { PRESETS } = await import('../../../src/core/presets');
    for (const entry of listTemplates()) {
      const spec = buildTemplate(entry.id, { row: 0, col: 0 }, PRESETS[0])!;
      const { host, fake, inspect } = makeWpsHost([{ snapshot: nationalSheet('自评表', 1) }]);
      const name = templateSheetName(entry.name, ['自评表']);
      inspect.resetRoundTrips();
      await host.insertTemplate(spec, name, true);
      expect(inspect.roundTrips()).toBeLessThan(600);
      const key = (m: CellRange) => `${m.top},${m.left},${m.bottom},${m.right}`;
      expect(fake.sheet(name).merges.map(key).sort()).toEqual(spec.merges.map(key).sort());
      const read = await host.readSheet(name);
      for (const c of spec.cells.filter((cell) => cell.formula))
        expect(read.formulas![c.row][c.col]).toBe(c.formula);
      expect(fake.stats.visibleWrites).toBe(0);
    }
  });
});
