import { Band } from './bounds';
import { IndicatorRole, indicatorHeaderRole, targetPartRole } from './headerWords';
import { LabelCell, SheetText } from './sheetText';

/**
 * The header of an indicator block, over one row or two: a parent heading spanning sub-headings
 * (`年度指标值` over `指标性质 | 指标值 | 度量单位`) names its columns by the sub-headings; headings merged down
 * over both rows (`一级指标`) name theirs. Every column is named by its role, in any order; columns whose
 * heading we do not know (`指标解释`, `评分标准`) are ignored.
 */
export interface IndicatorHeader {
  /** First and last row of the header; indicator rows start below `bottom`. */
  top: number;
  bottom: number;
  /** role → column. A split target sets `target` to its value column and `nature` / `unit` beside it. */
  roles: ReadonlyMap<IndicatorRole, number>;
}

/** The labels whose merged area covers a row, anchored there or above (a heading merged down two rows). */
export function labelsCovering(text: SheetText, row: number, band: Band): LabelCell[] {
  const grid = text.grid;
  const out: LabelCell[] = [];
  for (let c = band.left; c <= band.right;) {
    const area = grid.areaOf(row, c);
    const anchor = text.labelAt(area.top, area.left);
    if (anchor) out.push(anchor);
    c = area.right + 1;
  }
  return out;
}

function rolesOf(labels: LabelCell[]): Map<IndicatorRole, number> {
  const roles = new Map<IndicatorRole, number>();
  for (const l of labels) {
    const role = indicatorHeaderRole(l.norm);
    if (role && !roles.has(role)) roles.set(role, l.col);
  }
  return roles;
}

/** Enough columns to read a self-evaluation: a hierarchy or a name, with target and actual or points and score. */
export function isIndicatorHeaderRoles(roles: ReadonlyMap<IndicatorRole, number>): boolean {
  if (roles.has('level1') && roles.has('level2')) return true;
  if (!roles.has('name')) return false;
  return (roles.has('target') && roles.has('actual')) || (roles.has('weight') && roles.has('score'));
}

/**
 * A header that reads as a self-evaluation on its own, without a funds block or a 自评表 title: indicator
 * headings with target and actual columns, or with points and score columns (DOMAIN §8). A list of indicators
 * with their targets only (a 长期绩效目标表, an indicator catalogue) is not one.
 */
export function readsAsSelfEvaluation(roles: ReadonlyMap<IndicatorRole, number>): boolean {
  if (!hasIndicatorHeading(roles)) return false;
  return (roles.has('target') && roles.has('actual')) || (roles.has('weight') && roles.has('score'));
}

/** Any indicator heading at all (一级/二级/三级指标, 指标名称, 评价指标): enough under a 自评表 title. */
export function hasIndicatorHeading(roles: ReadonlyMap<IndicatorRole, number>): boolean {
  return roles.has('level1') || roles.has('level2') || roles.has('name');
}

/**
 * Sub-headings in the row below a parent heading that spans several columns and ends on its own row. Returns
 * the roles they add, or null when the row below is not a sub-header.
 */
function subHeadings(
  text: SheetText,
  row: number,
  band: Band,
  parents: LabelCell[],
): Map<IndicatorRole, number> | null {
  const below = row + 1;
  if (below >= text.grid.rowCount) return null;
  // a header row holds headings, not sentences or numbers: a row of data (a goal and its score) is no parent
  if (
    text.labelsInRow(row, band.left, band.right).some((l) => l.norm.length > 16 || /[。，；,;]/.test(l.norm))
  )
    return null;
  for (let c = band.left; c <= band.right; c++) if (typeof text.grid.value(row, c) === 'number') return null;
  const roles = new Map<IndicatorRole, number>();
  let found = false;
  for (const parent of parents) {
    if (parent.area.right === parent.area.left || parent.area.bottom !== row) continue;
    const subs = text.labelsInRow(below, parent.area.left, parent.area.right);
    if (subs.length < 2) continue;
    const parentRole = indicatorHeaderRole(parent.norm);
    if (parentRole === 'target') {
      // 年度指标值 over 指标性质 | 指标值 | 度量单位: every sub-heading a part of the target
      const parts = new Map<IndicatorRole, number>();
      for (const s of subs) {
        const part = targetPartRole(s.norm);
        if (part && !parts.has(part)) parts.set(part, s.col);
      }
      if (parts.size !== subs.length || !parts.has('targetValue')) continue;
      found = true;
      roles.set('target', parts.get('targetValue') as number);
      for (const k of ['nature', 'unit'] as const) if (parts.has(k)) roles.set(k, parts.get(k) as number);
      continue;
    }
    // a parent of sub-headings is a heading itself (`绩效指标`, `评分`, `指标`), not a value
    if (parentRole !== null || parent.norm.length > 10 || !/指标|评分|评价|得分|分值|考核/.test(parent.norm))
      continue;
    // a parent of its own (`绩效指标` over 一级 | 二级 | 三级, `评分` over 分值 | 得分): every sub-heading a heading
    const subRoles = subs.map((s) => indicatorHeaderRole(s.norm));
    if (subRoles.some((r) => r === null)) continue;
    subs.forEach((s, i) => {
      const role = subRoles[i] as IndicatorRole;
      if (!roles.has(role)) roles.set(role, s.col);
    });
    found = true;
  }
  return found ? roles : null;
}

const headerCache = new WeakMap<SheetText, Map<string, IndicatorHeader | null>>();

/**
 * The indicator header that starts at `row`, or null when the row is not one. Detection asks about the same
 * rows several times (evidence, the table's end, reading it): each row and band is read once per sheet.
 */
export function readIndicatorHeader(text: SheetText, row: number, band: Band): IndicatorHeader | null {
  let cache = headerCache.get(text);
  if (!cache) {
    cache = new Map();
    headerCache.set(text, cache);
  }
  const key = `${row},${band.left},${band.right}`;
  if (!cache.has(key)) cache.set(key, readHeaderAt(text, row, band));
  // shared between callers, who only read it
  return cache.get(key) ?? null;
}

function readHeaderAt(text: SheetText, row: number, band: Band): IndicatorHeader | null {
  const labels = labelsCovering(text, row, band);
  if (labels.length < 2) return null;
  const roles = rolesOf(labels);
  let bottom = row;
  const subs = subHeadings(text, row, band, labels);
  if (subs) {
    for (const [role, col] of subs) {
      // a sub-heading replaces its parent's column (the parent's role moves to the sub-column)
      roles.set(role, col);
    }
    bottom = row + 1;
  }
  if (!roles.has('target') && roles.has('targetValue'))
    roles.set('target', roles.get('targetValue') as number);
  roles.delete('targetValue');
  // an adjusted target column alone is the target column
  if (!roles.has('target') && roles.has('adjustedTarget')) {
    roles.set('target', roles.get('adjustedTarget') as number);
    roles.delete('adjustedTarget');
  }
  if (!isIndicatorHeaderRoles(roles) && !hasIndicatorHeading(roles)) return null;
  // a heading merged down over two rows (`一级指标`) ends the header on its last row
  for (const l of labels)
    if (l.row === row && indicatorHeaderRole(l.norm) !== null)
      bottom = Math.max(bottom, Math.min(l.area.bottom, row + 1));
  return { top: row, bottom, roles };
}

/** Indicator headers (one or two rows each) between two rows, top to bottom. */
export function indicatorHeaders(text: SheetText, from: number, to: number, band: Band): IndicatorHeader[] {
  const out: IndicatorHeader[] = [];
  for (let r = from; r <= to; r++) {
    const h = readIndicatorHeader(text, r, band);
    if (!h || !isIndicatorHeaderRoles(h.roles)) continue;
    out.push(h);
    r = h.bottom;
  }
  return out;
}
