import { fundsHeaderRole, FundsRole } from './vocabulary';
import { Band } from './bounds';
import { LabelCell, SheetText } from './sheetText';
import { isTargetHeaderLabels } from './targetTable';

/**
 * Where a table starts: a header only a self-evaluation form has — the funds header (预算数 | 执行数 | 执行率)
 * or the annual target header (目标名称 | 指标权重比例 | 一级指标). Headers of tables standing side by side on
 * one row are told apart by an empty column between them.
 */
export type Seed =
  | { type: 'funds'; row: number; band: Band; roles: Map<FundsRole, number> }
  | { type: 'target'; row: number; band: Band };

function columnEmptyNear(text: SheetText, col: number, row: number): boolean {
  for (let r = Math.max(0, row - 1); r <= Math.min(text.grid.rowCount - 1, row + 2); r++)
    if (!text.grid.isEmpty(r, col)) return false;
  return true;
}

/** Splits a row's labels where a column between two of them is empty around the row. */
export function clusters(text: SheetText, row: number, labels: LabelCell[]): LabelCell[][] {
  const out: LabelCell[][] = [];
  let current: LabelCell[] = [];
  for (const label of labels) {
    const prev = current[current.length - 1];
    let split = false;
    if (prev) {
      for (let c = prev.area.right + 1; c < label.col && !split; c++) split = columnEmptyNear(text, c, row);
    }
    if (split) {
      out.push(current);
      current = [];
    }
    current.push(label);
  }
  if (current.length > 0) out.push(current);
  return out;
}

export function bandOf(labels: LabelCell[]): Band {
  return {
    left: Math.min(...labels.map((l) => l.area.left)),
    right: Math.max(...labels.map((l) => l.area.right)),
  };
}

function fundsRoles(labels: LabelCell[]): Map<FundsRole, number> {
  const roles = new Map<FundsRole, number>();
  for (const l of labels) {
    const role = fundsHeaderRole(l.norm);
    if (role && !roles.has(role)) roles.set(role, l.col);
  }
  return roles;
}

export function isFundsHeader(roles: Map<FundsRole, number>): boolean {
  return roles.has('budget') && roles.has('actual') && roles.has('rate');
}

/** Every seed of the sheet, top to bottom, left to right. */
export function findSeeds(text: SheetText): Seed[] {
  const seeds: Seed[] = [];
  for (let r = 0; r < text.grid.rowCount; r++) {
    const labels = text.labelsInRow(r);
    if (labels.length < 3) continue;
    for (const cluster of clusters(text, r, labels)) {
      const roles = fundsRoles(cluster);
      if (isFundsHeader(roles)) {
        const roleLabels = cluster.filter((l) => fundsHeaderRole(l.norm) !== null);
        seeds.push({ type: 'funds', row: r, band: bandOf(roleLabels), roles });
      } else if (isTargetHeaderLabels(cluster)) seeds.push({ type: 'target', row: r, band: bandOf(cluster) });
    }
  }
  return seeds;
}
