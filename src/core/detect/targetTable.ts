import { CellRef } from '../address';
import { Indicator, Region, TargetGoal } from '../model';
import { Band } from './bounds';
import { LabelCell, SheetText } from './sheetText';
import { startsAnotherTable, TARGET_TABLE_TITLE } from './vocabulary';

export interface TargetFrame {
  sheet: string;
  /** The first row the table's 申报表 page may use: below any table above it. */
  upper: number;
  start: number;
  header: number;
  end: number;
  band: Band;
}

type TargetRole = 'goal' | 'ratio' | 'level1' | 'level2' | 'name' | 'target' | 'weight';

function targetRole(norm: string): TargetRole | null {
  if (norm.startsWith('目标名称')) return 'goal';
  if (norm.startsWith('指标权重比例')) return 'ratio';
  if (norm === '一级指标') return 'level1';
  if (norm === '二级指标') return 'level2';
  if (norm === '三级指标') return 'name';
  if (norm.startsWith('预计当年实现') || norm.startsWith('预期当年实现')) return 'target';
  if (norm.startsWith('指标分值权重')) return 'weight';
  return null;
}

/** The header of an annual target table: 目标名称 | 指标权重比例 | 一级指标 … (weights may sit one row lower). */
export function isTargetHeaderLabels(labels: LabelCell[]): boolean {
  return labels.some((l) => l.norm.startsWith('指标权重比例')) && labels.some((l) => l.norm === '一级指标');
}

/** Rows that end a target table: a blank row, or the next page's title or form rows. */
function endsTable(norm: string): boolean {
  return /申报表|绩效目标表|自评表$/.test(norm) || startsAnotherTable(norm);
}

/** The last row of the table: the last indicator-looking row before a blank row or another form. */
export function targetTableEnd(text: SheetText, header: number, lower: number, band: Band): number {
  let last = header;
  for (let r = header + 1; r <= lower; r++) {
    if (text.rowIsEmpty(r, band.left, band.right)) break;
    if (text.labelsInRow(r, band.left, band.right).some((l) => endsTable(l.norm))) break;
    last = r;
  }
  return last;
}

export function readTargetTable(text: SheetText, f: TargetFrame): Region {
  const g = text.grid;
  const roles = new Map<TargetRole, number>();
  for (const r of [f.header, f.header + 1]) {
    for (const l of text.labelsInRow(r, f.band.left, f.band.right)) {
      const role = targetRole(l.norm);
      if (role && !roles.has(role)) roles.set(role, l.col);
    }
  }
  const dataStart =
    roles.has('weight') && text.labelsInRow(f.header + 1).some((l) => targetRole(l.norm) === 'weight')
      ? f.header + 2
      : f.header + 1;
  const goals: TargetGoal[] = [];
  let current: TargetGoal | undefined;
  const goalCol = roles.get('goal');
  for (let r = dataStart; r <= f.end; r++) {
    if (goalCol !== undefined && !g.isEmpty(r, goalCol)) {
      const area = g.areaOf(r, goalCol);
      const sameCell = current && current.nameCell.row === area.top && current.nameCell.col === area.left;
      // a goal name repeated on each row of its goal (not merged) continues the goal
      const sameName = current && text.normAt(r, goalCol) === current.name;
      if (!sameCell && !sameName) {
        const ratioCol = roles.get('ratio');
        current = {
          name: text.normAt(r, goalCol),
          nameCell: { row: area.top, col: area.left },
          ratioCell: ratioCol === undefined ? undefined : anchor(text, r, ratioCol),
          indicators: [],
        };
        goals.push(current);
      }
    }
    if (!current) continue;
    const cell = (role: TargetRole): CellRef | undefined => {
      const c = roles.get(role);
      return c === undefined ? undefined : { row: r, col: c };
    };
    const nameCell = cell('name');
    const name = nameCell ? text.normAt(r, nameCell.col) : '';
    const weight = cell('weight');
    const hasWeight = !!weight && !g.isEmpty(weight.row, weight.col);
    if (!name && !hasWeight) continue;
    const ind: Indicator = {
      row: r,
      level1: roles.has('level1') ? text.normAt(r, roles.get('level1') as number) : '',
      level2: roles.has('level2') ? text.normAt(r, roles.get('level2') as number) : '',
      name,
      nameCell,
      target: cell('target'),
      weight,
    };
    current.indicators.push(ind);
  }
  const titleLabel = text.find(f.start, (n) => n.startsWith(TARGET_TABLE_TITLE), f.band.left, f.band.right);
  const project = projectNameAbove(text, f);
  return {
    kind: 'target',
    layout: 'target',
    sheet: f.sheet,
    range: { top: f.start, left: f.band.left, bottom: f.end, right: f.band.right },
    title: project ?? TARGET_TABLE_TITLE,
    project,
    titleCell: titleLabel ? { row: titleLabel.row, col: titleLabel.col } : { row: f.start, col: f.band.left },
    indicators: goals.flatMap((x) => x.indicators),
    weightGroups: [],
    targetGoals: goals,
  };
}

function anchor(text: SheetText, row: number, col: number): CellRef {
  const a = text.grid.areaOf(row, col);
  return { row: a.top, col: a.left };
}

/** The 申报表 page above names the project; the region itself starts at the table's title. */
function projectNameAbove(text: SheetText, f: TargetFrame): string | undefined {
  for (let r = f.start - 1; r >= Math.max(f.upper, f.start - 60); r--) {
    const label = text.find(r, (n) => n === '项目名称', f.band.left, f.band.right);
    if (label) {
      const v = text.grid.value(r, label.area.right + 1);
      if (v !== null && String(v).trim()) return String(v).trim();
    }
    if (text.labelsInRow(r).some((l) => l.norm.startsWith(TARGET_TABLE_TITLE))) break;
  }
  return undefined;
}
