/**
 * The words of the forms, after `normalizeLabel` (no spaces, `（）` folded to `()`, no `：:`).
 * Matching is by prefix or pattern so that `全年预算数(A)`, `得分(20分*执行率)` and `项目资金\n(万元)` all match.
 */

export { fundsHeaderRole, indicatorHeaderRole } from './headerWords';
export type { FundsRole, IndicatorRole } from './headerWords';

/**
 * Titles: `项目支出绩效自评表`, `项目(政策)支出绩效自评表`, `2020年度XX项目自评表`, `…整体绩效自评表`, with a
 * bracketed year or unit typed into the same cell (`项目支出绩效自评表(2021年度)`, `…自评表单位:万元`).
 */
export function isSelfEvalTitle(norm: string): boolean {
  if (norm.length > 60 || /^(注|附件\d*.)/.test(norm) || /[。；;，,]/.test(norm)) return false;
  // `2020年度项目支出绩效自评表`, `XX县2023年度部门预算项目支出绩效自评表`, `绩效目标自评表`, `…自评情况表`
  const m = /自评(情况|结果)?表/.exec(norm);
  if (!m) return false;
  const after = norm.slice(m.index + m[0].length);
  // what may follow in the same cell: a bracketed year or unit, `单位：万元`, `填报单位：XX局`
  return /^(\([^()]*\))*((填报)?单位.{0,20})?(\([^()]*\))*$/.test(after);
}

export function isDepartmentTitle(norm: string): boolean {
  return isSelfEvalTitle(norm) && /整体/.test(norm);
}

/** The row naming a whole department instead of a project: `部门（单位）名称`, `部门名称`, `部门`. */
export function isDepartmentNameLabel(norm: string): boolean {
  return /^(部门\(单位\)|单位\(部门\)|部门)(名称)?$/.test(norm) || norm === '预算部门名称';
}

export const TARGET_TABLE_TITLE = '年度绩效目标表';

/** Funds rows: the total and its parts (national and hubei2019 sub-rows). */
export function isFundsTotalLabel(norm: string): boolean {
  return /资金总额|支出总额|^合计$|^总额$|^总计$|^资金合计$/.test(norm);
}

/** Sub-rows of the funds block, by the names forms give them (DOMAIN §1, §8). */
export function isFundsPartLabel(norm: string): boolean {
  return /当年财政拨款|本年财政拨款|上年结转|结转资金|其他资金|中央补助|省补助|市补助|国债资金|区级预算资金|财政拨款|补助$|财政资金|财政专户|单位资金|自有资金|基本支出|项目支出$|政府性基金/.test(
    norm,
  );
}

/** The total row at the foot of the indicators: `总分`, `合计`, `自评得分` (DOMAIN §8), `总得分`. */
export function isTotalRowLabel(norm: string): boolean {
  return /^(总分|合计|合计得分|总得分|自评总分|自评得分|综合得分|总计)(\([^()]*\))?$/.test(norm);
}

/**
 * Rows printed after a table's closing row that still belong to it: 评价结论, 存在问题, 改进措施, 主要经验做法,
 * 单位主要负责人签批意见, 说明, the wuhan2020 / department closing reason and improvement rows.
 */
export function isTrailingClosingLabel(norm: string): boolean {
  return /^(评价结论|自评结论|评价意见|存在(的)?问题|问题及原因|改进措施|整改措施|下一步改进措施|主要经验|经验做法|主要做法|单位主要负责人|主要负责人|签批意见|说明|偏差大或目标未完成原因分析|偏差原因分析|结果应用|自评等次|评价等次|自评等级|评价等级)/.test(
    norm,
  );
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

/** Signature lines under a form (`项目负责人：  财务负责人：  填表人：  联系电话：`): never part of a table. */
export function isSignatureLabel(norm: string): boolean {
  return /^(单位负责人|负责人|项目负责人|财务负责人|分管领导|填表人|填报人|制表人|经办人|审核人|复核人|联系人|联系电话|单位\(盖章\)|单位盖章|填表日期|填报时间)/.test(
    norm,
  );
}

/**
 * Rows that are not a form's body: a note, an attachment line, the head rows of another form, the signature
 * line under a form (`单位负责人：… 填表人：…`).
 */
export function startsAnotherTable(norm: string): boolean {
  if (isSignatureLabel(norm)) return true;
  return (
    /^(注|附件|项目名称|单位名称|填报日期|自评时间|自评得分|项目资金|预算执行情况)/.test(norm) ||
    /申报表$/.test(norm)
  );
}
