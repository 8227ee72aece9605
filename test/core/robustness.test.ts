import { rangeToA1 } from '../../src/core/address';
import { analyzeSheet } from '../../src/core/analyze';
import type { FixtureSheet, FixtureTable } from '../fixtures/format';
import { budgetExecutionSummary, footer, notes } from '../support/decoyVariant';
import { expectedOfSheet, snapshotOfSheet } from '../support/fixtureSnapshot';
import { targetGoal } from '../support/targetVariant';
import { department } from './layouts/cases/department';
import { hubei } from './layouts/cases/hubei2019';
import { national } from './layouts/cases/national';
import { same } from './layouts/cases/shared';
import { target } from './layouts/cases/target';
import { wuhan } from './layouts/cases/wuhan2020';

/**
 * Sheets as other people build them in Excel or WPS: stacked tables, notes, decoys beside and below, empty
 * sheets, a huge sheet. Each layout's tables alone (clean variants and planted faults) are in
 * test/core/layouts/profiles.test.ts, built by the case modules in test/core/layouts/cases/.
 */

function analyse(sheet: FixtureSheet) {
  const result = analyzeSheet(snapshotOfSheet(sheet));
  return {
    regions: result.regions.map((r) => `${r.kind}/${r.layout} ${rangeToA1(r.range)}`),
    findings: result.findings.map((f) => `${f.rule}@${f.cell}`).sort(),
  };
}

function alone(table: FixtureTable, row = 0, col = 0): FixtureSheet {
  return { name: 'Sheet1', tables: [{ table, row, col }] };
}

/** Tables one under another with `gap` empty rows between, from column `col`. */
function stacked(tables: FixtureTable[], gap: number, col = 0): FixtureSheet {
  let row = 0;
  const placed = tables.map((table) => {
    const p = { table, row, col };
    row += table.rows.length + gap;
    return p;
  });
  return { name: 'Sheet1', tables: placed };
}

// ---------------------------------------------------------------------------------------------------------
// sheets: stacked tables, notes, decoys, long-term tables, empty sheets

const base = {
  national: () => national('clean', same),
  nationalNoTitle: () => national('no-title', same, { title: null, yearLine: null }),
  nationalNoTotal: () => national('no-total-row', same, { totalLabel: 'none' }),
  hubei: () => hubei('clean', same),
  wuhan: () => wuhan('clean', same),
  wuhanNoClosing: () => wuhan('no-closing-rows', same, { closing: 'none' }),
  wuhanNoTitle: () => wuhan('no-title', same, { title: 'none' }),
  department: () => department('clean', same),
  target: () => target('long-term-above', [targetGoal()], { longTermAbove: true }),
};

function sheetCase(name: string, sheet: FixtureSheet): [string, FixtureSheet] {
  return [name, sheet];
}

function beside(main: FixtureTable, decoy: FixtureTable, decoyRow: number): FixtureSheet {
  const width = Math.max(...main.rows.map((r) => r.length));
  return {
    name: 'Sheet1',
    tables: [
      { table: main, row: 0, col: 0 },
      { table: decoy, row: decoyRow, col: width + 2 },
    ],
  };
}

function leftOf(decoy: FixtureTable, main: FixtureTable, decoyRow: number): FixtureSheet {
  const width = Math.max(...decoy.rows.map((r) => r.length));
  return {
    name: 'Sheet1',
    tables: [
      { table: decoy, row: decoyRow, col: 0 },
      { table: main, row: 0, col: width + 2 },
    ],
  };
}

const sheets: [string, FixtureSheet][] = [
  sheetCase('national, budget decoy on the left', leftOf(budgetExecutionSummary(), base.national(), 3)),
  sheetCase('wuhan, budget decoy on the left at the top', leftOf(budgetExecutionSummary(), base.wuhan(), 0)),
  sheetCase('two national forms side by side', beside(base.national(), base.national(), 0)),
  sheetCase('wuhan beside hubei, offset', beside(base.wuhan(), base.hubei(), 3)),
  sheetCase('two target tables side by side', beside(base.target(), base.target(), 2)),
  sheetCase('two national tables, no blank row between', stacked([base.national(), base.national()], 0)),
  sheetCase(
    'two national tables without titles, no blank row',
    stacked([base.nationalNoTitle(), base.nationalNoTitle()], 0, 2),
  ),
  sheetCase('national without 总分 row, then notes', stacked([base.nationalNoTotal(), notes(9)], 1)),
  sheetCase(
    'national without 总分 row, then notes right below',
    stacked([base.nationalNoTotal(), notes(9)], 0),
  ),
  sheetCase('national without 总分 row, then a signature footer right below', {
    name: 'Sheet1',
    tables: [
      { table: base.nationalNoTotal(), row: 0, col: 0 },
      { table: footer(9), row: base.nationalNoTotal().rows.length, col: 0 },
    ],
  }),
  sheetCase(
    'wuhan without closing rows, then a signature footer right below',
    stacked([base.wuhanNoClosing(), footer(7)], 0),
  ),
  sheetCase('wuhan, then a signature footer right below', stacked([base.wuhan(), footer(7)], 0)),
  sheetCase(
    'national without 总分 row, then another national',
    stacked([base.nationalNoTotal(), base.national()], 1),
  ),
  sheetCase('two hubei tables, no blank row', stacked([base.hubei(), base.hubei()], 0)),
  sheetCase(
    'department then wuhan tables, no blank row',
    stacked([base.department(), base.wuhan(), base.wuhan()], 0),
  ),
  sheetCase(
    'wuhan without closing rows, then another wuhan',
    stacked([base.wuhanNoClosing(), base.wuhan()], 0),
  ),
  sheetCase(
    'wuhan without closing rows, then one without title',
    stacked([base.wuhanNoClosing(), base.wuhanNoTitle()], 1),
  ),
  sheetCase('wuhan without closing rows, then notes', stacked([base.wuhanNoClosing(), notes(7)], 1)),
  sheetCase('wuhan, then notes right below', stacked([base.wuhan(), notes(7)], 0)),
  sheetCase('national, budget decoy below', stacked([base.national(), budgetExecutionSummary()], 1)),
  sheetCase('national, budget decoy beside at the top', beside(base.national(), budgetExecutionSummary(), 0)),
  sheetCase(
    'national, budget decoy beside at the funds header',
    beside(base.national(), budgetExecutionSummary(), 2),
  ),
  sheetCase('hubei, budget decoy beside', beside(base.hubei(), budgetExecutionSummary(), 5)),
  sheetCase('wuhan, budget decoy beside', beside(base.wuhan(), budgetExecutionSummary(), 3)),
  sheetCase('wuhan, notes beside', beside(base.wuhan(), notes(4), 10)),
  sheetCase('target tables of two 申报表 pages', stacked([base.target(), base.target()], 1)),
  sheetCase('target tables of two pages, no blank row', stacked([base.target(), base.target()], 0)),
  sheetCase('target, then a signature footer right below', stacked([base.target(), footer(10)], 0)),
  sheetCase('target, then notes right below', stacked([base.target(), notes(10)], 0)),
  sheetCase('target, budget decoy beside', beside(base.target(), budgetExecutionSummary(), 8)),
  sheetCase('only a budget summary', alone(budgetExecutionSummary())),
  sheetCase('only notes', alone(notes(6))),
  sheetCase('empty sheet', { name: 'Sheet1', tables: [] }),
];

describe.each(sheets)('sheet: %s', (_name, sheet) => {
  it('finds exactly the forms and their findings', () =>
    expect(analyse(sheet)).toEqual(expectedOfSheet(sheet)));
});

describe('a huge sheet', () => {
  it('detects 300 stacked tables quickly and finds nothing on clean ones', () => {
    const kinds = [base.national(), base.wuhan(), base.hubei(), base.department(), base.target()];
    const tables = Array.from({ length: 300 }, (_, i) => kinds[i % kinds.length]);
    const snapshot = snapshotOfSheet(stacked(tables, 1));
    const started = Date.now();
    const result = analyzeSheet(snapshot);
    const elapsed = Date.now() - started;
    expect(result.regions).toHaveLength(300);
    expect(result.findings).toEqual([]);
    expect(elapsed).toBeLessThan(3000);
  });
});
