import { CellRef } from '../address';
import { labelPoints, readNumber } from '../cellText';
import { Grid } from '../grid';
import { LayoutProfile } from '../layouts';
import { FormKind, FundsBlock, FundsRow, Indicator, Region, ScoredBlock, WeightGroup } from '../model';
import { isNotApplicable, isPlaceholderName } from '../text/placeholder';
import { levelLabelPoints } from '../text/labelPoints';
import { Band } from './bounds';
import {
  IndicatorHeader,
  indicatorHeaders,
  isIndicatorHeaderRoles,
  readIndicatorHeader,
} from './indicatorHeader';
import { LabelCell, SheetText } from './sheetText';
import { findValueCell } from './valueCells';
import {
  departmentGoalPoints,
  FundsRole,
  IndicatorRole,
  isClosingReasonLabel,
  isDepartmentNameLabel,
  isFundsPartLabel,
  isFundsTotalLabel,
  isGoalBlockLabel,
  isImprovementLabel,
  isNoteRowLabel,
  isSelfEvalTitle,
  isTotalRowLabel,
  isTrailingClosingLabel,
  pointsInScoreHeader,
} from './vocabulary';

function sameRef(a: CellRef | undefined, b: CellRef | undefined): boolean {
  return a === b || (!!a && !!b && a.row === b.row && a.col === b.col);
}

/** The 一级 or 二级 label in force on a row, and the last row it was seen on. */
interface LevelLabel {
  cell?: CellRef;
  norm: string;
  row: number;
}

const NO_LABEL: LevelLabel = { norm: '', row: -1 };

/** What the orchestrator knows about one project/department table before its model is read. */
export interface ScoredFrame {
  sheet: string;
  profile: LayoutProfile;
  kind: FormKind;
  start: number;
  end: number;
  band: Band;
  /** The funds header row; absent for a table without a funds block. */
  fundsHeader?: number;
  fundsRoles: Map<FundsRole, number>;
}

/** The first label of a block that follows the funds block (goals, indicators). */
function isBlockLabel(norm: string): boolean {
  return (
    isGoalBlockLabel(norm) ||
    /^(年度总体目标|总体目标|绩效目标|年度绩效目标|绩效指标|年度绩效指标|项目年度绩效指标|一级指标)/.test(
      norm,
    )
  );
}

/** A row that ends an indicator list. */
function isSectionRow(norm: string): boolean {
  return (
    isTotalRowLabel(norm) ||
    isNoteRowLabel(norm) ||
    isClosingReasonLabel(norm) ||
    isImprovementLabel(norm) ||
    isTrailingClosingLabel(norm) ||
    departmentGoalPoints(norm) ||
    isSelfEvalTitle(norm)
  );
}

/** A cell a person filled: not empty, not a blank mark, not `/` (a row that does not apply). */
function carriesValue(grid: Grid, ref: CellRef | undefined): boolean {
  if (!ref || grid.isEmpty(ref.row, ref.col) || grid.isCovered(ref.row, ref.col)) return false;
  const v = grid.value(ref.row, ref.col);
  return !(typeof v === 'string' && isNotApplicable(v));
}

class ScoredFormReader {
  private readonly grid: Grid;

  constructor(
    private readonly text: SheetText,
    private readonly f: ScoredFrame,
  ) {
    this.grid = text.grid;
  }

  private ref(row: number, col: number): CellRef {
    const a = this.grid.areaOf(row, col);
    return { row: a.top, col: a.left };
  }

  private firstRoleCol(roles: Map<string, number>): number {
    return Math.min(...roles.values());
  }

  /** The block label of a header row: its leftmost text that is not a column heading. */
  private blockLabel(row: number, beforeCol: number): LabelCell | undefined {
    const own = this.text.labelsInRow(row, this.f.band.left, beforeCol - 1)[0];
    if (own) return own;
    const m = this.grid.mergeAt(row, this.f.band.left);
    if (m) return this.text.labelsInRow(m.top, m.left, m.left)[0];
    return undefined;
  }

  /** The row label of a funds row: the first text left of the value columns that is not the block label. */
  private fundsRowLabel(row: number, firstValueCol: number, block?: LabelCell): LabelCell | undefined {
    return this.text
      .labelsInRow(row, this.f.band.left, firstValueCol - 1)
      .find((l) => !block || l.row !== block.row || l.col !== block.col);
  }

  readFunds(fundsHeader: number): { funds: FundsBlock; lastRow: number } {
    const { fundsRoles } = this.f;
    const firstCol = this.firstRoleCol(fundsRoles);
    const block = this.blockLabel(fundsHeader, firstCol);
    const blockBottom = block && block.area.bottom > fundsHeader ? block.area.bottom : -1;
    const rows: FundsRow[] = [];
    let lastRow = fundsHeader;
    for (let r = fundsHeader + 1; r <= this.f.end; r++) {
      const label = this.fundsRowLabel(r, firstCol, block);
      const norm = label?.norm ?? '';
      const known = isFundsTotalLabel(norm) || isFundsPartLabel(norm);
      if (!known && label && (isSectionRow(norm) || isBlockLabel(norm))) break;
      // a block of one row states its amounts in a row with no label of its own (`部门预算执行情况` merged over
      // the header and that row, 重庆; `项目资金来源`, 随州): that row is the total
      const unlabeledTotal = !label && rows.length === 0 && r === fundsHeader + 1 && this.holdsMoney(r);
      if (!known && r > blockBottom && !(label && this.holdsMoney(r)) && !unlabeledTotal) break;
      lastRow = r;
      if (!label && !unlabeledTotal) continue;
      const row: FundsRow = { label: norm, row: r };
      for (const [role, col] of fundsRoles) row[role] = { row: r, col };
      rows.push(row);
    }
    const totalIndex = Math.max(
      0,
      rows.findIndex((r) => isFundsTotalLabel(r.label)),
    );
    const total: FundsRow = rows[totalIndex] ?? { label: '', row: fundsHeader + 1 };
    const parts = rows.filter((_, i) => i !== totalIndex);
    this.placeMergedScore(total, rows);
    const maxPoints = this.fundsPoints(total, block, fundsHeader);
    return {
      funds: {
        labelCell: block ? { row: block.row, col: block.col } : { row: fundsHeader, col: this.f.band.left },
        total,
        parts,
        maxPoints,
      },
      lastRow,
    };
  }

  /** A row whose money columns hold numbers or nothing, with at least one number: a funds sub-row. */
  private holdsMoney(row: number): boolean {
    let numbers = 0;
    for (const role of ['initialBudget', 'budget', 'actual'] as const) {
      const col = this.f.fundsRoles.get(role);
      if (col === undefined) continue;
      const read = readNumber(this.grid.value(row, col));
      if (read.kind === 'number') numbers++;
      else if (read.kind !== 'blank') return false;
    }
    return numbers > 0;
  }

  /** hubei2019 merges the funds 自评分 down the block: its value may sit in any row of the merge. */
  private placeMergedScore(total: FundsRow, rows: FundsRow[]): void {
    const col = this.f.fundsRoles.get('score');
    if (col === undefined) return;
    const area = this.grid.areaOf(total.row, col);
    if (area.top !== total.row || area.left !== col) {
      total.score = { row: area.top, col: area.left };
      return;
    }
    if (!this.grid.isEmpty(total.row, col)) return;
    // an unmerged block score typed in another row of the block (not the `—` of a sub-row)
    const other = rows.find(
      (r) => r.row !== total.row && readNumber(this.grid.value(r.row, col)).kind === 'number',
    );
    if (other) total.score = { row: other.row, col };
  }

  private fundsPoints(total: FundsRow, block: LabelCell | undefined, fundsHeader: number): number | null {
    if (total.weight) {
      const v = this.grid.value(total.weight.row, total.weight.col);
      const n = typeof v === 'number' ? v : Number(String(v ?? '').replace(/[^\d.]/g, ''));
      if (Number.isFinite(n) && n > 0) return n;
    }
    if (block) {
      const p = labelPoints(String(this.grid.value(block.row, block.col) ?? ''));
      if (p !== null) return p;
    }
    const scoreCol = this.f.fundsRoles.get('score');
    if (scoreCol !== undefined) {
      const p = pointsInScoreHeader(this.text.normAt(fundsHeader, scoreCol));
      if (p !== null) return p;
    }
    return null;
  }

  /** 项目绩效总目标（20分）: label, then a header with 得分/自评分, then the text row holding the score. */
  readGoal(from: number, to: number): ScoredBlock | undefined {
    for (let r = from; r <= to; r++) {
      const label = this.text.find(r, isGoalBlockLabel, this.f.band.left, this.f.band.right);
      if (!label) continue;
      const points = labelPoints(String(this.grid.value(label.row, label.col) ?? ''));
      for (let h = r; h <= Math.min(to, label.area.bottom + 1); h++) {
        const score = this.text.find(
          h,
          (n) => /^(得分|自评分)/.test(n),
          label.area.right + 1,
          this.f.band.right,
        );
        if (!score) continue;
        const valueRow = Math.min(this.f.end, h + 1);
        return {
          labelCell: { row: label.row, col: label.col },
          maxPoints: points,
          score: { ref: this.ref(valueRow, score.col) },
        };
      }
      return { labelCell: { row: label.row, col: label.col }, maxPoints: points };
    }
    return undefined;
  }

  /**
   * The anchor of a hierarchy label for row `r`: a merged label's top-left, a label repeated with the same
   * text on consecutive rows the first of them, a blank cell under a label the label above. Returns the
   * anchor and whether this row repeats the label in a cell of its own.
   */
  private levelAnchor(
    r: number,
    c: number,
    current: LevelLabel,
  ): { cell?: CellRef; norm: string; repeated: boolean } {
    const g = this.grid;
    if (g.isEmpty(r, c)) return { cell: current.cell, norm: current.norm, repeated: false };
    const cell = this.ref(r, c);
    const norm = this.text.normAt(r, c);
    const own = cell.row === r && cell.col === c;
    if (own && current.cell && current.row === r - 1 && norm === current.norm)
      return { cell: current.cell, norm, repeated: true };
    return { cell, norm, repeated: false };
  }

  /** Reads indicator rows below a header until a section row, another header or `stop`. */
  readIndicators(
    header: IndicatorHeader,
    stop: number,
  ): {
    indicators: Indicator[];
    blockScore?: CellRef;
    lastRow: number;
    repeatedLevel2: Map<number, CellRef>;
  } {
    const g = this.grid;
    const { roles } = header;
    const sections = this.f.profile.sections;
    const col = (role: IndicatorRole) => roles.get(role);
    const c1 = col('level1');
    const c2 = col('level2');
    const indicators: Indicator[] = [];
    let level1: LevelLabel = NO_LABEL;
    let level2: LevelLabel = NO_LABEL;
    /** Rows whose 二级 cell repeats the label above in a cell of its own: row → that own cell. */
    const repeatedLevel2 = new Map<number, CellRef>();
    let blockScore: CellRef | undefined;
    let lastRow = header.bottom;
    const firstRoleCol = Math.min(...roles.values());
    for (let r = header.bottom + 1; r <= stop; r++) {
      // section labels (总分, 说明, 偏差大…, 年度目标N) stand at the left, where 一级/二级 labels are
      const leftEdge = c2 ?? c1 ?? firstRoleCol;
      if (this.text.labelsInRow(r, this.f.band.left, leftEdge).some((l) => isSectionRow(l.norm))) break;
      const next = readIndicatorHeader(this.text, r, this.f.band);
      if (next && isIndicatorHeaderRoles(next.roles)) break;
      lastRow = r;
      let level1Changed = false;
      if (c1 !== undefined) {
        const a = this.levelAnchor(r, c1, level1);
        level1Changed = !sameRef(a.cell, level1.cell);
        level1 = { cell: a.cell, norm: a.norm, row: r };
      }
      if (c2 !== undefined) {
        // a new 一级 starts a new 二级 even when the 二级 text repeats
        const a = this.levelAnchor(r, c2, level1Changed ? NO_LABEL : level2);
        if (a.repeated) repeatedLevel2.set(r, { row: r, col: c2 });
        level2 = { cell: a.cell, norm: a.norm, row: r };
      }
      const cellOf = (role: IndicatorRole): CellRef | undefined => {
        const c = col(role);
        return c === undefined ? undefined : { row: r, col: c };
      };
      const nameCell = cellOf('name');
      const rawName = nameCell ? String(g.value(r, nameCell.col) ?? '') : '';
      // the template's `指标1：` / `……` and a `/` say nothing: the row is an indicator only by what else it carries
      const name =
        nameCell && !isPlaceholderName(rawName) && !isNotApplicable(rawName)
          ? this.text.normAt(r, nameCell.col)
          : '';
      const adjusted = cellOf('adjustedTarget');
      // the target adjusted during the year is the one the result is judged against, when one was set
      const target = adjusted && carriesValue(g, adjusted) ? adjusted : cellOf('target');
      const actual = cellOf('actual');
      const weight = this.ownRowCell(cellOf('weight'));
      let score = cellOf('score');
      if (score) {
        const area = g.areaOf(score.row, score.col);
        if (area.bottom > area.top && sections.indicatorBlockScore) {
          // one score merged over the indicator rows (hubei2019): it scores the block, not the row
          blockScore = blockScore ?? { row: area.top, col: area.left };
          score = undefined;
        } else score = this.ownRowCell(score);
      }
      const has = (c?: CellRef) => carriesValue(g, c);
      const points =
        level2.cell && sections.labelWeights.includes('level2') ? this.pointsAt(level2.cell) : null;
      const startsGroup = !!level2.cell && (level2.cell.row === r || repeatedLevel2.has(r));
      const carries = has(target) || has(actual) || has(weight) || has(score);
      const notApplicable =
        !carries && [target, actual, weight, score].some((c) => !!c && !g.isEmpty(c.row, c.col) && !has(c));
      if ((!name || notApplicable) && !carries && !(points !== null && startsGroup)) continue;
      const ind: Indicator = {
        row: r,
        level1: level1.norm,
        level1Cell: level1.cell,
        level2: level2.norm,
        level2Cell: level2.cell,
        name,
        nameCell,
        target,
        actual,
        weight,
        score,
        reason: cellOf('reason'),
      };
      const nature = cellOf('nature');
      const unit = cellOf('unit');
      if (nature) ind.targetNature = nature;
      if (unit) ind.targetUnit = unit;
      if (points !== null && level2.cell) ind.labelWeight = { points, cell: level2.cell };
      indicators.push(ind);
    }
    return { indicators, blockScore, lastRow, repeatedLevel2 };
  }

  /** A cell merged down over several rows belongs to its first row only (a group's weight or score). */
  private ownRowCell(ref: CellRef | undefined): CellRef | undefined {
    if (!ref) return undefined;
    const area = this.grid.areaOf(ref.row, ref.col);
    return area.top === ref.row ? { row: ref.row, col: area.left } : undefined;
  }

  private pointsAt(ref: CellRef): number | null {
    return levelLabelPoints(String(this.grid.value(ref.row, ref.col) ?? ''));
  }

  /** Groups of indicators under a 一级 label carrying points (`产出指标（30分）`). */
  level1Groups(indicators: Indicator[], repeatedLevel2: Map<number, CellRef>): WeightGroup[] {
    const groups = new Map<string, WeightGroup>();
    for (const ind of indicators) {
      if (!ind.level1Cell) continue;
      const key = `${ind.level1Cell.row},${ind.level1Cell.col}`;
      let group = groups.get(key);
      if (!group) {
        const points = this.pointsAt(ind.level1Cell);
        if (points === null) continue;
        group = {
          label: ind.level1,
          cell: ind.level1Cell,
          points,
          level: 'level1',
          indicatorRows: [],
          children: [],
        };
        groups.set(key, group);
      }
      group.indicatorRows.push(ind.row);
    }
    for (const group of groups.values()) this.splitRepeatedLevel2(group, indicators, repeatedLevel2);
    return [...groups.values()];
  }

  /**
   * A 二级 label with points repeated word for word on consecutive rows reads as one group by default. When
   * the 一级 points only add up if every repetition is its own indicator, each row keeps its own label.
   */
  private splitRepeatedLevel2(
    group: WeightGroup,
    indicators: Indicator[],
    repeated: Map<number, CellRef>,
  ): void {
    const rows = new Set(group.indicatorRows);
    const members = indicators.filter((i) => rows.has(i.row) && i.labelWeight);
    if (!members.some((i) => repeated.has(i.row))) return;
    const distinct = (cellOf: (i: Indicator) => CellRef) => {
      const seen = new Map<string, number>();
      for (const i of members) {
        const c = cellOf(i);
        seen.set(`${c.row},${c.col}`, i.labelWeight?.points ?? 0);
      }
      return [...seen.values()].reduce((a, b) => a + b, 0);
    };
    const own = (i: Indicator) => repeated.get(i.row) ?? (i.labelWeight as { cell: CellRef }).cell;
    const asGroups = distinct((i) => (i.labelWeight as { cell: CellRef }).cell);
    const asRows = distinct(own);
    const fits = (x: number) => Math.abs(x - group.points) <= 0.005;
    if (fits(asGroups) || !fits(asRows)) return;
    for (const i of members) {
      const cell = own(i);
      if (i.labelWeight) i.labelWeight = { ...i.labelWeight, cell };
      i.level2Cell = cell;
    }
  }

  closingReason(from: number, to: number): CellRef | undefined {
    for (let r = from; r <= to; r++) {
      const label = this.text.find(r, isClosingReasonLabel, this.f.band.left, this.f.band.right);
      if (!label) continue;
      const col = label.area.right + 1;
      if (col > this.f.band.right) return undefined;
      return this.ref(r, col);
    }
    return undefined;
  }

  /** 项目名称 (or 部门（单位）名称) in the head lines: the region's title in the pane and the CLI. */
  projectName(headBottom: number): string | undefined {
    for (let r = this.f.start; r <= headBottom; r++) {
      const label = this.text.find(
        r,
        (n) => n === '项目名称' || isDepartmentNameLabel(n),
        this.f.band.left,
        this.f.band.right,
      );
      if (!label) continue;
      const v = this.grid.value(r, label.area.right + 1);
      const name = v === null ? '' : String(v).trim();
      if (name) return name;
    }
    return undefined;
  }

  build(): Region {
    const f = this.f;
    const g = this.grid;
    const sections = f.profile.sections;
    const titleLabel = this.findTitle();
    const titleCell = titleLabel
      ? { row: titleLabel.row, col: titleLabel.col }
      : { row: f.start, col: f.band.left };
    const titleText = titleLabel ? String(g.value(titleLabel.row, titleLabel.col) ?? '').trim() : '';
    const fundsRead = f.fundsHeader === undefined ? undefined : this.readFunds(f.fundsHeader);
    const bodyStart = fundsRead ? fundsRead.lastRow + 1 : f.start;
    const headers = indicatorHeaders(this.text, bodyStart, f.end, f.band);
    const firstHeader = headers[0]?.top ?? f.end;
    // head lines: above the funds header, or above the first indicator header of a table without funds
    const headBottom = (f.fundsHeader ?? firstHeader) - 1;
    const project = this.projectName(headBottom);
    const region: Region = {
      kind: f.kind,
      layout: f.profile.id as Region['layout'],
      sheet: f.sheet,
      range: { top: f.start, left: f.band.left, bottom: f.end, right: f.band.right },
      title: project ?? titleText,
      project,
      titleCell,
      funds: fundsRead?.funds,
      indicators: [],
      weightGroups: [],
    };
    if (sections.goalBlock) region.goal = this.readGoal(bodyStart, firstHeader - 1);

    for (let i = 0; i < headers.length; i++) {
      const h = headers[i];
      const stop = i + 1 < headers.length ? headers[i + 1].top - 1 : f.end;
      const read = this.readIndicators(h, stop);
      region.indicators.push(...read.indicators);
      const level1 = sections.labelWeights.includes('level1')
        ? this.level1Groups(read.indicators, read.repeatedLevel2)
        : [];
      const blockLabel = this.blockLabel(h.top, Math.min(...h.roles.values()));
      const blockPoints = blockLabel
        ? labelPoints(String(g.value(blockLabel.row, blockLabel.col) ?? ''))
        : null;
      const goalLevel = sections.labelWeights.includes('goal');
      if (goalLevel && sections.goalsAreBlocks) {
        const goal = this.departmentGoal(headers[i - 1]?.top ?? bodyStart - 1, h.top);
        if (goal) {
          goal.indicatorRows = read.indicators.map((x) => x.row);
          goal.children = level1;
          region.weightGroups.push(goal);
        } else region.weightGroups.push(...level1);
      } else if (goalLevel && blockLabel && blockPoints !== null) {
        region.weightGroups.push({
          label: blockLabel.norm,
          cell: { row: blockLabel.row, col: blockLabel.col },
          points: blockPoints,
          level: 'goal',
          indicatorRows: read.indicators.map((x) => x.row),
          children: level1,
        });
      } else region.weightGroups.push(...level1);
      if (sections.indicatorBlockScore && blockLabel) {
        region.indicatorBlock = {
          labelCell: { row: blockLabel.row, col: blockLabel.col },
          maxPoints: blockPoints,
          score: read.blockScore ? { ref: read.blockScore } : undefined,
        };
      }
    }

    const nameCol = headers[0]?.roles.get('name');
    if (headers[0] && nameCol !== undefined) region.nameHeading = this.ref(headers[0].top, nameCol);
    const lastHeader = headers[headers.length - 1];
    if (sections.total.row && lastHeader) this.readTotalRow(region, lastHeader);
    const inHead =
      sections.total.headerKeys.length > 0
        ? findValueCell(
            this.text,
            [...sections.total.headerKeys],
            f.start,
            headBottom,
            f.band.left,
            f.band.right,
          )
        : undefined;
    if (!region.total) region.total = inHead;
    else if (inHead && !sameRef(inHead.ref, region.total.ref)) region.headTotal = inHead;
    if (sections.grade)
      region.grade = findValueCell(this.text, '自评等次', f.start, headBottom, f.band.left, f.band.right);
    if (sections.closingReason) region.closingReason = this.closingReason(bodyStart, f.end);
    return region;
  }

  /** The title: a 自评表 title in the table's first row (a table without one starts at its first head line). */
  private findTitle(): LabelCell | undefined {
    return this.text.find(this.f.start, isSelfEvalTitle, this.f.band.left, this.f.band.right);
  }

  /** `年度目标1（37分）：…` above an indicator header, after the previous one. */
  private departmentGoal(after: number, header: number): WeightGroup | undefined {
    for (let r = header - 1; r > after; r--) {
      const label = this.text.find(r, departmentGoalPoints, this.f.band.left, this.f.band.right);
      if (!label) continue;
      const points = labelPoints(String(this.grid.value(label.row, label.col) ?? ''));
      if (points === null) return undefined;
      return {
        label: label.norm.slice(0, 12),
        cell: { row: label.row, col: label.col },
        points,
        level: 'goal',
        indicatorRows: [],
        children: [],
      };
    }
    return undefined;
  }

  /**
   * `总分 | 100 | 100.00分 | …` (or `合计`): the 分值 and 得分 columns of the indicator header, below it. When the
   * label is merged over those columns, the cells after it, in order; a column the header lacks stays unread.
   */
  private readTotalRow(region: Region, header: IndicatorHeader): void {
    const { roles } = header;
    for (let r = this.f.end; r > header.bottom; r--) {
      const label = this.text.find(r, isTotalRowLabel, this.f.band.left, this.f.band.right);
      if (!label) continue;
      const after = this.text.grid;
      const weightCol = roles.get('weight');
      const scoreCol = roles.get('score');
      const free = (c: number | undefined) => c !== undefined && c > label.area.right;
      const cells: number[] = [];
      for (let c = label.area.right + 1; c <= this.f.band.right; c = after.areaOf(r, c).right + 1)
        cells.push(c);
      const wCol = free(weightCol) ? weightCol : weightCol !== undefined ? cells[0] : undefined;
      const sCol = free(scoreCol)
        ? scoreCol
        : scoreCol !== undefined
          ? cells[weightCol !== undefined ? 1 : 0]
          : undefined;
      if (wCol !== undefined) region.totalWeight = { row: r, col: wCol };
      if (sCol !== undefined) region.total = { ref: { row: r, col: sCol } };
      return;
    }
  }
}

export function readScoredForm(text: SheetText, frame: ScoredFrame): Region {
  return new ScoredFormReader(text, frame).build();
}
