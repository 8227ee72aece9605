import * as ExcelJS from 'exceljs';
import { DEFAULT_THEME_PALETTE } from '../../src/hosts/file/colors';
import { snapshotOfWorksheet, workbookContext } from '../../src/hosts/file/snapshot';
import { effectiveZoom, geometryOf } from '../../src/page/grid/geometry';
import { SheetView } from '../../src/page/grid/sheetView';

/** Nine columns 14 characters wide (103 px): 927 px of form, as the fixtures lay out a national table. */
function nineColumns(): SheetView {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('自评表');
  for (let c = 1; c <= 9; c++) {
    ws.getColumn(c).width = 14;
    ws.getCell(1, c).value = `列${c}`;
  }
  return new SheetView(snapshotOfWorksheet(ws, workbookContext(wb)), ws, DEFAULT_THEME_PALETTE);
}

describe('zoom', () => {
  const view = nineColumns();

  it('fits a form slightly wider than the grid, in whole percents, never enlarging', () => {
    expect(view.usedWidth()).toBe(927);
    expect(effectiveZoom('fit', view, 884)).toBe(0.95);
    expect(effectiveZoom('fit', view, 2000)).toBe(1);
    expect(effectiveZoom('fit', view, 300)).toBe(0.75);
    expect(effectiveZoom('fit', view, 0)).toBe(1);
    expect(effectiveZoom(1.25, view, 300)).toBe(1.25);
  });

  it('scales rows and columns together', () => {
    const geo = geometryOf(view, 0.5);
    expect(geo.cols.size(0)).toBe(Math.round(103 * 0.5));
    expect(geo.rows.size(0)).toBe(10);
    expect(geo.rows.count).toBe(view.rows.count);
    expect(geometryOf(view, 1).cols).toBe(view.cols);
  });
});
