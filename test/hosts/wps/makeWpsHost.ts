import { WpsHost } from '../../../src/hosts/wps/wpsHost';
import { HostUnderTest, SeedSheet } from '../scenarios';
import { FakeEt } from './fakeEt';

export interface WpsHostUnderTest extends HostUnderTest {
  host: WpsHost;
  fake: FakeEt;
}

/** A WpsHost over a fresh fake ET workbook holding `sheets`; round trips are ET calls. */
export function makeWpsHost(sheets: SeedSheet[]): WpsHostUnderTest {
  const fake = new FakeEt(sheets);
  const open = () => new WpsHost(fake.application, fake.apiEvent);
  return {
    fake,
    host: open(),
    reopen: open,
    inspect: {
      sheetNames: () => fake.sheetNames().filter((n) => fake.sheet(n).visible === -1),
      activeSheet: () => fake.activeSheet,
      cell: (sheet, row, col) => fake.cell(sheet, row, col),
      merges: (sheet) => fake.sheet(sheet).merges.map((m) => ({ ...m })),
      selection: () => fake.selection,
      setProtected: (sheet, on) => fake.setProtected(sheet, on),
      setFill: (sheet, row, col, fill) => fake.setFillByHand(sheet, row, col, fill),
      roundTrips: () => fake.stats.calls,
      resetRoundTrips: () => fake.resetStats(),
    },
  };
}
