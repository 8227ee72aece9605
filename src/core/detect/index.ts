import { Grid } from '../grid';
import { HeaderEvidence, kindFor, LayoutProfile, recogniseLayout } from '../layouts';
import { Region } from '../model';
import { Band, blockBottom, blockTop, growBand } from './bounds';
import { FundsRole, IndicatorRole } from './headerWords';
import {
  hasIndicatorHeading,
  IndicatorHeader,
  indicatorHeaders,
  isIndicatorHeaderRoles,
  readIndicatorHeader,
  readsAsSelfEvaluation,
} from './indicatorHeader';
import { readScoredForm } from './scoredForm';
import { bandOf, clusters, findSeeds, Seed } from './seeds';
import { SheetText } from './sheetText';
import { readTargetTable, targetTableEnd } from './targetTable';
import {
  departmentGoalPoints,
  isClosingReasonLabel,
  isDepartmentNameLabel,
  isDepartmentTitle,
  isImprovementLabel,
  isSelfEvalTitle,
  isSignatureLabel,
  isTrailingClosingLabel,
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
    const labels = text.labelsInRow(r);
    // a head line's value (`项目名称 | …经费支出绩效自评表`) is no title, however it ends
    if (labels.length > 0 && isHeadFieldLabel(labels[0].norm)) continue;
    if (labels.some((l) => test(l.norm) && overlaps(l.area, band))) return r;
  }
  return undefined;
}

/** A row that starts something else: a title, another form's head lines, a note, a signature line. */
/** Labels of the head lines under a title: the row's first cell names a field, the rest is its value. */
function isHeadFieldLabel(norm: string): boolean {
  return /^(项目名称|单位名称|部门名称|部门\(单位\)名称|主管部门|实施单位|预算单位|填报单位)/.test(norm);
}

/**
 * Two forms printed edge to edge (no empty column between) each have a title of their own in the title row:
 * the table's columns are its own title's. With one title, the columns grown from the header stand.
 */
function ownTitleBand(text: SheetText, titleRow: number, own: Band, grown: Band): Band {
  const titles = text.labelsInRow(titleRow, grown.left, grown.right).filter((l) => isSelfEvalTitle(l.norm));
  if (titles.length < 2) return grown;
  const mine = titles.find((l) => overlaps(l.area, own));
  return mine ? { left: mine.area.left, right: mine.area.right } : grown;
}

/** A head line of the form itself (`填报日期：…  自评总分：98`) that some forms print between funds and indicators. */
const IN_FORM_HEAD_LINE = /^(填报日期|自评时间|自评得分|自评总分)/;

function startsOther(text: SheetText, row: number, band: Band, beforeIndicators = false): boolean {
  const labels = text.labelsInRow(row, band.left, band.right);
  // above its first indicator header a table's own date and score lines do not start another one (随州)
  if (beforeIndicators && labels.length > 0 && IN_FORM_HEAD_LINE.test(labels[0].norm)) {
    if (!labels.some((l) => isSelfEvalTitle(l.norm))) return false;
  }
  const starts = labels.some((l) => isSelfEvalTitle(l.norm) || startsAnotherTable(l.norm));
  if (!starts) return false;
  // an indicator header may name its score column `自评得分`, as a head line names the total: still a header
  const header = readIndicatorHeader(text, row, band);
  return !header || !isIndicatorHeaderRoles(header.roles);
}

/** An attachment line (`附件1`) or a note above a table: printed with it, not part of it. */
function isLeadingLine(text: SheetText, row: number, band: Band): boolean {
  const labels = text.labelsInRow(row, band.left, band.right);
  return labels.length > 0 && labels.every((l) => /^附件\d*$|^注/.test(l.norm));
}

/**
 * Where a table whose closing row is missing ends: its last indicator row, or the closing rows right below
 * them. Blank rows are allowed only right under an indicator header; anything that starts another table, a
 * note or a signature line ends it.
 */
function indicatorBlockEnd(text: SheetText, from: number, lower: number, band: Band): number {
  const header = indicatorHeaders(text, from, lower, band)[0];
  if (!header) return blockBottom(text, from, lower, band);
  let last = header.bottom;
  for (let r = header.bottom + 1; r <= lower; r++) {
    if (text.rowIsEmpty(r, band.left, band.right)) {
      if (last === header.bottom) continue;
      break;
    }
    if (startsOther(text, r, band)) break;
    last = r;
  }
  return last;
}

/** Closing rows printed after the table's closing row (评价结论, 存在问题, 改进措施, …), never a signature line. */
function trailingClosingRows(text: SheetText, from: number, lower: number, band: Band): number {
  let end = from;
  for (let r = from + 1; r <= lower; r++) {
    const first = text.firstLabel(r, band.left, band.right);
    if (!first || isSignatureLabel(first.norm) || !isTrailingClosingLabel(first.norm)) break;
    end = Math.max(r, Math.min(lower, first.area.bottom));
    r = end;
  }
  return end;
}

/**
 * The table's last row: its closing row (by the profile) below its first indicator header, then the closing
 * rows after it; without one, the end of its indicator block.
 */
function findEnd(text: SheetText, from: number, lower: number, band: Band, profile: LayoutProfile): number {
  const firstHeader = indicatorHeaders(text, from, lower, band)[0];
  const closingFrom = firstHeader ? firstHeader.bottom + 1 : from;
  let limit = lower;
  for (let r = from; r <= lower; r++) {
    if (r >= closingFrom) {
      const hit = text.labelsInRow(r, band.left, band.right).find((l) => profile.isClosingRow(l.norm));
      if (hit) return trailingClosingRows(text, Math.min(lower, hit.area.bottom), lower, band);
    }
    if (r > from && startsOther(text, r, band, firstHeader !== undefined && r < firstHeader.top)) {
      limit = r - 1;
      break;
    }
  }
  const end = indicatorBlockEnd(text, from, limit, band);
  // a table may stop at its 偏差大… row: keep it and the closing rows after it
  const next = end + 1;
  if (
    next <= limit &&
    text.labelsInRow(next, band.left, band.right).some((l) => isClosingReasonLabel(l.norm))
  )
    return trailingClosingRows(text, next, limit, band);
  return end;
}

/** What a table shows of itself before its layout is decided (see `HeaderEvidence`). */
function gatherEvidence(
  text: SheetText,
  top: number,
  funds: { row: number; roles: Map<FundsRole, number> } | undefined,
  from: number,
  lower: number,
  band: Band,
): HeaderEvidence {
  const fundsWords = new Map<FundsRole, string>();
  if (funds) for (const [role, col] of funds.roles) fundsWords.set(role, text.normAt(funds.row, col));
  const headRows = funds ? funds.row : from;
  let department = false;
  for (let r = top; r <= Math.min(headRows, lower) && !department; r++)
    department = text
      .labelsInRow(r, band.left, band.right)
      .some((l) => isDepartmentTitle(l.norm) || isDepartmentNameLabel(l.norm));
  if (funds && !department)
    department = text.labelsInRow(funds.row + 1, band.left, band.right).some((l) => /部门整体/.test(l.norm));
  let departmentGoals = false;
  const indicatorRoles = new Set<IndicatorRole>();
  for (let r = from; r <= lower; r++) {
    const first = text.firstLabel(r, band.left, band.right);
    if (
      first &&
      (isImprovementLabel(first.norm) || startsAnotherTable(first.norm) || isSelfEvalTitle(first.norm))
    )
      break;
    if (first && departmentGoalPoints(first.norm)) departmentGoals = true;
    const h = readIndicatorHeader(text, r, band);
    if (h && isIndicatorHeaderRoles(h.roles)) {
      for (const role of h.roles.keys()) indicatorRoles.add(role);
      r = h.bottom;
    }
  }
  return { fundsWords, indicatorRoles, department, departmentGoals, targetHeader: false };
}

interface Claimed {
  top: number;
  bottom: number;
  band: Band;
}

/** The first row a table may use: below every claimed table above it in overlapping columns. */
function upperBound(claimed: Claimed[], row: number, band: Band): number {
  let upper = 0;
  for (const c of claimed)
    if (c.bottom < row && overlaps(c.band, band)) upper = Math.max(upper, c.bottom + 1);
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

/** The last row a table found by its indicator header may use: above the next claimed table below it. */
function lowerBoundClaimed(claimed: Claimed[], row: number, band: Band, rowCount: number): number {
  let lower = rowCount - 1;
  for (const c of claimed) if (c.top > row && overlaps(c.band, band)) lower = Math.min(lower, c.top - 1);
  return lower;
}

function insideClaimed(claimed: Claimed[], row: number, band: Band): boolean {
  return claimed.some((c) => row >= c.top && row <= c.bottom && overlaps(c.band, band));
}

/** A funds header makes a form only with a self-evaluation title above it or an indicator header below. */
function detectScored(
  text: SheetText,
  seed: Extract<Seed, { type: 'funds' }>,
  upper: number,
  lower: number,
): Region | null {
  const grid = text.grid;
  const grown = growBand(grid, seed.band, seed.row, Math.min(lower, seed.row + 2));
  const titleRow = findTitleRow(text, seed.row - 1, upper, grown, isSelfEvalTitle);
  const band0 = titleRow === undefined ? grown : ownTitleBand(text, titleRow, seed.band, grown);
  const start = titleRow ?? blockTop(text, seed.row, upper, band0, (r) => isLeadingLine(text, r, band0));
  const evidence = gatherEvidence(text, start, seed, seed.row + 1, lower, band0);
  const profile = recogniseLayout(evidence);
  const end = findEnd(text, seed.row + 1, lower, band0, profile);
  if (titleRow === undefined && indicatorHeaders(text, seed.row + 1, end, band0).length === 0) return null;
  const band = band0 === grown ? growBand(grid, band0, start, end) : band0;
  return readScoredForm(text, {
    sheet: grid.name,
    profile,
    kind: kindFor(profile, evidence),
    start,
    end,
    band,
    fundsHeader: seed.row,
    fundsRoles: seed.roles,
  });
}

/**
 * A table with no funds block, found by its indicator header: one that reads as a self-evaluation (a hierarchy
 * or name with target and actual, or points and score), or any indicator header under a 自评表 title.
 */
function detectByIndicators(
  text: SheetText,
  header: IndicatorHeader,
  headerBand: Band,
  upper: number,
  lower: number,
): Region | null {
  const grid = text.grid;
  const band0 = growBand(grid, headerBand, header.top, Math.min(lower, header.bottom + 2));
  const titleRow = findTitleRow(text, header.top - 1, upper, band0, isSelfEvalTitle);
  if (!readsAsSelfEvaluation(header.roles) && titleRow === undefined) return null;
  const start = titleRow ?? blockTop(text, header.top, upper, band0, (r) => isLeadingLine(text, r, band0));
  const evidence = gatherEvidence(text, start, undefined, header.top, lower, band0);
  const profile = recogniseLayout(evidence);
  const end = findEnd(text, header.top, lower, band0, profile);
  if (end <= header.bottom) return null;
  const band = growBand(grid, band0, start, end);
  return readScoredForm(text, {
    sheet: grid.name,
    profile,
    kind: kindFor(profile, evidence),
    start,
    end,
    band,
    fundsRoles: new Map(),
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
  return readTargetTable(text, { sheet: grid.name, upper, start, header: seed.row, end, band });
}

/** Indicator headers of the sheet outside every claimed table, with the band of their own cluster of labels. */
function unclaimedIndicatorHeaders(
  text: SheetText,
  claimed: Claimed[],
): { header: IndicatorHeader; band: Band }[] {
  const out: { header: IndicatorHeader; band: Band }[] = [];
  const skipUntil = new Map<string, number>();
  for (let r = 0; r < text.grid.rowCount; r++) {
    const labels = text.labelsInRow(r);
    if (labels.length < 2) continue;
    for (const cluster of clusters(text, r, labels)) {
      if (cluster.length < 2) continue;
      const band = bandOf(cluster);
      const key = `${band.left}`;
      if ((skipUntil.get(key) ?? -1) >= r || insideClaimed(claimed, r, band)) continue;
      const header = readIndicatorHeader(text, r, band);
      if (!header || !(isIndicatorHeaderRoles(header.roles) || hasIndicatorHeading(header.roles))) continue;
      out.push({ header, band });
      skipUntil.set(key, header.bottom);
    }
  }
  return out;
}

/** Finds every self-evaluation region of a sheet, top to bottom. */
export function detectRegions(grid: Grid): Region[] {
  const text = new SheetText(grid);
  const seeds = findSeeds(text);
  const regions: Region[] = [];
  const claimed: Claimed[] = [];
  const claim = (region: Region) => {
    regions.push(region);
    claimed.push({ top: region.range.top, bottom: region.range.bottom, band: region.range });
  };
  seeds.forEach((seed, i) => {
    if (insideClaimed(claimed, seed.row, seed.band)) return;
    const upper = upperBound(claimed, seed.row, seed.band);
    const lower = lowerBound(seeds, i, grid.rowCount);
    const region =
      seed.type === 'funds' ? detectScored(text, seed, upper, lower) : detectTarget(text, seed, upper, lower);
    if (region) claim(region);
  });
  // tables without a funds block: found by their indicator header, bounded by the tables already found
  for (const { header, band } of unclaimedIndicatorHeaders(text, claimed)) {
    if (insideClaimed(claimed, header.top, band)) continue;
    const upper = upperBound(claimed, header.top, band);
    const lower = lowerBoundClaimed(claimed, header.top, band, grid.rowCount);
    const region = detectByIndicators(text, header, band, upper, lower);
    if (region) claim(region);
  }
  return regions.sort((a, b) => a.range.top - b.range.top || a.range.left - b.range.left);
}
