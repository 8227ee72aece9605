import * as ExcelJS from 'exceljs';
import { DEFAULT_THEME_PALETTE } from '../../src/hosts/file/colors';
import { snapshotOfWorksheet, workbookContext } from '../../src/hosts/file/snapshot';
import { SheetView } from '../../src/page/grid/sheetView';

function viewOf(build: (ws: ExcelJS.Worksheet) => void): SheetView {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('自评表');
  build(ws);
  return new SheetView(snapshotOfWorksheet(ws, workbookContext(wb)), ws, DEFAULT_THEME_PALETTE);
}

describe('SheetView', () => {
  it('sizes columns and rows as the file says, with blank margins past the used range', () => {
    const view = viewOf((ws) => {
      ws.getCell('A1').value = '标题';
      ws.getColumn(1).width = 14;
      ws.getRow(1).height = 30;
      ws.getCell('C3').value = 1;
    });
    expect(view.cols.size(0)).toBe(103);
    expect(view.cols.size(1)).toBe(64);
    expect(view.rows.size(0)).toBe(40);
    expect(view.rows.size(1)).toBe(20);
    expect(view.rows.count).toBeGreaterThanOrEqual(60);
    expect(view.cols.count).toBeGreaterThanOrEqual(16);
  });

  it('grows rows with wrapped lines that have no stored height', () => {
    const view = viewOf((ws) => {
      ws.getCell('A1').value = '偏差原因分析\n及改进措施';
      ws.getCell('A1').alignment = { wrapText: true };
    });
    expect(view.rows.size(0)).toBeGreaterThanOrEqual(40);
  });

  it('resolves merged areas and reads fonts, alignment and borders', () => {
    const view = viewOf((ws) => {
      ws.getCell('A1').value = '项目支出绩效自评表';
      ws.getCell('A1').font = { bold: true, size: 16 };
      ws.getCell('A1').alignment = { horizontal: 'center', vertical: 'middle' };
      ws.mergeCells('A1:D2');
      ws.getCell('B4').border = { right: { style: 'thin' } };
    });
    expect(view.areaOf(1, 2)).toEqual({ top: 0, left: 0, bottom: 1, right: 3 });
    expect(view.mergesStartingIn(0)).toHaveLength(1);
    expect(view.mergesStartingIn(1)).toHaveLength(0);
    const title = view.look(0, 0);
    expect(title).toMatchObject({ bold: true, horizontal: 'center', vertical: 'middle' });
    expect(title.fontPx).toBeCloseTo(16 * (96 / 72));
    expect(view.look(3, 1).border.right).toBe(true);
    expect(view.look(500, 500).bold).toBe(false);
  });

  it('shows values through their number formats', () => {
    const view = viewOf((ws) => {
      ws.getCell('A1').value = { formula: 'B1/C1', result: 0.988 };
      ws.getCell('A1').numFmt = '0.00%';
    });
    expect(view.text(0, 0)).toBe('98.80%');
    expect(view.formula(0, 0)).toBe('=B1/C1');
    expect(view.isNumber(0, 0)).toBe(true);
  });
});
