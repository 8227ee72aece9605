import type { CellRef } from '../address';
import type { FundsRole, IndicatorRole } from '../detect/headerWords';
import type { RuleId } from '../findings';
import type { FormKind } from '../model';
import type { Preset } from '../presets';
import type { BuiltTemplate } from '../templates/finish';

/** What detection has seen of a table before it decides which layout the table is in. */
export interface HeaderEvidence {
  /** The funds header's roles and their normalised words (empty when the table has no funds block). */
  fundsWords: ReadonlyMap<FundsRole, string>;
  /** The roles of the table's indicator headers, together. */
  indicatorRoles: ReadonlySet<IndicatorRole>;
  /** The title, a `部门（单位）名称` row or a `部门整体支出总额` row says the form covers a whole department. */
  department: boolean;
  /** `年度目标1（37分）：…` blocks, each with its own indicator table. */
  departmentGoals: boolean;
  /** The header of an annual target table (目标名称 | 指标权重比例 | 一级指标 …). */
  targetHeader: boolean;
}

/** Where a form keeps its total score. */
export interface TotalPlace {
  /** A closing row (`总分 | 100 | 92.5`, `合计 | …`) whose 分值 and 得分 columns hold the total weight and score. */
  row: boolean;
  /** Labels of the head lines that may carry the total (`自评得分：92.76`, `总分：`), tried in order. */
  headerKeys: readonly string[];
}

/** Sections a layout has beyond the funds block and its indicator tables. */
export interface LayoutSections {
  /** 项目绩效总目标（20分）: a goal block with one score of its own. */
  goalBlock: boolean;
  /** One score merged over the whole indicator block (hubei2019), no per-indicator scores. */
  indicatorBlockScore: boolean;
  /** Levels whose labels carry points (`年度目标1（37分）`, `产出指标（30分）`, `数量指标1（0.5分）`). */
  labelWeights: readonly ('goal' | 'level1' | 'level2')[];
  /** Goal-level points come from `年度目标N（X分）` blocks (department) rather than the indicator block's label. */
  goalsAreBlocks: boolean;
  total: TotalPlace;
  /** `自评等次` in the head lines. */
  grade: boolean;
  /** 偏差大或目标未完成原因分析: one closing reason text instead of a reason per row. */
  closingReason: boolean;
}

/**
 * How the funds score is computed: from the 执行率 cell beside it (`分值 × MIN(执行率,1)`), or from the money
 * (`20 × MIN(B/A,1)`), and how many points it is worth when the form states none: a number, the preset's, or
 * what the form's weights leave for it (`inferred`: 100 less the indicators' points).
 */
export interface FundsRule {
  score: 'points-times-rate-cell' | 'points-times-ratio';
  defaultPoints: number | 'preset' | 'inferred';
}

export interface LayoutTemplate {
  id: string;
  name: string;
  nameEn: string;
  build(anchor: CellRef, preset: Preset): BuiltTemplate;
}

/**
 * Everything about one layout of the form, in one place: what detection, reading, checks, formulas,
 * templates and the names shown in the pane and the CLI need to know.
 */
export interface LayoutProfile<Id extends string = string> {
  id: Id;
  /** The JSON contract's kind (DOMAIN.md §6) of a form in this layout. */
  kind: FormKind;
  /** A project layout whose forms also serve a whole department (title or name row say so): kind `department`. */
  departmentByTitle: boolean;
  names: { zh: string; zhShort: string; en: string };
  /** Whether a table with this evidence is in this layout; profiles are tried in the registry's order. */
  recognise(evidence: HeaderEvidence): boolean;
  /** The row that closes the table (总分 / 说明 / 改进措施…). Later closing rows (评价结论…) follow it. */
  isClosingRow(norm: string): boolean;
  sections: LayoutSections;
  funds: FundsRule;
  /** The rules a form in this layout can break: what its sections and columns let us check (DOMAIN §3). */
  rules: readonly RuleId[];
  /** The preset a form in this layout was made for. */
  presetId: string;
  template?: LayoutTemplate;
}
