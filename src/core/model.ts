import { CellRange, CellRef } from './address';
import type { Layout } from './layouts';

/** `kind` is part of the JSON contract (DOMAIN.md §6); `layout` is our finer name. */
export type FormKind = 'project' | 'department' | 'target';
export type { Layout } from './layouts';

/**
 * Where a value lives. Usually a cell of its own; on some forms it shares a cell with its label
 * (`自评得分： 92.76`), and then `inlineLabel` is the label text that precedes it in that cell.
 */
export interface ValueCell {
  ref: CellRef;
  inlineLabel?: string;
}

/** One row of the funds block (年度资金总额, 其中：当年财政拨款, …). Absent columns stay undefined. */
export interface FundsRow {
  label: string;
  row: number;
  /** 年初预算数 (national only). */
  initialBudget?: CellRef;
  /** 全年预算数 / 预算数（A）: the rate's denominator. */
  budget?: CellRef;
  /** 全年执行数 / 执行数（B）. */
  actual?: CellRef;
  /** 分值 (national total row). */
  weight?: CellRef;
  rate?: CellRef;
  score?: CellRef;
}

export interface FundsBlock {
  /** The block's first cell (`项目资金（万元）`, `预算执行情况（万元）（20分）`). */
  labelCell: CellRef;
  total: FundsRow;
  /** Sub-rows whose sum is the total (empty when the layout has none). */
  parts: FundsRow[];
  /** Points the funds score is worth, from the 分值 cell or the label (`（20分）`); null when unknown. */
  maxPoints: number | null;
}

/** A scored block with one score cell (hubei/wuhan 项目绩效总目标, hubei 绩效指标 block). */
export interface ScoredBlock {
  labelCell: CellRef;
  maxPoints: number | null;
  score?: ValueCell;
}

export interface Indicator {
  row: number;
  level1: string;
  level1Cell?: CellRef;
  level2: string;
  level2Cell?: CellRef;
  name: string;
  nameCell?: CellRef;
  /** 年度指标值; when the target is split (DOMAIN §8), its 指标值 sub-column. */
  target?: CellRef;
  /** 指标性质 (`≥`, `定量`, `正向`) and 度量单位 of a split target: read together with `target` as one target. */
  targetNature?: CellRef;
  targetUnit?: CellRef;
  actual?: CellRef;
  /** 分值 column cell (national). */
  weight?: CellRef;
  /** Points written in a label of this row (`数量指标1（0.5分）`), when the layout puts weights there. */
  labelWeight?: { points: number; cell: CellRef };
  score?: CellRef;
  /** Per-row reason cell (national 偏差原因分析及改进措施, hubei 未完成原因和改进措施). */
  reason?: CellRef;
}

/** A label that declares points (`产出指标（30分）`, `年度目标1（37分）`) over the rows below it. */
export interface WeightGroup {
  label: string;
  cell: CellRef;
  points: number;
  level: 'goal' | 'level1' | 'level2';
  /** Rows of the indicators under it. */
  indicatorRows: number[];
  /** Groups directly under it, whose points add up to it (1级 under a goal). Empty for leaf groups. */
  children: WeightGroup[];
}

/** One goal of an annual target table (年度绩效目标表). */
export interface TargetGoal {
  name: string;
  nameCell: CellRef;
  /** 指标权重比例 cell. */
  ratioCell?: CellRef;
  indicators: Indicator[];
}

export interface Region {
  kind: FormKind;
  layout: Layout;
  sheet: string;
  /** Title row to last row, every column the table uses (DOMAIN.md §6). */
  range: CellRange;
  title: string;
  titleCell: CellRef;
  /** 项目名称 (or 部门（单位）名称) as the form states it; absent when it names none. Pairs declarations (§9). */
  project?: string;
  funds?: FundsBlock;
  /** 项目绩效总目标 (hubei2019, wuhan2020). */
  goal?: ScoredBlock;
  /** hubei2019: one 自评分 over the whole indicator block. */
  indicatorBlock?: ScoredBlock;
  indicators: Indicator[];
  weightGroups: WeightGroup[];
  /** 总分 / 自评得分 score; national: the 总分 row's 得分 cell. */
  total?: ValueCell;
  /**
   * A second place the total is printed: the head line's `自评得分` of a form that also has a 总分 row. Checked
   * against the same sum when filled; an empty one is not required (the 总分 row holds the total).
   */
  headTotal?: ValueCell;
  /** national: the 总分 row's 分值 cell (the declared 100). */
  totalWeight?: CellRef;
  grade?: ValueCell;
  /** wuhan2020 / department: the text cell of 偏差大或目标未完成原因分析. */
  closingReason?: CellRef;
  /** The indicator header's 三级指标 (name) heading: where a declared indicator missing from the form is reported. */
  nameHeading?: CellRef;
  /** target kind: the goals of the annual target table. */
  targetGoals?: TargetGoal[];
}
