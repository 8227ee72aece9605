import { rangeToA1 } from '../../../src/core/address';
import { analyzeSheet } from '../../../src/core/analyze';
import type { FixtureSheet, FixtureTable } from '../../fixtures/format';
import { expectedOfSheet, snapshotOfSheet } from '../../support/fixtureSnapshot';
import { nationalClean, nationalTotalScore } from '../../support/nationalVariant';
import { PROFILE_CASES } from './cases';

/**
 * Every layout profile's tables as other people build them in Excel or WPS: labels merged or not, titles
 * present or not, label wording and bracket variants, numbers as text, formulas; clean variants yield no
 * finding, planted faults yield exactly the expected rule at the exact cell. Each table is checked alone at
 * A1 and shifted to C5.
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

function checkEach(tables: FixtureTable[]): void {
  describe.each(tables.map((t) => [t.id, t] as const))('%s', (_id, table) => {
    it('at A1', () => expect(analyse(alone(table))).toEqual(expectedOfSheet(alone(table))));
    it('at C5', () => expect(analyse(alone(table, 4, 2))).toEqual(expectedOfSheet(alone(table, 4, 2))));
  });
}

describe.each(PROFILE_CASES.map((c) => [c.layout, c] as const))('%s profile', (_layout, cases) => {
  describe('clean', () => checkEach(cases.clean));
  describe('planted faults', () => checkEach(cases.faulty));
});

it('national clean data adds up', () => expect(nationalTotalScore(nationalClean())).toBe(96.5));
