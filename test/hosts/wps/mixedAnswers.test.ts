/**
 * WPS answers a range whose cells differ not always with null: some builds answer "", true or false for
 * `MergeCells` and `NumberFormat` (FakeEt.mixedAnswer). Reads and writes must come out the same whichever
 * it is, with or without `Value(11)`.
 */
import { nationalSheet } from '../excel/nationalSheet';
import { EditPlan } from '../../../src/core/edits';
import { HostError } from '../../../src/hosts/host';
import { snapshotFromRows } from '../../../src/core/grid';
import { EtWorksheet } from '../../../src/hosts/wps/etApi';
import { FALSE_ANSWER_PROBES } from '../../../src/hosts/wps/mergeScan';
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

  test.each([[''], [true], [false]] as const)(
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

describe('a mixed range answering false', () => {
  test('a sheet without merges is told so by a few probes, on every build', async () => {
    const rows = Array.from({ length: 40 }, (_, r) => ['项目' + r, r, '', r * 2, '']);
    const snapshot = snapshotFromRows('数据', rows);
    const callsWith = async (mixed: null | false) => {
      const { host, fake } = makeWpsHost([{ snapshot }]);
      fake.answersXmlSpreadsheet = false;
      fake.mixedAnswer = mixed;
      fake.resetStats();
      const read = await host.readSheet('数据');
      expect(read.merges).toEqual([]);
      return fake.stats.calls;
    };
    // false is the truth here, so both builds probe: the same cost, bounded by the probes.
    const calls = await callsWith(false);
    expect(calls).toBe(await callsWith(null));
    const { fake } = makeWpsHost([{ snapshot }]);
    fake.answersXmlSpreadsheet = false;
    fake.resetStats();
    (fake.application.ActiveWorkbook?.Worksheets.Item('数据') as EtWorksheet).Range('A1').MergeArea.Address();
    const perProbe = fake.stats.calls;
    expect(calls).toBeLessThanOrEqual(40 + FALSE_ANSWER_PROBES * perProbe);
  });

  // B13 is not merged, B14:B17 is: the rectangle B13:B16 is mixed.
  const plan = (covered: string): EditPlan => ({
    label: '写入',
    edits: [
      { sheet: '自评表', row: 12, col: 1, value: '甲' },
      { sheet: '自评表', row: 13, col: 1, value: '乙' },
      { sheet: '自评表', row: 14, col: 1, value: covered },
      { sheet: '自评表', row: 15, col: 1, value: '' },
    ],
  });

  test.each([[true], [false]])(
    'a write across a merge goes to its top-left cell and skips covered cells (Value(11) answered: %s)',
    async (xml) => {
      const { host, fake } = makeWpsHost([{ snapshot: nationalSheet('自评表', 1) }]);
      fake.mixedAnswer = false;
      fake.answersXmlSpreadsheet = xml;
      await host.applyPlan(plan(''));
      expect(fake.cell('自评表', 12, 1).value).toBe('甲');
      expect(fake.cell('自评表', 13, 1).value).toBe('乙');
      expect(sortedMerges(fake.sheet('自评表').merges)).toContain('13,1,16,1');
    },
  );

  test('a value for a covered cell is refused naming it, before anything is written', async () => {
    const { host, fake } = makeWpsHost([{ snapshot: nationalSheet('自评表', 1) }]);
    fake.mixedAnswer = false;
    fake.answersXmlSpreadsheet = false;
    const before = fake.cell('自评表', 12, 1).value;
    const error = await host.applyPlan(plan('丙')).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).message).toContain('B15');
    expect(fake.cell('自评表', 12, 1).value).toBe(before);
  });
});
