/** The fake must be as strict as Excel, or host tests prove nothing. */
import { XlContext } from '../../../src/hosts/excel/excelApi';
import { FakeExcel, FakeOfficeError } from './fakeExcel';
import { nationalSheet } from './nationalSheet';

async function officeError(promise: Promise<unknown>): Promise<string> {
  const e = await promise.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(FakeOfficeError);
  return (e as FakeOfficeError).code;
}

describe('FakeExcel', () => {
  const fake = () => new FakeExcel([{ snapshot: nationalSheet('表', 1) }]);

  test('a property read before load and sync throws PropertyNotLoaded', async () => {
    const excel = fake();
    await excel.run({}, async (ctx: XlContext) => {
      const range = ctx.workbook.worksheets.getItem('表').getRange('A1:B2');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      range.load(['values']);
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      expect(() => range.formulas).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await ctx.sync();
      expect(range.values[0][0]).toBe('项目支出绩效自评表');
      expect(() => range.formulas).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      const props = range.getCellProperties({ format: { fill: { color: true } } });
      expect(() => props.value).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await ctx.sync();
      expect(props.value[0][0]).toEqual({ format: { fill: { color: '#FFFFFF' } } });
    });
  });

  test('operations queued after the last sync are an error, as Office.js would drop them', async () => {
    const excel = fake();
    const run = excel.run({}, async (ctx) => {
      ctx.workbook.worksheets.getItem('表').getRange('A1').formulas = [['x']];
    });
    await expect(run).rejects.toThrow('never sent');
    expect(excel.cell('表', 0, 0).value).toBe('项目支出绩效自评表');
  });

  test('a failing operation fails the sync: earlier operations stay, later ones never run', async () => {
    const excel = new FakeExcel([
      { snapshot: nationalSheet('表', 1) },
      { snapshot: nationalSheet('锁', 1), protected: true },
    ]);
    const code = await officeError(
      excel.run({}, async (ctx) => {
        ctx.workbook.worksheets.getItem('表').getRange('J1').formulas = [['before']];
        ctx.workbook.worksheets.getItem('锁').getRange('J1').formulas = [['refused']];
        ctx.workbook.worksheets.getItem('表').getRange('J2').formulas = [['after']];
        await ctx.sync();
      }),
    );
    expect(code).toBe('AccessDenied');
    expect(excel.cell('表', 0, 9).value).toBe('before');
    expect(excel.cell('锁', 0, 9).value).toBeNull();
    expect(excel.cell('表', 1, 9).value).toBeNull();
  });

  test('entering text behaves like Excel: numbers, dates and formulas are converted unless quoted', async () => {
    const excel = fake();
    await excel.run({}, async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('表');
      sheet.getRange('J1:J6').formulas = [['12'], ["'12"], ['12月20日'], ['=A1'], ['45%'], ['']];
      sheet.getRange('K1').numberFormat = [['@']];
      sheet.getRange('K1').formulas = [['=A1']];
      await ctx.sync();
    });
    expect([0, 1, 2, 4, 5].map((r) => excel.cell('表', r, 9).value)).toEqual([12, '12', 45646, 0.45, null]);
    expect(excel.cell('表', 3, 9).formula).toBe('=A1');
    expect(excel.cell('表', 0, 10)).toMatchObject({ value: '=A1', formula: null });
  });

  test('merged areas are reported by their top-left cell, whole, and at most 512 per query', async () => {
    const excel = new FakeExcel([{ snapshot: nationalSheet('表', 40) }]);
    await excel.run({}, async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('表');
      const areas = sheet.getRange('A7:I13').getMergedAreasOrNullObject();
      areas.load(['address', 'areaCount', 'cellCount']);
      areas.areas.load('items/address');
      await ctx.sync();
      expect(areas.address).toBe('表!A11:A12, 表!B11:E11, 表!F11:I11, 表!B12:E12, 表!F12:I12, 表!A13:A20');
      expect([areas.areaCount, areas.cellCount]).toEqual([6, 26]);
      expect(areas.areas.items.map((a) => a.address)).toEqual([
        '表!A11:A12',
        '表!B11:E11',
        '表!F11:I11',
        '表!B12:E12',
        '表!F12:I12',
        '表!A13:A20',
      ]);
    });
    const code = await officeError(
      excel.run({}, async (ctx) => {
        const areas = ctx.workbook.worksheets.getItem('表').getRange('A1:I1000').getMergedAreasOrNullObject();
        areas.load(['areaCount']);
        await ctx.sync();
      }),
    );
    expect(code).toBe('GeneralException');
  });

  test('APIs above the client version fail with ApiNotFound', async () => {
    const excel = fake();
    excel.excelApiMinor = 8;
    const code = await officeError(
      excel.run({}, async (ctx) => {
        ctx.workbook.worksheets
          .getItem('表')
          .getRange('A1')
          .getCellProperties({ format: { fill: { color: true } } });
        await ctx.sync();
      }),
    );
    expect(code).toBe('ApiNotFound');
  });

  test('Ctrl+Z undoes a run with mergeUndoGroup as one step, else one step per writing sync', async () => {
    for (const [merge, steps] of [
      [true, 1],
      [false, 2],
    ] as const) {
      const excel = fake();
      await excel.run({ mergeUndoGroup: merge }, async (ctx) => {
        const sheet = ctx.workbook.worksheets.getItem('表');
        sheet.getRange('J1').formulas = [['one']];
        await ctx.sync();
        sheet.getRange('J2').formulas = [['two']];
        await ctx.sync();
      });
      expect(excel.undoSteps).toBe(steps);
      while (excel.userUndo());
      expect([excel.cell('表', 0, 9).value, excel.cell('表', 1, 9).value]).toEqual([null, null]);
    }
  });
});
