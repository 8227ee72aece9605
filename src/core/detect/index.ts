import { Grid } from '../grid';
import { FormKind, Layout, Region } from '../model';
import { Band, blockBottom, blockTop, growBand } from './bounds';
import { fundsRolesOf, isFundsHeader, readScoredForm } from './scoredForm';
import { SheetText } from './sheetText';
import { isTargetHeader, readTargetTable, targetTableEnd } from './targetTable';
import { FundsRole } from './vocabulary';
import {
  departmentGoalPoints,
  isDepartmentTitle,
  isImprovementLabel,
  isNoteRowLabel,
  isSelfEvalTitle,
  isTotalRowLabel,
  TARGET_TABLE_TITLE,
} from './vocabulary';

type Seed = { type: 'funds'; row: number; roles: Map<FundsRole, number> } | { type: 'target'; row: number };

/** Every table starts from a header only a self-evaluation form has: the funds header or the target header. */
function findSeeds(text: SheetText): Seed[] {
  const seeds: Seed[] = [];
  for (let r = 0; r < text.grid.rowCount; r++) {
    const roles = fundsRolesOf(text, r);
    if (isFundsHeader(roles)) seeds.push({ type: 'funds', row: r, roles });
    else if (isTargetHeader(text, r)) seeds.push({ type: 'target', row: r });
  }
  return seeds;
}

function bandOfColumns(cols: number[]): Band {
  return { left: Math.min(...cols), right: Math.max(...cols) };
}

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
    if (
      text
        .labelsInRow(r)
        .some((l) => test(l.norm) && overlaps({ left: l.area.left, right: l.area.right }, band))
    )
      return r;
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
    if (first && isImprovementLabel(first.norm)) break;
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

function findEnd(text: SheetText, from: number, lower: number, band: Band, layout: Layout): number {
  const test = terminatorFor(layout);
  for (let r = from; r <= lower; r++) {
    const hit = text.labelsInRow(r, band.left, band.right).find((l) => test(l.norm));
    if (hit) return Math.min(lower, hit.area.bottom);
    // a following table's title means this one ended without its closing row
    if (r > from + 2 && text.labelsInRow(r, band.left, band.right).some((l) => isSelfEvalTitle(l.norm))) {
      return blockBottom(text, from, r - 1, band);
    }
  }
  return blockBottom(text, from, lower, band);
}

/** Finds every self-evaluation region of a sheet, top to bottom. */
export function detectRegions(grid: Grid): Region[] {
  const text = new SheetText(grid);
  const seeds = findSeeds(text);
  const regions: Region[] = [];
  let upper = 0;
  for (let i = 0; i < seeds.length; i++) {
    const seed = seeds[i];
    if (seed.row < upper) continue; // inside the previous table
    const lower = i + 1 < seeds.length ? seeds[i + 1].row - 1 : grid.rowCount - 1;
    if (seed.type === 'funds') {
      const band0 = growBand(
        grid,
        bandOfColumns([...seed.roles.values()]),
        seed.row,
        Math.min(lower, seed.row + 2),
      );
      const titleRow = findTitleRow(text, seed.row - 1, upper, band0, isSelfEvalTitle);
      const start = titleRow ?? blockTop(text, seed.row, upper, band0);
      const { kind, layout } = decideLayout(text, seed.roles, seed.row, titleRow, lower, band0);
      const end = findEnd(text, seed.row + 1, lower, band0, layout);
      const band = growBand(grid, band0, start, end);
      regions.push(
        readScoredForm(text, {
          sheet: grid.name,
          kind,
          layout,
          start,
          end,
          band,
          fundsHeader: seed.row,
          fundsRoles: seed.roles,
        }),
      );
      upper = end + 1;
    } else {
      const headerCols = text.labelsInRow(seed.row).map((l) => l.col);
      const band0 = growBand(grid, bandOfColumns(headerCols), seed.row, Math.min(lower, seed.row + 1));
      const titleRow = findTitleRow(text, seed.row - 1, Math.max(upper, seed.row - 3), band0, (n) =>
        n.startsWith(TARGET_TABLE_TITLE),
      );
      const start = titleRow ?? seed.row;
      const end = targetTableEnd(text, seed.row, lower, band0);
      const band = growBand(grid, band0, start, end);
      regions.push(readTargetTable(text, { sheet: grid.name, start, header: seed.row, end, band }));
      upper = end + 1;
    }
  }
  return regions;
}
