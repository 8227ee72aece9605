import { parseRangeA1 } from '../../../../src/core/address';
import type { Layout } from '../../../../src/core/layouts';
import type { FixtureCell, FixtureTable } from '../../../fixtures/format';

/** Cells by relative A1 address: how the published forms read, row by row. */
export type SparseCells = Record<string, FixtureCell>;

/** A form written as its cells by address, its merges, and the region it is. */
export interface SparseForm {
  cells: SparseCells;
  merges: string[];
  kind: 'project' | 'department' | 'target';
  layout: Layout;
  range: string;
}

function toRows(cells: SparseCells): FixtureCell[][] {
  const rows: FixtureCell[][] = [];
  for (const [a1, value] of Object.entries(cells)) {
    const { top, left } = parseRangeA1(a1);
    while (rows.length <= top) rows.push([]);
    const row = rows[top];
    while (row.length <= left) row.push(null);
    row[left] = value;
  }
  return rows;
}

/** The form as a fixture table with `edits` applied and the findings they plant. */
export function sparseTable(
  id: string,
  description: string,
  form: SparseForm,
  edits: SparseCells = {},
  findings: [rule: string, cell: string][] = [],
): FixtureTable {
  return {
    id,
    description,
    rows: toRows({ ...form.cells, ...edits }),
    merges: [...form.merges],
    expectedRegion: { kind: form.kind, layout: form.layout, range: form.range },
    expectedFindings: findings.map(([rule, cell]) => ({ rule, cell })),
  };
}
