import { rangeToA1 } from '../../src/core/address';
import { analyzeSheet } from '../../src/core/analyze';
import type { FixtureSheet, FixtureTable } from '../fixtures/format';
import { seed000Tables } from '../fixtures/tables/seed000';
import { SEED001_TABLES } from '../fixtures/tables/seed001';
import { seed002Tables } from '../fixtures/tables/seed002';
import { seed003Tables } from '../fixtures/tables/seed003';
import { SEED004_DECLARATIONS } from '../fixtures/tables/seed004';
import {
  DECOY_ATTACHMENT_LINE,
  DECOY_DEPARTMENT_FUNDS,
  DECOY_NOTES,
  SEED004_BUDGET_DECOYS,
} from '../fixtures/tables/decoys';
import { variantTables } from '../fixtures/tables/variants';
import { workbooks } from '../fixtures/workbooks';
import { expectedOfSheet, snapshotOfSheet } from '../support/fixtureSnapshot';

/**
 * Every table rebuilt from the seeds, alone and at an offset, must be detected exactly and yield exactly its
 * expected findings (rule + cell) — the real faults, and nothing on clean tables.
 */
const TABLES: FixtureTable[] = [
  ...seed000Tables,
  ...SEED001_TABLES,
  ...seed002Tables,
  ...seed003Tables,
  ...SEED004_DECLARATIONS,
  ...SEED004_BUDGET_DECOYS,
  DECOY_DEPARTMENT_FUNDS,
  DECOY_NOTES,
  DECOY_ATTACHMENT_LINE,
  ...variantTables,
];

function analyse(sheet: FixtureSheet) {
  const result = analyzeSheet(snapshotOfSheet(sheet));
  return {
    regions: result.regions.map((r) => `${r.kind}/${r.layout} ${rangeToA1(r.range)}`),
    findings: result.findings.map((f) => `${f.rule}@${f.cell}`).sort(),
  };
}

describe.each(TABLES.map((t) => [t.id, t] as const))('%s', (_id, table) => {
  it('is detected with its exact range and findings at A1', () => {
    const sheet: FixtureSheet = { name: 'Sheet1', tables: [{ table, row: 0, col: 0 }] };
    expect(analyse(sheet)).toEqual(expectedOfSheet(sheet));
  });
  it('is detected the same when shifted to another row and column', () => {
    const sheet: FixtureSheet = { name: 'Sheet1', tables: [{ table, row: 6, col: 3 }] };
    expect(analyse(sheet)).toEqual(expectedOfSheet(sheet));
  });
});

describe('stacked tables', () => {
  it('finds every table of a sheet holding one table of each seed, one under another', () => {
    let row = 0;
    const tables = [
      seed000Tables[0],
      SEED001_TABLES[1],
      seed002Tables[1],
      seed003Tables[1],
      SEED001_TABLES[0],
    ].map((table) => {
      const p = { table, row, col: 1 };
      row += table.rows.length + 1;
      return p;
    });
    const sheet: FixtureSheet = { name: 'Sheet1', tables };
    expect(analyse(sheet)).toEqual(expectedOfSheet(sheet));
  });
});

describe.each(workbooks.map((w) => [w.file, w] as const))('workbook %s', (_file, workbook) => {
  it.each(workbook.sheets.map((s) => [s.name, s] as const))(
    'sheet %s: exact regions and findings',
    (_name, sheet) => {
      expect(analyse(sheet)).toEqual(expectedOfSheet(sheet));
    },
  );
});
