import { fundsHeaderRole, FundsRole } from './vocabulary';
import { Band } from './bounds';
import { LabelCell, SheetText } from './sheetText';
import { labelsCovering } from './indicatorHeader';
import { headingCore } from './headerWords';
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

/**
 * How strongly a heading names the rate's denominator: `调整后预算数` over `全年预算数` over a plain `预算数`
 * (DOMAIN §8: with both 年初预算 and 调整后预算数, the rate is over the adjusted budget).
 */
function budgetRank(norm: string): number {
  if (/^(全年)?\(?调整/.test(norm)) return 3;
  if (norm.startsWith('全年')) return 2;
  return 1;
}

/** `合计（万元）` after the source columns (`中央 | 省、地 | 本级 | 其他 | 合计 | 执行数 | 执行率`). */
const SOURCES_TOTAL = /^(合计|小计|总计|资金总额|年度资金总额)$/;

function fundsRoles(labels: LabelCell[]): Map<FundsRole, number> {
  const roles = new Map<FundsRole, number>();
  const budgetNorm = new Map<number, string>();
  let sourcesTotal: number | undefined;
  for (const l of labels) {
    const role = fundsHeaderRole(l.norm);
    if (!role && sourcesTotal === undefined && SOURCES_TOTAL.test(headingCore(l.norm))) sourcesTotal = l.col;
    if (!role) continue;
    const held = roles.get(role);
    if (held === undefined) roles.set(role, l.col);
    else if (role === 'budget' && budgetRank(l.norm) > budgetRank(budgetNorm.get(held) ?? ''))
      roles.set(role, l.col);
    if (role === 'budget') budgetNorm.set(l.col, l.norm);
  }
  // a form that names its budget only as the total of its sources: that total is what the rate is over
  if (
    sourcesTotal !== undefined &&
    !roles.has('budget') &&
    !roles.has('initialBudget') &&
    roles.has('actual')
  )
    roles.set('budget', sourcesTotal);
  return roles;
}

/**
 * A funds header: a budget and the money spent, with a rate, points or score beside them. A form whose only
 * budget column is 年初预算数（A） (`执行率 = B/A`) uses it as the rate's denominator.
 */
export function isFundsHeader(roles: Map<FundsRole, number>): boolean {
  const budget = roles.has('budget') || roles.has('initialBudget');
  return budget && roles.has('actual') && (roles.has('rate') || roles.has('score') || roles.has('weight'));
}

/** The only budget column a form has is the rate's denominator, whatever it is called. */
function soleBudget(roles: Map<FundsRole, number>): Map<FundsRole, number> {
  const initial = roles.get('initialBudget');
  if (roles.has('budget') || initial === undefined) return roles;
  const out = new Map(roles);
  out.delete('initialBudget');
  out.set('budget', initial);
  return out;
}

/**
 * Two funds headers side by side with no empty column between (two forms printed edge to edge): a money
 * heading seen again starts the second one.
 */
function splitAtRepeatedRole(cluster: LabelCell[]): LabelCell[][] {
  const out: LabelCell[][] = [[]];
  // the same money heading word for word (`年度预算数` beside `调整后预算数` is one form's two budgets)
  const seen = new Set<string>();
  for (const label of cluster) {
    const role = fundsHeaderRole(label.norm);
    const money = role === 'budget' || role === 'actual' || role === 'initialBudget';
    if (money && seen.has(label.norm)) {
      out.push([]);
      seen.clear();
    }
    if (money) seen.add(label.norm);
    out[out.length - 1].push(label);
  }
  return out.filter((c) => c.length > 0);
}

/** Every seed of the sheet, top to bottom, left to right. */
export function findSeeds(text: SheetText): Seed[] {
  const seeds: Seed[] = [];
  const all: Band = { left: 0, right: text.grid.colCount - 1 };
  for (let r = 0; r < text.grid.rowCount; r++) {
    const own = text.labelsInRow(r);
    // a two-row funds header: 分值 | 执行率 | 得分 merged down beside the money headings of the lower row
    const money = own.some((l) => {
      const role = fundsHeaderRole(l.norm);
      return role === 'budget' || role === 'actual' || role === 'initialBudget';
    });
    const above = money
      ? labelsCovering(text, r, all).filter((l) => l.row < r && fundsHeaderRole(l.norm))
      : [];
    const labels = above.length > 0 ? [...own, ...above].sort((a, b) => a.col - b.col) : own;
    if (labels.length < 3) continue;
    for (const cluster of clusters(text, r, labels).flatMap(splitAtRepeatedRole)) {
      const roles = soleBudget(fundsRoles(cluster));
      if (isFundsHeader(roles)) {
        const roleCols = new Set(roles.values());
        const roleLabels = cluster.filter((l) => fundsHeaderRole(l.norm) !== null || roleCols.has(l.col));
        seeds.push({ type: 'funds', row: r, band: bandOf(roleLabels), roles });
      } else if (isTargetHeaderLabels(cluster)) seeds.push({ type: 'target', row: r, band: bandOf(cluster) });
    }
  }
  return seeds;
}
