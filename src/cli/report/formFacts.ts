import { Grid } from '../../core/grid';
import { Region } from '../../core/model';
import { normalizeLabel } from '../../core/text/normalizeLabel';

/** What a reviewer's summary shows of one form: who, which project, the score and the grade it states. */
export interface FormFacts {
  sheet: string;
  title: string;
  unit: string | null;
  project: string | null;
  score: number | string | null;
  grade: string | null;
}

/** Labels naming the unit responsible, most specific first (the 实施单位 does the work; 主管部门 oversees). */
const UNIT_LABELS = [
  '实施单位',
  '预算单位',
  '填报单位',
  '单位名称',
  '部门(单位)名称',
  '部门名称',
  '主管部门',
];

/**
 * The unit, project, score and grade of a detected form, read from its cells: a label's value is the next
 * filled cell to its right on the same row, or the text after a colon in the label cell itself.
 */
export function formFacts(grid: Grid, region: Region): FormFacts {
  const found = new Map<string, string>();
  const { top, bottom, left, right } = region.range;
  for (let r = top; r <= Math.min(bottom, top + 12); r++) {
    for (let c = left; c <= right; c++) {
      if (grid.isCovered(r, c)) continue;
      const text = grid.text(r, c);
      if (!text) continue;
      const norm = normalizeLabel(text);
      const label = UNIT_LABELS.find((l) => norm.startsWith(l));
      if (!label || found.has(label)) continue;
      const inline = /[:：]\s*(.+)$/.exec(text)?.[1]?.trim();
      const value = inline || valueRightOf(grid, r, grid.areaOf(r, c).right + 1, right);
      if (value) found.set(label, value);
    }
  }
  const unit = UNIT_LABELS.map((l) => found.get(l)).find((v) => v !== undefined) ?? null;
  const scoreValue = region.total ? grid.value(region.total.ref.row, region.total.ref.col) : null;
  const gradeValue = region.grade ? grid.text(region.grade.ref.row, region.grade.ref.col) : '';
  return {
    sheet: region.sheet,
    title: region.title,
    unit,
    project: region.project ?? null,
    // A score typed as text (`98分`) is shown as typed; a cell holding no number at all shows nothing.
    score:
      typeof scoreValue === 'number' || (typeof scoreValue === 'string' && /\d/.test(scoreValue))
        ? scoreValue
        : null,
    grade: gradeValue || null,
  };
}

function valueRightOf(grid: Grid, row: number, from: number, to: number): string | null {
  for (let c = from; c <= to; c++) {
    if (grid.isCovered(row, c) && grid.areaOf(row, c).left < from) continue;
    const text = grid.text(row, c);
    if (text) return UNIT_LABELS.some((l) => normalizeLabel(text).startsWith(l)) ? null : text;
  }
  return null;
}
