import type { FixtureTable } from '../fixtures/format';
import { ExpectedFinding, FormKindName, LayoutName, VariantDraft } from './variantDraft';

/** `[rule, cell]`: an expected finding, the cell taken from a builder's address map. */
export type Expect = [rule: string, cell: string];

/** A laid-out form variant with the addresses of its key cells, ready to become a fixture table. */
export class BuiltForm<At> {
  constructor(
    readonly draft: VariantDraft,
    readonly region: { kind: FormKindName; layout: LayoutName; top: number; bottom: number },
    readonly at: At,
  ) {}

  table(id: string, expected: Expect[] = []): FixtureTable {
    const findings: ExpectedFinding[] = expected.map(([rule, cell]) => ({ rule, cell }));
    return this.draft.table(id, this.region, findings);
  }
}
