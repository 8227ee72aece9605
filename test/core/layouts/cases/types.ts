import type { Layout } from '../../../../src/core/layouts';
import type { FixtureTable } from '../../../fixtures/format';

/**
 * One layout profile's test cases: tables in that layout laid out as other people build them, each placed
 * alone at A1 and shifted. `clean` tables yield no finding; each `faulty` table plants faults whose rule and
 * cell it expects. The rule × layout coverage test reads the faulty tables' expected rules.
 */
export interface LayoutCases {
  layout: Layout;
  clean: FixtureTable[];
  faulty: FixtureTable[];
}
