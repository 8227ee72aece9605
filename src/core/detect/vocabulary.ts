/**
 * The words of the forms, after `normalizeLabel` (no spaces, `（）` folded to `()`, no `：:`).
 * Matching is by prefix or pattern so that `全年预算数(A)`, `得分(20分*执行率)` and `项目资金\n(万元)` all match.
 */

export type FundsRole = 'initialBudget' | 'budget' | 'actual' | 'weight' | 'rate' | 'score';

export function fundsHeaderRole(norm: string): FundsRole | null {
  if (norm.startsWith('年初预算数')) return 'initialBudget';
  if (/^(全年|调整后|年度)?预算(数|金额)/.test(norm)) return 'budget';
  if (/^(全年|实际|年度)?(执行数|执行金额|支出数)/.test(norm)) return 'actual';
  if (isWeightHeading(norm)) return 'weight';
  if (/^(预算)?执行率/.test(norm)) return 'rate';
  if (/^(得分|自评分|自评得分)/.test(norm)) return 'score';
  return null;
}

/** `分值`, `权重`, `分值(分)`, `权重(%)`, `指标分值`, `指标分值权重`. */
function isWeightHeading(norm: string): boolean {
  return /^(指标)?(分值|权重|标准分)(\([^()]*\))?$/.test(norm) || norm.startsWith('指标分值权重');
}

export type IndicatorRole =
  'level1' | 'level2' | 'name' | 'target' | 'actual' | 'weight' | 'score' | 'reason';

export function indicatorHeaderRole(norm: string): IndicatorRole | null {
  if (norm === '一级指标') return 'level1';
  if (norm === '二级指标') return 'level2';
  if (/^(三级指标|指标内容|指标名称|明细指标)/.test(norm)) return 'name';
  if (/原因/.test(norm)) return 'reason';
  if (/^(年度|年初|预期|计划|全年)?(指标|目标|计划)值/.test(norm) && !/依据|说明/.test(norm)) return 'target';
  if (/^(全年|年度)?(实际完成|完成|实际)(值|情况|数)?(\(|$)/.test(norm)) return 'actual';
  if (isWeightHeading(norm)) return 'weight';
  if (/^(得分|自评分|自评得分|评分)/.test(norm)) return 'score';
  return null;
}

/**
 * Titles: `项目支出绩效自评表`, `项目(政策)支出绩效自评表`, `2020年度XX项目自评表`, `…整体绩效自评表`, with a
 * bracketed year or unit typed into the same cell (`项目支出绩效自评表(2021年度)`, `…自评表单位:万元`).
 */
export function isSelfEvalTitle(norm: string): boolean {
  return /自评表(\([^()]*\))?(单位.{0,4})?$/.test(norm) && !norm.startsWith('注') && norm.length <= 60;
}

export function isDepartmentTitle(norm: string): boolean {
  return isSelfEvalTitle(norm) && /整体/.test(norm);
}

export const TARGET_TABLE_TITLE = '年度绩效目标表';

/** Funds rows: the total and its parts (national and hubei2019 sub-rows). */
export function isFundsTotalLabel(norm: string): boolean {
  return /资金总额|支出总额|^合计$/.test(norm);
}

export function isFundsPartLabel(norm: string): boolean {
  return /当年财政拨款|上年结转|结转资金|其他资金|中央补助|省补助|市补助|国债资金|区级预算资金|财政拨款|补助$/.test(
    norm,
  );
}

export function isTotalRowLabel(norm: string): boolean {
  return norm === '总分' || norm === '合计得分' || norm === '总得分';
}

export function isNoteRowLabel(norm: string): boolean {
  return norm.startsWith('说明');
}

export function isClosingReasonLabel(norm: string): boolean {
  return norm.startsWith('偏差大或目标未完成原因分析') || norm.startsWith('偏差原因分析');
}

export function isImprovementLabel(norm: string): boolean {
  return norm.startsWith('改进措施及结果应用方案') || norm.startsWith('改进措施及结果应用');
}

export function isGoalBlockLabel(norm: string): boolean {
  return norm.startsWith('项目绩效总目标');
}

/** `年度目标1(37分)…` heads each goal of the department-wide form. */
export function departmentGoalPoints(norm: string): boolean {
  return /^年度目标\d*\(/.test(norm) || /^年度目标\d+/.test(norm);
}

/** `得分(20分*执行率)` states the funds points inside the header. */
export function pointsInScoreHeader(norm: string): number | null {
  const m = /(\d+(?:\.\d+)?)分\*/.exec(norm);
  return m ? Number(m[1]) : null;
}

/**
 * Rows that are not a form's body: a note, an attachment line, the head rows of another form, the signature
 * line under a form (`单位负责人：… 填表人：…`).
 */
export function startsAnotherTable(norm: string): boolean {
  if (/^(单位负责人|负责人|填表人|填报人|审核人|联系人|联系电话)/.test(norm)) return true;
  return (
    /^(注|附件|项目名称|单位名称|填报日期|自评时间|自评得分|项目资金|预算执行情况)/.test(norm) ||
    /申报表$/.test(norm)
  );
}
