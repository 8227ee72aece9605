/**
 * WPS answers a range whose cells differ not always with null: some builds answer "" or a boolean for
 * `MergeCells` and `NumberFormat` (FakeEt.mixedAnswer). The read must come out the same whichever it is.
 */
import { nationalSheet } from '../excel/nationalSheet';
import { makeWpsHost } from './makeWpsHost';

const sortedMerges = (merges: { top: number; left: number; bottom: number; right: number }[]) =>
  merges.map((m) => `${m.top},${m.left},${m.bottom},${m.right}`).sort();

describe('a WPS read whatever a mixed range answers', () => {
  const seed = nationalSheet('自评表', 3);
  const reference = (() => {
    const { host, fake } = makeWpsHost([{ snapshot: seed }]);
    fake.answersXmlSpreadsheet = false;
    return host.readSheet('自评表');
  })();

  test.each([[''], [true]] as const)(
    'mixed answers %j read the same merges and formats as null',
    async (mixed) => {
      const expected = await reference;
      const { host, fake } = makeWpsHost([{ snapshot: seed }]);
      fake.mixedAnswer = mixed;
      fake.answersXmlSpreadsheet = false; // mixed answers are asked only range by range
      const read = await host.readSheet('自评表');
      expect(sortedMerges(read.merges)).toEqual(sortedMerges(expected.merges));
      expect(sortedMerges(read.merges)).toEqual(sortedMerges(seed.merges));
      expect(read.numberFormats).toEqual(expected.numberFormats);
      expect(read.values).toEqual(expected.values);
    },
  );
});
