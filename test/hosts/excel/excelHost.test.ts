/** Excel-only behaviour: round trips and payloads, requirement-set fallbacks, undo grouping, template formats. */
import { validateActiveSheet } from '../../../src/commands/actions';
import { CellEdit, EditPlan, undoPlanFor } from '../../../src/core/edits';
import { makeFinding } from '../../../src/core/findings';
import { HostError } from '../../../src/hosts/host';
import { CELLS_PER_SYNC_DESKTOP, CELLS_PER_SYNC_WEB } from '../../../src/hosts/excel/readPlan';
import { characterWidthToPoints } from '../../../src/hosts/excel/templateWriter';
import { ExcelRequirements } from '../../../src/hosts/excel/requirements';
import { handBuiltNationalSpec } from './handBuiltTemplate';
import { makeExcelHost } from './makeExcelHost';
import { NATIONAL_TABLE_ROWS, nationalSheet } from './nationalSheet';
import { FakeOfficeError } from './fakeExcel';

const EXCEL_WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;
const large = nationalSheet('自评表', 300);

async function rejection(promise: Promise<unknown>): Promise<HostError> {
  const e = await promise.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(HostError);
  return e as HostError;
}

function formulaPlan(tables: number): CellEdit[] {
  const edits: CellEdit[] = [];
  for (let t = 0; t < tables; t++) {
    const r = t * (NATIONAL_TABLE_ROWS + 1) + 6;
    edits.push(
      {
        sheet: '自评表',
        row: r,
        col: 6,
        formula: `=IF(N(D${r + 1})=0,"",E${r + 1}/D${r + 1})`,
        numberFormat: '0.00%',
      },
      {
        sheet: '自评表',
        row: r,
        col: 7,
        formula: `=IF(G${r + 1}="","",ROUND(F${r + 1}*MIN(G${r + 1},1),2))`,
      },
    );
  }
  return edits;
}

describe('ExcelHost on the 300-table sheet', () => {
  const platforms = [
    { platform: 'desktop', cellsPerSync: CELLS_PER_SYNC_DESKTOP, limit: null, coldRead: 2, warmRead: 1 },
    {
      platform: 'web',
      cellsPerSync: CELLS_PER_SYNC_WEB,
      limit: EXCEL_WEB_PAYLOAD_LIMIT,
      coldRead: 3,
      warmRead: 2,
    },
  ];
  test.each(platforms)('round trips and payloads per action on $platform', async (p) => {
    const { host, fake } = makeExcelHost(
      [{ snapshot: large }],
      (f) => (f.responseLimitBytes = p.limit),
      p.cellsPerSync,
    );
    const rows: string[] = [];
    const measure = async (action: string, run: () => Promise<unknown>) => {
      fake.resetStats();
      const firstSync = fake.syncLog.length;
      await run();
      for (const s of fake.syncLog.slice(firstSync))
        expect(s.requestBytes).toBeLessThan(EXCEL_WEB_PAYLOAD_LIMIT);
      const { syncs, operations, requestBytes, responseBytes } = fake.stats;
      rows.push(
        `${p.platform} ${action}: ${syncs} sync(s), ${operations} ops, ↑${requestBytes} B, ↓${responseBytes} B`,
      );
      return syncs;
    };

    expect(await measure('readSheet (cold)', () => host.readSheet('自评表'))).toBe(p.coldRead);
    expect(await measure('readSheet (warm)', () => host.readSheet('自评表'))).toBe(p.warmRead);
    const plan = { label: '写入公式', edits: formulaPlan(300) };
    expect(await measure('applyPlan 600 formulas', () => host.applyPlan(plan))).toBe(1);
    const findings = Array.from({ length: 300 }, (_, t) =>
      makeFinding('rate', '自评表', t * (NATIONAL_TABLE_ROWS + 1) + 6, 6, '执行率不符', 'rate', t),
    );
    const validate = () =>
      validateActiveSheet(host, (s) => ({ sheet: s.name, regions: [], findings, targets: [] }));
    // activeSheetName + readSheet + applyPlan; the second run finds the marks in place and writes nothing
    expect(await measure('一键校验 marking 300 cells', validate)).toBe(1 + p.warmRead + 1);
    expect(await measure('一键校验 again', validate)).toBe(1 + p.warmRead);
    const insert = () => host.insertTemplate(handBuiltNationalSpec(), '模板', true);
    expect(await measure('insertTemplate (new sheet)', insert)).toBe(1);
    if (process.env.SHOW_METRICS) console.log(rows.join('\n'));
  });

  test('a response over the web cap is read again in smaller blocks', async () => {
    const { host, fake } = makeExcelHost(
      [{ snapshot: large }],
      (f) => (f.responseLimitBytes = EXCEL_WEB_PAYLOAD_LIMIT),
    );
    const read = await host.readSheet('自评表');
    expect(read.values).toEqual(large.values);
    expect(Math.max(...fake.syncLog.map((s) => s.responseBytes))).toBeLessThan(EXCEL_WEB_PAYLOAD_LIMIT);
  });

  test('a response over the web cap that fails as a general InternalError is read again in smaller blocks too', async () => {
    const { host, fake } = makeExcelHost([{ snapshot: large }], (f) => {
      f.responseLimitBytes = EXCEL_WEB_PAYLOAD_LIMIT;
      f.payloadErrorCode = 'InternalError';
    });
    const read = await host.readSheet('自评表');
    expect(read.values).toEqual(large.values);
    expect(Math.max(...fake.syncLog.map((s) => s.responseBytes))).toBeLessThan(EXCEL_WEB_PAYLOAD_LIMIT);
  });

  test('formatted empty rows below the forms are not read (used range with valuesOnly)', async () => {
    const small = nationalSheet('自评表', 2);
    const { host, fake } = makeExcelHost([{ snapshot: small }]);
    // a fill and a number format reaching far below and right of the last value, as pasted forms bring
    fake.setFillByHand('自评表', 200_000, 40, '#FFFF00');
    const read = await host.readSheet('自评表');
    expect(read.rowCount).toBe(small.rowCount);
    expect(read.colCount).toBe(small.colCount);
    expect(read.values).toEqual(small.values);
    expect(fake.stats.responseBytes).toBeLessThan(200_000);
  });

  test('a sheet above the per-sync cell budget is read in row blocks, one sync each', async () => {
    const { host, fake } = makeExcelHost([{ snapshot: large }], () => undefined, 9_000);
    await host.activeSheetName();
    fake.resetStats();
    const read = await host.readSheet('自评表');
    expect(fake.stats.syncs).toBe(Math.ceil(large.rowCount / 1000));
    expect(read.values).toEqual(large.values);
    expect(read.merges).toHaveLength(large.merges.length);
  });

  test('a sheet that grew since the host last saw it is read again whole', async () => {
    const { host, fake } = makeExcelHost([{ snapshot: nationalSheet('自评表', 2) }]);
    await host.readSheet('自评表');
    fake.typeByHand('自评表', 60, 10, '备注');
    fake.setFillByHand('自评表', 60, 10, '#FFFF00');
    fake.resetStats();
    const read = await host.readSheet('自评表');
    expect([read.rowCount, read.colCount]).toEqual([61, 11]);
    expect(read.values[60][10]).toBe('备注');
    expect(read.fills?.[60][10]).toBe('#FFFF00');
    expect(fake.stats.syncs).toBe(2);
  });

  test('a sheet that shrank is trimmed to its used range', async () => {
    const { host, fake } = makeExcelHost([{ snapshot: nationalSheet('自评表', 2) }]);
    await host.readSheet('自评表');
    fake.deleteRowsByHand('自评表', NATIONAL_TABLE_ROWS);
    fake.resetStats();
    const read = await host.readSheet('自评表');
    expect(read.rowCount).toBe(NATIONAL_TABLE_ROWS);
    expect(read.merges.every((m) => m.bottom < NATIONAL_TABLE_ROWS)).toBe(true);
    expect(fake.stats.syncs).toBe(1);
  });
});

describe('ExcelHost requirement-set fallbacks', () => {
  test('without ExcelApi 1.13 merges are not read; without 1.9 neither are fills', async () => {
    const sheet = nationalSheet('自评表', 2);
    const v12 = makeExcelHost([{ snapshot: sheet }], (f) => (f.excelApiMinor = 12));
    const read12 = await v12.host.readSheet('自评表');
    expect(read12.merges).toEqual([]);
    expect(read12.fills).toEqual(sheet.fills);
    const v8 = makeExcelHost([{ snapshot: sheet }], (f) => (f.excelApiMinor = 8));
    const read8 = await v8.host.readSheet('自评表');
    expect(read8.fills).toBeUndefined();
    expect(read8.values).toEqual(sheet.values);
  });

  test('merged areas are read whole where Excel lists only their top-left cells', async () => {
    const sheet = nationalSheet('自评表', 30);
    const { host, fake } = makeExcelHost([{ snapshot: sheet }], (f) => (f.abbreviateMergedAddresses = true));
    await host.activeSheetName();
    fake.resetStats();
    const read = await host.readSheet('自评表');
    expect(fake.stats.syncs).toBe(2);
    expect(read.merges).toHaveLength(sheet.merges.length);
    expect(new Set(read.merges.map((m) => JSON.stringify(m)))).toEqual(
      new Set(sheet.merges.map((m) => JSON.stringify(m))),
    );
  });

  test('below ExcelApi 1.4 every call is refused as unsupported', async () => {
    const { host } = makeExcelHost([{ snapshot: nationalSheet('自评表', 1) }], (f) => (f.excelApiMinor = 3));
    const refusal = await rejection(host.readSheet('自评表'));
    expect(refusal.code).toBe('unsupported');
    // True of the clients it turns away: Excel 2016 bought with a volume licence (MSI) has ExcelApi 1.1 only.
    for (const message of [refusal.message, host.requirements.unavailable()[0].withoutIt]) {
      expect(message).toContain('ExcelApi 1.4');
      expect(message).toContain('批量许可');
      expect(message).not.toMatch(/需要 Excel 2016 或更高版本/);
    }
  });

  test('calculation is suspended for a write from ExcelApi 1.6 on', async () => {
    for (const [minor, suspensions] of [
      [20, 1],
      [5, 0],
    ]) {
      const { host, fake } = makeExcelHost(
        [{ snapshot: nationalSheet('自评表', 2) }],
        (f) => (f.excelApiMinor = minor),
      );
      await host.readSheet('自评表');
      fake.resetStats();
      await host.applyPlan({ label: '写入公式', edits: formulaPlan(2) });
      expect(fake.stats.calculationSuspensions).toBe(suspensions);
    }
  });

  test('writes ask for one undo group only where ExcelApi 1.20 offers it', async () => {
    for (const [minor, merged] of [
      [20, true],
      [19, undefined],
    ] as const) {
      const { host, fake } = makeExcelHost(
        [{ snapshot: nationalSheet('自评表', 1) }],
        (f) => (f.excelApiMinor = minor),
      );
      await host.insertTemplate(handBuiltNationalSpec({ row: 30, col: 0 }), '自评表', false);
      expect(fake.runOptions.at(-1)).toEqual({
        delayForCellEdit: true,
        ...(merged ? { mergeUndoGroup: true } : {}),
      });
    }
  });

  test('undoing an inserted template deletes its sheet outside the undo group, where Excel allows it', async () => {
    for (const minor of [20, 12]) {
      const { host, fake } = makeExcelHost(
        [{ snapshot: nationalSheet('自评表', 1) }],
        (f) => (f.excelApiMinor = minor),
      );
      await host.insertTemplate(handBuiltNationalSpec(), '模板', true);
      // the insert is one undo step where the client offers undo groups
      if (minor >= 20) expect(fake.runOptions.at(-1)?.mergeUndoGroup).toBe(true);
      await host.deleteSheet('模板');
      expect(fake.sheetNames()).toEqual(['自评表']);
      expect(fake.runOptions.at(-1)?.mergeUndoGroup).toBeUndefined();
    }
  });

  test('templates skip print setup and data validation below ExcelApi 1.8/1.9, conditional formats below 1.6', async () => {
    const full = makeExcelHost([{ snapshot: nationalSheet('自评表', 1) }]);
    await full.host.insertTemplate(handBuiltNationalSpec(), '模板', true);
    expect(full.fake.sheet('模板').validations).toHaveLength(2);
    expect(full.fake.sheet('模板').conditionalFormats).toEqual([
      { range: { top: 4, left: 7, bottom: 4, right: 7 }, formula: '=H5>F5', fill: '#FFC7CE' },
    ]);
    const old = makeExcelHost([{ snapshot: nationalSheet('自评表', 1) }], (f) => (f.excelApiMinor = 5));
    await old.host.insertTemplate(handBuiltNationalSpec(), '模板', true);
    expect(old.fake.sheet('模板').validations).toEqual([]);
    expect(old.fake.sheet('模板').conditionalFormats).toEqual([]);
    expect(old.fake.sheet('模板').pageLayout).toEqual({});
    expect(old.fake.cell('模板', 4, 6).formula).toBe('=IF(N(D5)=0,"",E5/D5)');
  });

  test('the requirements module lists what this client lacks, with the reason for the pane', () => {
    const sets: Record<string, number> = { ExcelApi: 12 };
    const req = new ExcelRequirements(
      (name, version) => (sets[name] ?? -1) >= Number(version?.split('.')[1] ?? 0),
    );
    expect(req.unavailable().map((r) => `${r.feature} ${r.set} ${r.version}`)).toEqual([
      'readMerges ExcelApi 1.13',
      'undoGroup ExcelApi 1.20',
      'notificationDialog DialogApi 1.1',
    ]);
    expect(req.supports('readFills')).toBe(true);
  });
});

describe('ExcelHost on a protected form with its input cells unlocked', () => {
  // G7:G9 (执行数 inputs) unlocked; everything else locked, as government forms come
  const inputs = { top: 6, left: 6, bottom: 8, right: 6 };

  test('writes contents into unlocked cells', async () => {
    const { host, fake } = makeExcelHost([{ snapshot: nationalSheet('自评表', 1) }]);
    fake.protectWithUnlocked('自评表', [inputs]);
    await host.applyPlan({ label: '填写', edits: [{ sheet: '自评表', row: 6, col: 6, value: 0.9 }] });
    expect(fake.cell('自评表', 6, 6).value).toBe(0.9);
  });

  test('refuses a plan that touches a locked cell, naming it, and writes nothing', async () => {
    const { host, fake } = makeExcelHost([{ snapshot: nationalSheet('自评表', 1) }]);
    fake.protectWithUnlocked('自评表', [inputs]);
    const before = fake.cell('自评表', 6, 7).value;
    const refusal = await rejection(
      host.applyPlan({
        label: '写入公式',
        edits: [
          { sheet: '自评表', row: 6, col: 6, value: 0.9 },
          { sheet: '自评表', row: 6, col: 7, formula: '=G7/F7' },
        ],
      }),
    );
    expect(refusal.code).toBe('protected');
    expect(refusal.message).toContain('H7');
    expect(refusal.message).not.toContain('G7');
    expect(fake.cell('自评表', 6, 6).value).not.toBe(0.9);
    expect(fake.cell('自评表', 6, 7).value).toBe(before);
  });

  test('fills where the protection allows formatting cells, and refuses them, naming the cells, where not', async () => {
    const fills = [
      { sheet: '自评表', row: 6, col: 7, fill: '#FFC7CE' },
      { sheet: '自评表', row: 7, col: 7, fill: '#FFC7CE' },
    ];
    const allowed = makeExcelHost([{ snapshot: nationalSheet('自评表', 1) }]);
    allowed.fake.protectWithUnlocked('自评表', [inputs], true);
    await allowed.host.applyPlan({ label: '标记问题', edits: fills });
    expect(allowed.fake.cell('自评表', 6, 7).fill).toBe('#FFC7CE');

    const refused = makeExcelHost([{ snapshot: nationalSheet('自评表', 1) }]);
    refused.fake.protectWithUnlocked('自评表', [inputs], false);
    const refusal = await rejection(refused.host.applyPlan({ label: '标记问题', edits: fills }));
    expect(refusal.message).toMatch(/H7、H8/);
    expect(refused.fake.cell('自评表', 6, 7).fill).toBeNull();
  });
});

describe('ExcelHost writes', () => {
  test('contiguous edits become one rectangular write per kind', async () => {
    const { host, fake } = makeExcelHost([{ snapshot: nationalSheet('自评表', 10) }]);
    await host.readSheet('自评表');
    const edits: CellEdit[] = [];
    for (let row = 30; row < 130; row++) {
      edits.push({ sheet: '自评表', row, col: 9, formula: `=B${row + 1}`, numberFormat: '0.00' });
      edits.push({ sheet: '自评表', row, col: 10, fill: row < 80 ? '#FFC7CE' : '#FFEB9C' });
    }
    fake.resetStats();
    await host.applyPlan({ label: '批量', edits });
    // suspend + number formats + formulas + two fill colours + protection and used-range probes
    expect(fake.syncLog.at(-1)?.operations).toBe(7);
    expect(fake.cell('自评表', 129, 9)).toMatchObject({ formula: '=B130', numberFormat: '0.00' });
    expect(fake.cell('自评表', 79, 10).fill).toBe('#FFC7CE');
    expect(fake.cell('自评表', 80, 10).fill).toBe('#FFEB9C');
  });

  test('Ctrl+Z after a plan or a template undoes the whole action', async () => {
    const { host, fake } = makeExcelHost([{ snapshot: nationalSheet('自评表', 3) }]);
    const before = await host.readSheet('自评表');
    await host.applyPlan({ label: '写入公式', edits: formulaPlan(3) });
    await host.insertTemplate(handBuiltNationalSpec(), '模板', true);
    expect(fake.undoSteps).toBe(2);
    fake.userUndo();
    expect(fake.sheetNames()).toEqual(['自评表']);
    fake.userUndo();
    expect(await host.readSheet('自评表')).toEqual(before);
  });

  test('template borders, column widths and fonts land on the sheet', async () => {
    const { host, fake } = makeExcelHost([{ snapshot: nationalSheet('自评表', 1) }]);
    await host.insertTemplate(handBuiltNationalSpec(), '模板', true);
    const sheet = fake.sheet('模板');
    expect(fake.cell('模板', 2, 0).borders).toEqual(['bottom', 'left', 'right', 'top']);
    expect(fake.cell('模板', 6, 8).borders).toEqual(['bottom', 'left', 'right', 'top']);
    expect(fake.cell('模板', 0, 0)).toMatchObject({
      bold: true,
      fontSize: 16,
      horizontal: 'Center',
      vertical: 'Center',
    });
    expect(sheet.columnWidths.get(1)).toBe(characterWidthToPoints(18));
    expect(sheet.rowHeights.get(0)).toBe(28);
    expect(sheet.pageLayout).toEqual({
      orientation: 'Landscape',
      paperSize: 'A4',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    });
    expect(fake.cell('模板', 6, 8).value).toBe('12月31日');
  });

  test('Office errors become HostErrors the pane can show', async () => {
    const { host, fake } = makeExcelHost([{ snapshot: nationalSheet('自评表', 1) }]);
    fake.failOperation = () => new FakeOfficeError('InvalidOperationInCellEditMode', 'in cell edit mode');
    expect((await rejection(host.readSheet('自评表'))).code).toBe('busy');
    fake.failOperation = () => new FakeOfficeError('ResponsePayloadSizeLimitExceeded', 'too big');
    expect((await rejection(host.sheetNames())).code).toBe('too-large');
    // an InternalError that smaller reads do not cure: a Chinese message, never Excel's English one
    fake.failOperation = () => new FakeOfficeError('InternalError', 'An internal error has occurred.');
    const internal = await rejection(host.readSheet('自评表'));
    expect(internal.message).toMatch(/^Excel 内部错误/);
    expect(internal.message).not.toMatch(/internal error/);
    fake.failOperation = null;
    fake.shapeSelected = true;
    expect(await host.getSelection()).toBeNull();
  });
});

describe('a white fill the user chose is not No Fill (office-js#4900: both answer #FFFFFF, pattern null)', () => {
  test('marking then undoing puts the white back, and No Fill stays no fill', async () => {
    const { host, fake } = makeExcelHost([
      {
        snapshot: {
          name: '白底',
          rowCount: 1,
          colCount: 2,
          values: [[1, 2]],
          fills: [['#FFFFFF', null]],
          merges: [],
        },
      },
    ]);
    const before = await host.readSheet('白底');
    expect(before.fills?.[0]).toEqual(['#FFFFFF', null]);
    const plan: EditPlan = {
      label: '标记问题',
      edits: [
        { sheet: '白底', row: 0, col: 0, fill: '#FFC7CE' },
        { sheet: '白底', row: 0, col: 1, fill: '#FFC7CE' },
      ],
    };
    await host.applyPlan(plan);
    await host.applyPlan(undoPlanFor(plan, new Map([['白底', before]])));
    expect(fake.cell('白底', 0, 0).fill).toBe('#FFFFFF');
    expect(fake.cell('白底', 0, 1).fill ?? null).toBeNull();
  });
});
