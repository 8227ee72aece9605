import { DocumentSettingsStore } from '../../../src/hosts/excel/documentSettings';
import { ExcelHost } from '../../../src/hosts/excel/excelHost';
import { ExcelRequirements } from '../../../src/hosts/excel/requirements';
import { HostUnderTest, SeedSheet } from '../scenarios';
import { FakeExcel, FakeSettings } from './fakeExcel';

export interface ExcelHostUnderTest extends HostUnderTest {
  host: ExcelHost;
  fake: FakeExcel;
}

/** An ExcelHost over a fresh fake workbook holding `sheets`. */
export function makeExcelHost(
  sheets: SeedSheet[],
  configure: (fake: FakeExcel) => void = () => undefined,
  cellsPerSync?: number,
): ExcelHostUnderTest {
  const fake = new FakeExcel(sheets);
  configure(fake);
  const open = () =>
    new ExcelHost({
      run: fake.run,
      runInContext: fake.runInContext,
      requirements: new ExcelRequirements(fake.isSetSupported),
      settings: new DocumentSettingsStore(fake.settings, FakeSettings.FAILED),
      cellsPerSync,
    });
  return {
    fake,
    host: open(),
    reopen: open,
    inspect: {
      sheetNames: () => fake.sheetNames(),
      activeSheet: () => fake.activeSheet,
      cell: (sheet, row, col) => {
        const c = fake.cell(sheet, row, col);
        return {
          value: c.value,
          formula: c.formula,
          numberFormat: c.numberFormat === 'General' ? null : c.numberFormat,
          fill: c.fill,
        };
      },
      merges: (sheet) => fake.sheet(sheet).merges.map((m) => ({ ...m })),
      selection: () => fake.selection,
      setProtected: (sheet, on) => fake.setProtected(sheet, on),
      setFill: (sheet, row, col, fill) => fake.setFillByHand(sheet, row, col, fill),
      roundTrips: () => fake.stats.syncs,
      resetRoundTrips: () => fake.resetStats(),
    },
  };
}
