import { Grid } from '../grid';
import { FormKind, Layout, Region } from '../model';
import { Band, blockBottom, blockTop, growBand } from './bounds';
import { indicatorRolesOf, isIndicatorHeader, readScoredForm } from './scoredForm';
import { findSeeds, Seed } from './seeds';
import { SheetText } from './sheetText';
import { readTargetTable, targetTableEnd } from './targetTable';
import { FundsRole } from './vocabulary';
import {
  departmentGoalPoints,
  isClosingReasonLabel,
  isDepartmentTitle,
  isImprovementLabel,
  isNoteRowLabel,
  isSelfEvalTitle,
  isTotalRowLabel,
  startsAnotherTable,
  TARGET_TABLE_TITLE,
} from './vocabulary';

function overlaps(a: { left: number; right: number }, b: Band): boolean {
  return a.left <= b.right && b.left <= a.right;
}

function findTitleRow(
  text: SheetText,
  from: number,
  upper: number,
  band: Band,
  test: (n: string) => boolean,
): number | undefined {
  for (let r = from; r >= Math.max(upper, from - 15); r--) {
    if (text.labelsInRow(r).some((l) => test(l.norm) && overlaps(l.area, band))) return r;
  }
  return undefined;
}

function decideLayout(
  text: SheetText,
  roles: Map<FundsRole, number>,
  header: number,
  titleRow: number | undefined,
  lower: number,
  band: Band,
): { kind: FormKind; layout: Layout } {
  if (roles.has('initialBudget') || roles.has('weight')) return { kind: 'project', layout: 'national' };
  const titleIsDepartment =
    titleRow !== undefined &&
    text.labelsInRow(titleRow, band.left, band.right).some((l) => isDepartmentTitle(l.norm));
  const totalIsDepartment = text
    .labelsInRow(header + 1, band.left, band.right)
    .some((l) => /部门整体/.test(l.norm));
  let hasGoals = false;
  for (let r = header + 1; r <= lower && !hasGoals; r++) {
    const first = text.firstLabel(r, band.left, band.right);
    if (first && (isImprovementLabel(first.norm) || startsAnotherTable(first.norm))) break;
    hasGoals = !!first && departmentGoalPoints(first.norm);
  }
  if (titleIsDepartment || totalIsDepartment || hasGoals) return { kind: 'department', layout: 'department' };
  const scoreCol = roles.get('score');
  const budgetCol = roles.get('budget');
  const scoreNorm = scoreCol === undefined ? '' : text.normAt(header, scoreCol);
  const budgetNorm = budgetCol === undefined ? '' : text.normAt(header, budgetCol);
  if (scoreNorm.startsWith('自评分') || budgetNorm.startsWith('全年'))
    return { kind: 'project', layout: 'hubei2019' };
  return { kind: 'project', layout: 'wuhan2020' };
}

/** The closing row of each layout: 总分 (national), 说明 (hubei2019), 改进措施… (wuhan2020, department). */
function terminatorFor(layout: Layout): (norm: string) => boolean {
  switch (layout) {
    case 'national':
      return isTotalRowLabel;
    case 'hubei2019':
      return isNoteRowLabel;
    default:
      return isImprovementLabel;
  }
}

function startsOther(text: SheetText, row: number, band: Band): boolean {
  return text
    .labelsInRow(row, band.left, band.right)
    .some((l) => isSelfEvalTitle(l.norm) || startsAnotherTable(l.norm));
}

/** An attachment line (`附件1`) or a note above a table: printed with it, not part of it. */
function isLeadingLine(text: SheetText, row: number, band: Band): boolean {
  const labels = text.labelsInRow(row, band.left, band.right);
  return labels.length > 0 && labels.every((l) => /^附件\d*$|^注/.test(l.norm));
}

function isIndicatorHeaderRow(text: SheetText, row: number, band: Band): boolean {
  return isIndicatorHeader(indicatorRolesOf(text, row, band));
}

/**
 * Where a table whose closing row is missing ends: its last indicator row, or the closing reason rows right
 * below them. Blank rows are allowed only right under an indicator header; anything that starts another
 * table or a note ends it.
 */
function indicatorBlockEnd(text: SheetText, from: number, lower: number, band: Band): number {
  let header = -1;
  for (let r = from; r <= lower && header < 0; r++) if (isIndicatorHeaderRow(text, r, band)) header = r;
  if (header < 0) return blockBottom(text, from, lower, band);
  let last = header;
  for (let r = header + 1; r <= lower; r++) {
    if (text.rowIsEmpty(r, band.left, band.right)) {
      if (isIndicatorHeaderRow(text, last, band)) continue;
      break;
    }
    if (startsOther(text, r, band)) break;
    last = r;
  }
  return last;
}

function findEnd(text: SheetText, from: number, lower: number, band: Band, layout: Layout): number {
  const test = terminatorFor(layout);
  let limit = lower;
  for (let r = from; r <= lower; r++) {
    const labels = text.labelsInRow(r, band.left, band.right);
    const hit = labels.find((l) => test(l.norm));
    if (hit) return Math.min(lower, hit.area.bottom);
    if (r > from && startsOther(text, r, band)) {
      limit = r - 1;
      break;
    }
  }
  const end = indicatorBlockEnd(text, from, limit, band);
  // wuhan2020 / department tables may stop at their 偏差大… row: keep it, it is part of the table
  const next = end + 1;
  if (
    next <= limit &&
    text.labelsInRow(next, band.left, band.right).some((l) => isClosingReasonLabel(l.norm))
  )
    return next;
  return end;
}

/** A funds-like header is a form only with a self-evaluation title above it or an indicator header below. */
function hasIndicatorHeader(text: SheetText, from: number, to: number, band: Band): boolean {
  for (let r = from; r <= to; r++) if (isIndicatorHeaderRow(text, r, band)) return true;
  return false;
}

interface Claimed {
  top: number;
  bottom: number;
  band: Band;
}

/** The first row a seed's table may use: below every claimed table above it in overlapping columns. */
function upperBound(claimed: Claimed[], seed: Seed): number {
  let upper = 0;
  for (const c of claimed)
    if (c.bottom < seed.row && overlaps(c.band, seed.band)) upper = Math.max(upper, c.bottom + 1);
  return upper;
}

/** The last row a seed's table may use: above the next seed in overlapping columns. */
function lowerBound(seeds: Seed[], index: number, rowCount: number): number {
  const seed = seeds[index];
  for (let j = index + 1; j < seeds.length; j++) {
    const next = seeds[j];
    if (next.row > seed.row && overlaps(next.band, seed.band)) return next.row - 1;
  }
  return rowCount - 1;
}

function insideClaimed(claimed: Claimed[], seed: Seed): boolean {
  return claimed.some((c) => seed.row >= c.top && seed.row <= c.bottom && overlaps(c.band, seed.band));
}

function detectScored(
  text: SheetText,
  seed: Extract<Seed, { type: 'funds' }>,
  upper: number,
  lower: number,
): Region | null {
  const grid = text.grid;
  const band0 = growBand(grid, seed.band, seed.row, Math.min(lower, seed.row + 2));
  const titleRow = findTitleRow(text, seed.row - 1, upper, band0, isSelfEvalTitle);
  const start = titleRow ?? blockTop(text, seed.row, upper, band0, (r) => isLeadingLine(text, r, band0));
  const { kind, layout } = decideLayout(text, seed.roles, seed.row, titleRow, lower, band0);
  const end = findEnd(text, seed.row + 1, lower, band0, layout);
  if (titleRow === undefined && !hasIndicatorHeader(text, seed.row + 1, end, band0)) return null;
  const band = growBand(grid, band0, start, end);
  return readScoredForm(text, {
    sheet: grid.name,
    kind,
    layout,
    start,
    end,
    band,
    fundsHeader: seed.row,
    fundsRoles: seed.roles,
  });
}

function detectTarget(text: SheetText, seed: Seed, upper: number, lower: number): Region {
  const grid = text.grid;
  const band0 = growBand(grid, seed.band, seed.row, Math.min(lower, seed.row + 1));
  const titleRow = findTitleRow(text, seed.row - 1, Math.max(upper, seed.row - 3), band0, (n) =>
    n.startsWith(TARGET_TABLE_TITLE),
  );
  const start = titleRow ?? seed.row;
  const end = targetTableEnd(text, seed.row, lower, band0);
  const band = growBand(grid, band0, start, end);
  return readTargetTable(text, { sheet: grid.name, start, header: seed.row, end, band });
}

/** Finds every self-evaluation region of a sheet, top to bottom. */
export function detectRegions(grid: Grid): Region[] {
  const text = new SheetText(grid);
  const seeds = findSeeds(text);
  const regions: Region[] = [];
  const claimed: Claimed[] = [];
  seeds.forEach((seed, i) => {
    if (insideClaimed(claimed, seed)) return;
    const upper = upperBound(claimed, seed);
    const lower = lowerBound(seeds, i, grid.rowCount);
    const region =
      seed.type === 'funds' ? detectScored(text, seed, upper, lower) : detectTarget(text, seed, upper, lower);
    if (!region) return;
    regions.push(region);
    claimed.push({ top: region.range.top, bottom: region.range.bottom, band: region.range });
  });
  return regions.sort((a, b) => a.range.top - b.range.top || a.range.left - b.range.left);
}
