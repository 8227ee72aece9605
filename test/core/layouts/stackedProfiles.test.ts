import { rangeToA1 } from '../../../src/core/address';
import { analyzeSheet } from '../../../src/core/analyze';
import type { FixturePlacement, FixtureSheet, FixtureTable } from '../../fixtures/format';
import { budgetExecutionSummary, notes } from '../../support/decoyVariant';
import { expectedOfSheet, snapshotOfSheet } from '../../support/fixtureSnapshot';
import { adjustedCases } from './cases/adjusted';
import { genericCases } from './cases/generic';
import { nationalCases } from './cases/national';

function analyse(sheet: FixtureSheet) {
  const result = analyzeSheet(snapshotOfSheet(sheet));
  return {
    regions: result.regions.map((r) => `${r.kind}/${r.layout} ${rangeToA1(r.range)}`).sort(),
    findings: result.findings.map((f) => `${f.rule}@${f.cell}`).sort(),
  };
}

function sortedExpected(sheet: FixtureSheet) {
  const e = expectedOfSheet(sheet);
  return { regions: [...e.regions].sort(), findings: [...e.findings].sort() };
}

const byId = (tables: FixtureTable[], id: string): FixtureTable => {
  const t = tables.find((x) => x.id === id);
  if (!t) throw new Error(`no case ${id}`);
  return t;
};

/** Tables one under another from `col`, `gap` empty rows between. */
function stack(tables: FixtureTable[], col: number, gap = 1, top = 0): FixturePlacement[] {
  let row = top;
  return tables.map((table) => {
    const p = { table, row, col };
    row += table.rows.length + gap;
    return p;
  });
}

/**
 * The §8 variants as sheets hold them: several forms stacked with notes between (each bounded by its own
 * closing rows, never by the signature line or the note), a budget summary above them that is no region, and
 * a form of another layout side by side with an empty column between.
 */
describe('§8 variants stacked and side by side', () => {
  const adjusted = adjustedCases.faulty.concat(adjustedCases.clean);
  const generic = genericCases.faulty.concat(genericCases.clean);
  const left = [
    budgetExecutionSummary(),
    byId(adjusted, 'adjusted-clean'),
    notes(11),
    byId(adjusted, 'adjusted-split-target-unmet'),
    byId(generic, 'generic-total'),
    byId(nationalCases.clean, 'national-template-leftovers'),
    byId(adjusted, 'adjusted-rate'),
  ];
  const right = [byId(generic, 'generic-funds-fund-sum'), byId(generic, 'generic-score-rule-band')];
  const sheet: FixtureSheet = { name: '自评表', tables: [...stack(left, 0), ...stack(right, 12, 2, 3)] };

  test('finds exactly the forms and their findings', () => {
    expect(analyse(sheet)).toEqual(sortedExpected(sheet));
  });

  test('shifted down and right, the same', () => {
    const shifted: FixtureSheet = {
      name: '自评表',
      tables: sheet.tables.map((p) => ({ ...p, row: p.row + 3, col: p.col + 2 })),
    };
    expect(analyse(shifted)).toEqual(sortedExpected(shifted));
  });
});
