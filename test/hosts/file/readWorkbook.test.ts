import * as ExcelJS from 'exceljs';
import { SheetSnapshot } from '../../../src/core/grid';
import { readWorkbook } from '../../../src/hosts/file/readWorkbook';
import { xlsxBytes } from './helpers';

async function snapshots(build: (workbook: ExcelJS.Workbook) => void): Promise<SheetSnapshot[]> {
  return readWorkbook(await xlsxBytes(build), 'test.xlsx');
}

function at(
  snap: SheetSnapshot,
  a1: string,
): { value: unknown; formula: unknown; fmt: unknown; fill: unknown } {
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  const col = m[1].charCodeAt(0) - 65;
  const row = Number(m[2]) - 1;
  return {
    value: snap.values[row][col],
    formula: snap.formulas?.[row][col],
    fmt: snap.numberFormats?.[row][col],
    fill: snap.fills?.[row][col],
  };
}

describe('readWorkbook', () => {
  it('reads every value shape as the value a person sees', async () => {
    const [snap] = await snapshots((wb) => {
      const ws = wb.addWorksheet('表1');
      ws.getCell('A1').value = 5;
      ws.getCell('B1').value = { formula: 'A1*2', result: 10 };
      ws.getCell('C1').value = { formula: '1/0', result: { error: '#DIV/0!' } };
      ws.getCell('D1').value = { error: '#N/A' };
      ws.getCell('E1').value = { richText: [{ text: '偏差' }, { text: '原因', font: { bold: true } }] };
      ws.getCell('F1').value = { text: '链接', hyperlink: 'https://example.com' };
      ws.getCell('G1').value = new Date(Date.UTC(2021, 11, 31));
      ws.getCell('G1').numFmt = 'yyyy-mm-dd';
      ws.getCell('H1').value = true;
      ws.getCell('I1').value = '全年执行数';
      ws.getCell('J1').value = { formula: 'TODAY()-G1', result: new Date(Date.UTC(2022, 0, 1)) };
      ws.getCell('J1').numFmt = 'yyyy-mm-dd';
    });
    expect(snap.values[0]).toEqual([
      5,
      10,
      '#DIV/0!',
      '#N/A',
      '偏差原因',
      '链接',
      44561,
      true,
      '全年执行数',
      44562,
    ]);
    expect(snap.formulas?.[0]).toEqual([
      null,
      '=A1*2',
      '=1/0',
      null,
      null,
      null,
      null,
      null,
      null,
      '=TODAY()-G1',
    ]);
  });

  it('gives each cell of a shared formula its own translated text and cached result', async () => {
    const bytes = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet('S');
      [1, 2, 3].forEach((v, i) => (ws.getCell(`A${i + 5}`).value = v));
      ws.getCell('D1').value = '"B5"';
      ws.fillFormula('B5:B7', 'A5*$A$5+SUM($A5:A5)+LEN("A5")', [4, 6, 9]);
    });
    const reloaded = new ExcelJS.Workbook();
    await reloaded.xlsx.load(bytes as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
    // Precondition: the file really stores B6 and B7 as clones of B5.
    expect(
      (reloaded.getWorksheet('S')!.getCell('B6').value as ExcelJS.CellSharedFormulaValue).sharedFormula,
    ).toBe('B5');
    const [snap] = await readWorkbook(bytes, 's.xlsx');
    expect([4, 5, 6].map((r) => snap.formulas?.[r][1])).toEqual([
      '=A5*$A$5+SUM($A5:A5)+LEN("A5")',
      '=A6*$A$5+SUM($A6:A6)+LEN("A5")',
      '=A7*$A$5+SUM($A7:A7)+LEN("A5")',
    ]);
    expect([4, 5, 6].map((r) => snap.values[r][1])).toEqual([4, 6, 9]);
  });

  it('reads merges as 0-based ranges and leaves covered cells empty', async () => {
    const [snap] = await snapshots((wb) => {
      const ws = wb.addWorksheet('M');
      ws.getCell('A1').value = '项目支出绩效自评表';
      ws.mergeCells('A1:H1');
      ws.getCell('A3').value = '项目资金（万元）';
      ws.mergeCells('A3:A7');
    });
    expect(snap.merges).toEqual(
      expect.arrayContaining([
        { top: 0, left: 0, bottom: 0, right: 7 },
        { top: 2, left: 0, bottom: 6, right: 0 },
      ]),
    );
    expect(snap.merges).toHaveLength(2);
    expect(snap.values[0][0]).toBe('项目支出绩效自评表');
    expect(snap.values[0][1]).toBeNull();
    expect(snap.values[4][0]).toBeNull();
    expect(snap.rowCount).toBe(7);
    expect(snap.colCount).toBe(8);
  });

  it('reads number formats and fills (argb, theme with tint, empty cells with a fill)', async () => {
    const [snap] = await snapshots((wb) => {
      const ws = wb.addWorksheet('F');
      ws.getCell('A1').value = 0.988;
      ws.getCell('A1').numFmt = '0.0%';
      ws.getCell('B1').value = 1343.08;
      ws.getCell('B1').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
      ws.getCell('C1').value = '标题';
      ws.getCell('C1').fill = {
        type: 'pattern',
        pattern: 'solid',
        fgColor: { theme: 4, tint: 0.3999755851924192 } as Partial<ExcelJS.Color>,
      };
      ws.getCell('D2').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFF0000' } };
    });
    expect(at(snap, 'A1')).toEqual({ value: 0.988, formula: null, fmt: '0.0%', fill: null });
    expect(at(snap, 'B1').fill).toBe('#FFFF00');
    expect(at(snap, 'B1').fmt).toBe('General');
    // Accent 1 of the Office 2007 theme, 40% lighter, as Excel shows it.
    expect(at(snap, 'C1').fill).toBe('#95B3D7');
    expect(at(snap, 'D2')).toEqual({ value: null, formula: null, fmt: 'General', fill: '#FF0000' });
    expect(snap.rowCount).toBe(2);
    expect(snap.colCount).toBe(4);
  });

  it('anchors a used range that starts at C5 at A1, and borders alone do not stretch the sheet', async () => {
    const [snap] = await snapshots((wb) => {
      const ws = wb.addWorksheet('偏移');
      ws.getCell('C5').value = '项目名称';
      ws.getCell('D6').value = 3;
      ws.getCell('Z40').border = { top: { style: 'thin' } };
    });
    expect(snap.rowCount).toBe(6);
    expect(snap.colCount).toBe(4);
    expect(snap.values).toHaveLength(6);
    expect(snap.values.every((row) => row.length === 4)).toBe(true);
    expect(snap.values[0]).toEqual([null, null, null, null]);
    expect(snap.values[4][2]).toBe('项目名称');
    expect(snap.values[5][3]).toBe(3);
  });

  it('reads every sheet in tab order and an empty sheet as 0 × 0', async () => {
    const snaps = await snapshots((wb) => {
      wb.addWorksheet('一').getCell('A1').value = 1;
      wb.addWorksheet('空');
      wb.addWorksheet('三').getCell('B2').value = 'x';
    });
    expect(snaps.map((s) => [s.name, s.rowCount, s.colCount])).toEqual([
      ['一', 1, 1],
      ['空', 0, 0],
      ['三', 2, 2],
    ]);
    expect(snaps[1].values).toEqual([]);
  });

  it('accepts an ArrayBuffer as the browser hands it over', async () => {
    const bytes = await xlsxBytes((wb) => {
      wb.addWorksheet('A').getCell('A1').value = '年度资金总额';
    });
    const arrayBuffer = bytes.buffer.slice(
      bytes.byteOffset,
      bytes.byteOffset + bytes.byteLength,
    ) as ArrayBuffer;
    const [snap] = await readWorkbook(arrayBuffer, 'a.xlsx');
    expect(snap.values[0][0]).toBe('年度资金总额');
  });
});

describe('cached formula results that are falsy', () => {
  it('reads a cached 0 and FALSE, not an empty cell', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.getCell('A1').value = { formula: '0*1', result: 0 };
    ws.getCell('A2').value = { formula: '1=2', result: false };
    const buffer = await wb.xlsx.writeBuffer();
    const [sheet] = await readWorkbook(Buffer.from(buffer), 'falsy.xlsx');
    expect(sheet.values[0][0]).toBe(0);
    expect(sheet.values[1][0]).toBe(false);
    expect(sheet.formulas?.[0][0]).toBe('=0*1');
  });
});
