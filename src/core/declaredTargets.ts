import { refToA1 } from './address';
import { parsedTarget, targetInput } from './checks/targetInput';
import { makeFinding, Finding } from './findings';
import { CellValue, Grid } from './grid';
import { Indicator, Region } from './model';
import { normalizeLabel } from './text/normalizeLabel';
import { Target } from './text/target';
import { unitConversion } from './text/units';
import { isCostIndicator } from './indicatorNames';

/** One indicator's target as a table states it, read off its grid so tables of other sheets and files compare. */
export interface StatedTarget {
  /** 三级指标 name, normalised for pairing; the 二级 label when the row has no name. */
  key: string;
  fallbackKey: string;
  shown: string;
  parsed: Target;
  cost: boolean;
  row: number;
  col: number;
}

/** The targets of one table: a self-evaluation's 年度指标值 or an annual target table's 预计当年实现. */
export interface TableTargets {
  /** Where the table is: the file (when several are compared), the sheet and the region's index on it. */
  file?: string;
  sheet: string;
  region: number;
  kind: Region['kind'];
  /** 项目名称, normalised for pairing. */
  project: string;
  nameHeading?: { row: number; col: number };
  /** Read on first use: most workbooks hold no declaration, and then no target needs reading. */
  targets(): StatedTarget[];
}

/** Names compare without spaces, brackets, punctuation or numbering (`1.`, `（一）`). */
export function pairingKey(text: string): string {
  return normalizeLabel(text)
    .replace(/^[(（]?[一二三四五六七八九十\d]+[)）.、．]/, '')
    .replace(/[()（）[\]【】“”"'‘’、，,。.;；:：\-—_/]/g, '');
}

function shownText(v: CellValue): string {
  return v === null ? '' : String(v).trim();
}

function stated(grid: Grid, ind: Indicator): StatedTarget | null {
  const input = targetInput(grid, ind);
  const parsed = parsedTarget(grid, ind);
  if (!input || !parsed || !ind.target) return null;
  if (parsed.kind === 'blank') return null;
  return {
    key: pairingKey(ind.name),
    fallbackKey: pairingKey(ind.level2),
    shown: shownText(input.value),
    parsed,
    cost: isCostIndicator(ind),
    row: ind.target.row,
    col: ind.target.col,
  };
}

/** The targets every region of a sheet states, for pairing with the tables of other sheets and files. */
export function tableTargets(grid: Grid, regions: Region[]): TableTargets[] {
  return regions.map((region, i) => {
    let read: StatedTarget[] | undefined;
    return {
      sheet: grid.name,
      region: i,
      kind: region.kind,
      project: pairingKey(region.project ?? ''),
      nameHeading: region.nameHeading,
      targets: () =>
        (read ??= region.indicators
          .map((ind) => stated(grid, ind))
          .filter((t): t is StatedTarget => t !== null)),
    };
  });
}

/** The same tables with their targets read now: to keep declarations once their grids are gone. */
export function materialized(tables: readonly TableTargets[]): TableTargets[] {
  return tables.map((t) => {
    const targets = t.targets();
    return { ...t, targets: () => targets };
  });
}

/** Two targets say the same: `≥95%` and `不低于95%`, `95%` and `≥95%` (no operator is at least), `10万元` and `100000元`. */
export function sameTarget(a: Target, b: Target, cost: boolean): boolean {
  if (a.kind === 'numeric' && b.kind === 'numeric') {
    const implied = (t: typeof a) => (t.op !== 'none' ? t.op : cost && !t.percent ? '<=' : '>=');
    if (implied(a) !== implied(b) || a.percent !== b.percent) return false;
    const factor = a.unit === null || b.unit === null ? 1 : unitConversion(b.unit, a.unit);
    return factor !== null && Math.abs(a.value - b.value * factor) <= 1e-9 * Math.max(1, Math.abs(a.value));
  }
  if (a.kind === 'range' && b.kind === 'range')
    return a.percent === b.percent && a.low === b.low && a.high === b.high;
  if (a.kind === 'date' && b.kind === 'date') return a.month === b.month && a.day === b.day;
  if (a.kind === 'qualitative' && b.kind === 'qualitative') return pairingKey(a.text) === pairingKey(b.text);
  return false;
}

const where = (t: TableTargets, row: number, col: number, from?: TableTargets) =>
  `${t.file && t.file !== from?.file ? `${t.file} ` : ''}${t.sheet}!${refToA1({ row, col })}`;

/**
 * target-changed (DOMAIN §9): each self-evaluation paired with the annual target table of the same project
 * (项目名称 after normalising), their indicators paired by 三级 name (the 二级 label when a name is absent); a
 * target that differs, or a declared indicator missing from the self-evaluation, is reported on the
 * self-evaluation. Findings carry the self-evaluation's sheet and region index.
 */
export function compareDeclaredTargets(
  tables: readonly TableTargets[],
): { table: TableTargets; finding: Finding }[] {
  const declared = tables.filter((t) => t.kind === 'target' && t.project);
  const out: { table: TableTargets; finding: Finding }[] = [];
  for (const evaluation of tables) {
    if (evaluation.kind === 'target' || !evaluation.project) continue;
    const declaration = declared.find((d) => d.project === evaluation.project);
    if (!declaration) continue;
    const stated = evaluation.targets();
    for (const d of declaration.targets()) {
      const match =
        (d.key && stated.find((e) => e.key === d.key)) ||
        (!d.key && d.fallbackKey && stated.find((e) => !e.key && e.fallbackKey === d.fallbackKey)) ||
        undefined;
      const from = `${where(declaration, d.row, d.col, evaluation)}: ${d.shown}`;
      const name = d.key || d.fallbackKey;
      if (!match) {
        const at = evaluation.nameHeading;
        if (!at) continue;
        out.push({
          table: evaluation,
          finding: makeFinding(
            'target-changed',
            evaluation.sheet,
            at.row,
            at.col,
            `申报的指标「${name}」（${from}）未出现在自评表中`,
            `The declared indicator "${name}" (${from}) is missing from the self-evaluation`,
            evaluation.region,
          ),
        });
        continue;
      }
      if (sameTarget(d.parsed, match.parsed, d.cost || match.cost)) continue;
      const to = `${where(evaluation, match.row, match.col, evaluation)}: ${match.shown}`;
      out.push({
        table: evaluation,
        finding: makeFinding(
          'target-changed',
          evaluation.sheet,
          match.row,
          match.col,
          `指标「${name}」的年度指标值与申报时不同：${from} → ${to}`,
          `The target of "${name}" differs from the one declared: ${from} → ${to}`,
          evaluation.region,
        ),
      });
    }
  }
  return out;
}
