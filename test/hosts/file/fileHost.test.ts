import * as ExcelJS from 'exceljs';
import { EditPlan, undoPlanFor } from '../../../src/core/edits';
import { SheetSnapshot } from '../../../src/core/grid';
import { TemplateSpec } from '../../../src/core/templateSpec';
import { FileHost } from '../../../src/hosts/file/fileHost';
import { SETTINGS_SHEET } from '../../../src/hosts/file/settings';
import { HostError } from '../../../src/hosts/host';
import { xlsxBytes } from './helpers';

type LoadInput = Parameters<ExcelJS.Xlsx['load']>[0];

/** A funds block as a person left it: constants, formulas with cached results, a shared formula, fills. */
async function fundsWorkbook(): Promise<Uint8Array> {
  return xlsxBytes(async (wb) => {
    const ws = wb.addWorksheet('自评表');
    ws.getCell('A1').value = '项目资金（万元）';
    ws.mergeCells('A1:A4');
    const rows: ExcelJS.CellValue[][] = [
      ['年度资金总额', 169.4, 134.31, 10],
      ['其中：当年财政拨款', 169.4, 134.31],
      ['上年结转资金', 0, 0],
      ['其他资金', 0, 0],
    ];
    rows.forEach((cells, r) => cells.forEach((v, c) => (ws.getCell(r + 1, c + 2).value = v)));
    ws.getCell('F1').value = { formula: 'IF(N(C1)=0,"",D1/C1)', result: 0.7929 };
    ws.getCell('F1').numFmt = '0.00%';
    ws.getCell('G1').value = { formula: '1/0', result: { error: '#DIV/0!' } };
    ws.fillFormula('H1:H4', 'C1-D1', [35.09, 35.09, 0, 0]);
    ws.getCell('B1').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    ws.getCell('C2').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
    ws.getCell('C2').numFmt = '#,##0.00';
    const locked = wb.addWorksheet('已保护');
    locked.getCell('A1').value = '总分';
    await locked.protect('', {});
  });
}

function comparable(snap: SheetSnapshot): unknown {
  return {
    values: snap.values,
    formulas: snap.formulas,
    numberFormats: snap.numberFormats,
    fills: snap.fills,
    merges: snap.merges,
  };
}

async function hostError(promise: Promise<unknown>): Promise<HostError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof HostError) return error;
    throw error;
  }
  throw new Error('expected a HostError');
}

const SHEET = '自评表';

const PLAN: EditPlan = {
  label: '写入公式',
  edits: [
    { sheet: SHEET, row: 0, col: 2, formula: '=SUM(C2:C4)', value: 169.4 }, // C1: constant → formula
    { sheet: SHEET, row: 0, col: 5, formula: '=IF(N(C1)=0,"",D1/C1)', value: 0.79286, numberFormat: '0.0%' },
    { sheet: SHEET, row: 0, col: 6, value: 0 }, // error formula → constant
    { sheet: SHEET, row: 0, col: 7, formula: '=ROUND(C1-D1,2)', value: 35.09 }, // master of a shared group
    { sheet: SHEET, row: 1, col: 2, value: '169.4', fill: null, numberFormat: null },
    { sheet: SHEET, row: 0, col: 1, fill: '#FF9999' },
    { sheet: SHEET, row: 5, col: 9, fill: '#FFC7CE' }, // outside the used range
    { sheet: SHEET, row: 2, col: 0, fill: '#FFC7CE' }, // a covered cell of a merge: format only
  ],
};

describe('FileHost', () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await fundsWorkbook();
  });

  it('applies a plan and its undo plan restores every value, formula, format and fill exactly', async () => {
    const host = await FileHost.fromData(bytes, 'funds.xlsx');
    const before = await host.readSheet(SHEET);
    expect(before.formulas?.[1][7]).toBe('=C2-D2'); // a clone of the shared formula

    await host.applyPlan(PLAN);
    const after = await host.readSheet(SHEET);
    expect(after.values[0][2]).toBe(169.4);
    expect(after.formulas?.[0][2]).toBe('=SUM(C2:C4)');
    expect(after.numberFormats?.[0][5]).toBe('0.0%');
    expect(after.values[0][6]).toBe(0);
    expect(after.formulas?.[0][6]).toBeNull();
    expect(after.formulas?.[0][7]).toBe('=ROUND(C1-D1,2)');
    // The rest of the shared group keeps its own formula after its master changed.
    expect([1, 2, 3].map((r) => after.formulas?.[r][7])).toEqual(['=C2-D2', '=C3-D3', '=C4-D4']);
    expect(after.values[1][2]).toBe('169.4');
    expect(after.fills?.[1][2]).toBeNull();
    expect(after.numberFormats?.[1][2]).toBe('General');
    expect(after.fills?.[0][1]).toBe('#FF9999');
    expect(after.fills?.[5][9]).toBe('#FFC7CE');
    expect(after.fills?.[2][0]).toBe('#FFC7CE');
    expect(after.values[0][0]).toBe('项目资金（万元）');

    await host.applyPlan(undoPlanFor(PLAN, new Map([[SHEET, before]])));
    const undone = await host.readSheet(SHEET);
    expect(comparable(undone)).toEqual(comparable(before));

    // And the same after saving and opening the file again.
    const reopened = await FileHost.fromData(await host.toBuffer(), 'funds.xlsx');
    expect(comparable(await reopened.readSheet(SHEET))).toEqual(comparable(before));
  });

  it('writes a plan into a file that Excel reads back with formulas and cached results', async () => {
    const host = await FileHost.fromData(bytes, 'funds.xlsx');
    await host.applyPlan(PLAN);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await host.toBuffer()) as unknown as LoadInput);
    const ws = wb.getWorksheet(SHEET)!;
    expect(ws.getCell('C1').value).toEqual({ formula: 'SUM(C2:C4)', result: 169.4 });
    expect(ws.getCell('H2').formula).toBe('C2-D2');
    expect(ws.getCell('F1').numFmt).toBe('0.0%');
  });

  it('refuses a plan touching a protected sheet before writing anything', async () => {
    const host = await FileHost.fromData(bytes, 'funds.xlsx');
    const before = await host.readSheet(SHEET);
    const plan: EditPlan = {
      label: '标记问题',
      edits: [
        { sheet: SHEET, row: 0, col: 2, fill: '#FFC7CE' },
        { sheet: '已保护', row: 0, col: 1, value: 100 },
      ],
    };
    const error = await hostError(host.applyPlan(plan));
    expect(error.code).toBe('protected');
    expect(error.message).toContain('已保护');
    expect(comparable(await host.readSheet(SHEET))).toEqual(comparable(before));
    expect((await host.readSheet('已保护')).values).toEqual([['总分']]);
  });

  it('refuses to write a value into a covered cell of a merge, and an unknown sheet', async () => {
    const host = await FileHost.fromData(bytes, 'funds.xlsx');
    const covered = await hostError(
      host.applyPlan({ label: 'x', edits: [{ sheet: SHEET, row: 1, col: 0, value: 1 }] }),
    );
    expect(covered.code).toBe('failed');
    const missing = await hostError(
      host.applyPlan({ label: 'x', edits: [{ sheet: '无', row: 0, col: 0, value: 1 }] }),
    );
    expect(missing.code).toBe('not-found');
    const badColour = await hostError(
      host.applyPlan({
        label: 'x',
        edits: [
          { sheet: SHEET, row: 0, col: 1, fill: '#FF0000' },
          { sheet: SHEET, row: 0, col: 2, fill: 'red' },
        ],
      }),
    );
    expect(badColour.code).toBe('failed');
    const after = await host.readSheet(SHEET);
    expect(after.values[0][0]).toBe('项目资金（万元）');
    expect(after.fills?.[0][1]).toBe('#DDEBF7');
  });

  it('stores settings in a very hidden sheet that survives saving and stays out of the sheet list', async () => {
    const host = await FileHost.fromData(bytes, 'funds.xlsx');
    expect(await host.getSetting('preset')).toBeNull();
    await host.setSetting('preset', 'hubei-2019');
    await host.setSetting('preset', 'wuhan-2020');
    const reopened = await FileHost.fromData(await host.toBuffer(), 'funds.xlsx');
    expect(await reopened.getSetting('preset')).toBe('wuhan-2020');
    expect(await reopened.sheetNames()).toEqual([SHEET, '已保护']);
    const settings = reopened.workbook.getWorksheet(SETTINGS_SHEET)!;
    expect(settings.state).toBe('veryHidden');
    expect(settings.getCell('A1').value).toBe('selfeval.preset');
  });

  it('records a selection, switches the active sheet and deletes sheets but never the last one', async () => {
    const host = await FileHost.fromData(bytes, 'funds.xlsx');
    expect(await host.activeSheetName()).toBe(SHEET);
    await host.select('已保护', 'a1:b2');
    expect(host.selection).toEqual({ sheet: '已保护', a1: 'A1:B2' });
    expect(await host.activeSheetName()).toBe('已保护');
    expect((await hostError(host.select('无', 'A1'))).code).toBe('not-found');
    await host.deleteSheet('已保护');
    expect(await host.sheetNames()).toEqual([SHEET]);
    expect(await host.activeSheetName()).toBe(SHEET);
    expect((await hostError(host.deleteSheet(SHEET))).code).toBe('failed');
  });
});

const TEMPLATE: TemplateSpec = {
  id: 'test-national',
  name: '测试模板',
  nameEn: 'Test template',
  kind: 'project',
  layout: 'national',
  range: { top: 1, left: 1, bottom: 3, right: 4 },
  cells: [
    {
      row: 1,
      col: 1,
      value: '项目支出绩效自评表',
      bold: true,
      fontSize: 16,
      horizontal: 'center',
      vertical: 'middle',
    },
    { row: 2, col: 1, value: '全年预算数', wrap: true, fill: '#DDEBF7' },
    { row: 2, col: 2, value: '全年执行数' },
    { row: 2, col: 3, value: '执行率' },
    { row: 3, col: 1, value: 0 },
    { row: 3, col: 2, value: 0 },
    { row: 3, col: 3, formula: '=IF(N(B4)=0,"",C4/B4)', numberFormat: '0.00%' },
    { row: 3, col: 4, value: '优' },
  ],
  merges: [{ top: 1, left: 1, bottom: 1, right: 4 }],
  borders: [{ top: 1, left: 1, bottom: 3, right: 4 }],
  columnWidths: [14, 12, 10, 8],
  validations: [
    { range: { top: 3, left: 4, bottom: 3, right: 4 }, type: 'list', values: ['优', '良', '中', '差'] },
    { range: { top: 3, left: 1, bottom: 3, right: 2 }, type: 'decimal', min: 0, max: 100000 },
  ],
  conditionalFormats: [
    { range: { top: 3, left: 2, bottom: 3, right: 2 }, formula: '=C4>B4', fill: '#FFC7CE' },
  ],
};

describe('FileHost.insertTemplate', () => {
  it('writes a template onto a new sheet with every declared format', async () => {
    const host = await FileHost.fromData(await fundsWorkbook(), 'funds.xlsx');
    await host.insertTemplate(TEMPLATE, '新表', true);
    expect(await host.activeSheetName()).toBe('新表');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await host.toBuffer()) as unknown as LoadInput);
    const ws = wb.getWorksheet('新表')!;
    const title = ws.getCell('B2');
    expect(title.value).toBe('项目支出绩效自评表');
    expect(title.font).toMatchObject({ bold: true, size: 16 });
    expect(title.alignment).toMatchObject({ horizontal: 'center', vertical: 'middle' });
    expect(ws.getCell('E2').isMerged).toBe(true);
    expect(ws.getCell('E2').master.address).toBe('B2');
    expect(ws.getCell('B3').alignment?.wrapText).toBe(true);
    expect(ws.getCell('B3').fill).toMatchObject({ pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } });
    expect(ws.getCell('D4').value).toMatchObject({ formula: 'IF(N(B4)=0,"",C4/B4)' });
    expect(ws.getCell('D4').numFmt).toBe('0.00%');
    for (const a1 of ['B2', 'E2', 'C3', 'E4']) {
      expect(ws.getCell(a1).border).toMatchObject({ top: { style: 'thin' }, right: { style: 'thin' } });
    }
    expect([2, 3, 4, 5].map((c) => ws.getColumn(c).width)).toEqual([14, 12, 10, 8]);
    expect(ws.getCell('E4').dataValidation).toMatchObject({ type: 'list', formulae: ['"优,良,中,差"'] });
    expect(ws.getCell('C4').dataValidation).toMatchObject({ type: 'decimal', operator: 'between' });
    const cf = (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] })
      .conditionalFormattings;
    expect(cf).toHaveLength(1);
    expect(cf[0].ref).toBe('C4');
    expect(cf[0].rules[0]).toMatchObject({ type: 'expression', formulae: ['C4>B4'] });
  });

  it('refuses a used area, an existing sheet name and a protected sheet without writing', async () => {
    const host = await FileHost.fromData(await fundsWorkbook(), 'funds.xlsx');
    const before = await host.readSheet(SHEET);
    expect((await hostError(host.insertTemplate(TEMPLATE, SHEET, false))).code).toBe('failed');
    expect((await hostError(host.insertTemplate(TEMPLATE, SHEET, true))).code).toBe('failed');
    expect((await hostError(host.insertTemplate(TEMPLATE, '已保护', false))).code).toBe('protected');
    expect(comparable(await host.readSheet(SHEET))).toEqual(comparable(before));
    const overlapping: TemplateSpec = {
      ...TEMPLATE,
      merges: [...TEMPLATE.merges, { top: 1, left: 3, bottom: 2, right: 3 }],
    };
    expect((await hostError(host.insertTemplate(overlapping, '新表', true))).message).toMatch(/合并区域重叠/);
    expect(await host.sheetNames()).not.toContain('新表');
    const moved: TemplateSpec = {
      ...TEMPLATE,
      range: { top: 10, left: 10, bottom: 12, right: 13 },
      cells: [],
    };
    await host.insertTemplate(moved, SHEET, false);
    expect((await host.readSheet(SHEET)).merges).toContainEqual({ top: 1, left: 1, bottom: 1, right: 4 });
  });
});
