import { IndicatorInput, mergeRuns, shownNumber } from './projectForms';
import { CellInput, FormDraft, round2 } from './sheetWriter';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

function grid(width: number) {
  const rows: CellInput[][] = [];
  const merges: FormDraft['merges'] = [];
  const names: FormDraft['names'] = {};
  const row = (...cells: CellInput[]) => {
    const r = [...cells];
    while (r.length < width) r.push(null);
    rows.push(r);
    return rows.length - 1;
  };
  return { rows, merges, names, row };
}

export const gradeOf = (total: number) =>
  total >= 90 ? '优' : total >= 80 ? '良' : total >= 60 ? '中' : '差';

export interface HubeiInput {
  name: string;
  year?: number;
  /** [全年预算数, 全年执行数] by source, in the order 中央补助, 省补助, 市补助, 国债资金, 区级预算资金, 其他资金. */
  funds: ([number, number] | null)[];
  goalScore: number;
  indicators: Omit<IndicatorInput, 'weight' | 'score'>[];
  blockScore: CellInput;
  withAttachmentLine?: boolean;
  /** 自评等次：优 typed in one cell instead of label and value apart. */
  gradeInline?: boolean;
}

/**
 * hubei2019 项目支出绩效自评表, eight columns: A block label | B row label / 一级 | C 全年预算数 / 二级 | D 全年执行数 /
 * 指标内容 | E 执行率 / 年度目标值 | F 自评分 (funds, merged F:H) / 全年完成值 | G 未完成原因 | H 自评分.
 */
export function hubeiForm(input: HubeiInput): FormDraft {
  const W = 8;
  const { rows, merges, names, row } = grid(W);
  const year = input.year ?? 2019;
  let titleRow = 0;
  if (input.withAttachmentLine) row('附件1');
  titleRow = row('项目支出绩效自评表');
  merges.push([titleRow, 0, titleRow, W - 1]);
  let r = row(`（${year}年度）`);
  merges.push([r, 0, r, W - 1]);
  const head = row(`自评时间：${year + 1}年5月`, null, null, '自评等次：', null, '自评得分：', null, null);
  merges.push([head, 0, head, 2]);
  names.grade = [head, 4];
  names.total = [head, 6];
  r = row('项目名称', input.name);
  merges.push([r, 1, r, W - 1]);
  r = row('合并明细项目', input.name + '、办公设备购置');
  merges.push([r, 1, r, W - 1]);
  r = row('主管部门', '某区委政法委员会', null, null, '实施单位', '某区委政法委员会');
  merges.push([r, 1, r, 3], [r, 5, r, W - 1]);
  const fh = row(
    '项目资金（20分）',
    null,
    '全年预算数（A）',
    '全年执行数（B）',
    '预算执行率（B/A)',
    '自评分',
  );
  merges.push([fh, 0, fh + 7, 0], [fh, 5, fh, 7]);
  const parts = input.funds;
  const budget = round2(sum(parts.map((p) => p?.[0] ?? 0)));
  const exec = round2(sum(parts.map((p) => p?.[1] ?? 0)));
  const rate = exec / budget;
  const fundScore = round2(20 * Math.min(rate, 1));
  const tr = row(null, '年度资金总额：', budget, exec, `${(rate * 100).toFixed(1)}%`, fundScore);
  merges.push([tr, 5, tr + 6, 7]);
  Object.assign(names, { fundsBudget: [tr, 2], fundsExec: [tr, 3], fundsRate: [tr, 4], fundsScore: [tr, 5] });
  ['其中：中央补助', '省补助', '市补助', '国债资金', '区级预算资金', '其他资金'].forEach((label, k) => {
    const p = parts[k];
    const sr = row(
      null,
      label,
      p?.[0] ?? null,
      p?.[1] ?? null,
      p ? `${((p[1] / p[0]) * 100).toFixed(1)}%` : null,
    );
    names[`sub${k}Budget`] = [sr, 2];
    names[`sub${k}Exec`] = [sr, 3];
  });
  const gh = row(
    '项目绩效总目标（20分）',
    '年初设定目标',
    null,
    null,
    '全年实际完成情况',
    null,
    null,
    '自评分',
  );
  merges.push([gh, 0, gh + 1, 0], [gh, 1, gh, 3], [gh, 4, gh, 6]);
  const gt = row(
    null,
    '完成年度各项工作任务。',
    null,
    null,
    '全面完成年度各项工作任务。',
    null,
    null,
    input.goalScore,
  );
  merges.push([gt, 1, gt, 3], [gt, 4, gt, 6]);
  names.goalScore = [gt, 7];
  const ih = row(
    '绩效指标（60分）',
    '一级指标',
    '二级指标',
    '指标内容',
    '年度目标值',
    '全年完成值',
    '未完成原因和改进措施',
    '自评分',
  );
  const first = rows.length;
  input.indicators.forEach((ind, k) => {
    const ir = row(null, ind.l1, ind.l2, ind.name, ind.target, ind.actual, ind.reason ?? null, null);
    names[`ind${k}Actual`] = [ir, 5];
    names[`ind${k}Reason`] = [ir, 6];
  });
  const last = rows.length - 1;
  rows[first][7] = input.blockScore;
  names.blockScore = [first, 7];
  merges.push([ih, 0, last, 0], [first, 7, last, 7]);
  mergeRuns(rows, merges, first, last, 1, 2);
  const total = round2(fundScore + input.goalScore + shownNumber(input.blockScore));
  rows[head][6] = total;
  if (input.gradeInline) {
    rows[head][3] = `自评等次：${gradeOf(total)}`;
    names.grade = [head, 3];
  } else rows[head][4] = gradeOf(total);
  const note = row('说明', '无');
  merges.push([note, 1, note, W - 1]);
  return {
    rows,
    merges,
    names,
    regionRows: [titleRow, note],
    width: W,
    kind: 'project',
    layout: 'hubei2019',
  };
}

export interface WuhanIndicator {
  l1: string;
  l2: string;
  name: string;
  target: CellInput;
  actual: CellInput;
  score: number | string | null;
}

export interface WuhanInput {
  year?: number;
  name: string;
  budget: number;
  exec: number;
  goalScore: number;
  /** 一级 labels with their points, e.g. ['产出指标', 30]. */
  level1Points: Record<string, number>;
  /** 二级 label -> points. */
  level2Points: Record<string, number>;
  indicators: WuhanIndicator[];
  deviationReason: string;
  rateAsText?: boolean;
}

/**
 * wuhan2020 项目自评表, seven columns: A block label | B row label / 一级 | C 预算数 / 二级 | D 执行数 / 指标名称 |
 * E 执行率 / 目标值 | F 得分 / 实际完成值 | G 得分.
 */
export function wuhanForm(input: WuhanInput): FormDraft {
  const W = 7;
  const { rows, merges, names, row } = grid(W);
  const year = input.year ?? 2020;
  let r = row(`${year}年度${input.name}项目自评表`);
  merges.push([r, 0, r, W - 1]);
  const head = row(
    `单位名称：武汉市某区某街道办事处      填报日期：${year + 1}年2月25日`,
    null,
    null,
    null,
    null,
    '自评得分：',
  );
  merges.push([head, 0, head, 4]);
  names.total = [head, 6];
  r = row('项目名称', input.name);
  merges.push([r, 1, r, W - 1]);
  r = row('主管部门', '某街道办事处', null, null, '项目实施单位', '综合发展办');
  merges.push([r, 1, r, 3], [r, 5, r, W - 1]);
  row(
    '预算执行情况（万元）（20分）',
    null,
    '预算数（A）',
    '执行数（B）',
    '执行率（B/A）',
    '得分（20分*执行率）',
  );
  merges.push([rows.length - 1, 5, rows.length - 1, 6]);
  const rate = input.exec / input.budget;
  const fundScore = round2(20 * Math.min(rate, 1));
  const fr = row(
    null,
    '年度财政资金总额',
    input.budget,
    input.exec,
    input.rateAsText ? `${(rate * 100).toFixed(1)}%` : { value: rate, numFmt: '0.0%' },
    fundScore,
  );
  merges.push([fr - 1, 0, fr, 0], [fr, 5, fr, 6]);
  Object.assign(names, { fundsBudget: [fr, 2], fundsExec: [fr, 3], fundsRate: [fr, 4], fundsScore: [fr, 5] });
  const gh = row('项目绩效总目标（20分）', '年初设定目标', null, '全年实际完成情况', null, null, '得分');
  merges.push([gh, 0, gh + 1, 0], [gh, 1, gh, 2], [gh, 3, gh, 5]);
  const gt = row(null, '按计划完成项目。', null, '项目已按计划完成。', null, null, input.goalScore);
  merges.push([gt, 1, gt, 2], [gt, 3, gt, 5]);
  names.goalScore = [gt, 6];
  const ih = row(
    '项目年度绩效指标（60分）',
    '一级指标',
    '二级指标',
    '指标名称',
    '年初目标值（A）',
    '实际完成值（B）',
    '得分',
  );
  const first = rows.length;
  input.indicators.forEach((ind, k) => {
    const ir = row(
      null,
      `${ind.l1}（${input.level1Points[ind.l1]}分）`,
      `${ind.l2}（${input.level2Points[ind.l2]}分）`,
      ind.name,
      ind.target,
      ind.actual,
      ind.score,
    );
    names[`ind${k}Score`] = [ir, 6];
    names[`ind${k}Actual`] = [ir, 5];
    names[`ind${k}L2`] = [ir, 2];
    if (k === 0 || input.indicators[k - 1].l1 !== ind.l1) names[`l1:${ind.l1}`] = [ir, 1];
  });
  const last = rows.length - 1;
  merges.push([ih, 0, last, 0]);
  mergeRuns(rows, merges, first, last, 1);
  const dr = row('偏差大或目标未完成原因分析', input.deviationReason || null);
  merges.push([dr, 1, dr, W - 1]);
  names.deviation = [dr, 1];
  const ir = row('改进措施及结果应用方案', '加强项目管理，提高资金使用效益。');
  merges.push([ir, 1, ir, W - 1]);
  rows[head][6] = round2(
    fundScore + input.goalScore + sum(input.indicators.map((i) => shownNumber(i.score))),
  );
  return { rows, merges, names, regionRows: [0, ir], width: W, kind: 'project', layout: 'wuhan2020' };
}

export interface DepartmentGoal {
  points: number;
  text: string;
  level1Points: Record<string, number>;
  indicators: {
    l1: string;
    l2: string;
    l2Points: number;
    name: string;
    target: CellInput;
    actual: CellInput;
    score: number | null;
  }[];
}

export interface DepartmentInput {
  year?: number;
  unit: string;
  budget: number;
  exec: number;
  goals: DepartmentGoal[];
  deviationReason: string;
  /** Merge equal 二级 labels down, so one label's points cover several rows. */
  mergeLevel2?: boolean;
}

/** 部门整体绩效自评表, seven columns like wuhan2020, with 年度目标N blocks and weights in labels. */
export function departmentForm(input: DepartmentInput): FormDraft {
  const W = 7;
  const { rows, merges, names, row } = grid(W);
  const year = input.year ?? 2020;
  let r = row(`${year}年度${input.unit}整体绩效自评表`);
  merges.push([r, 0, r, W - 1]);
  const head = row(`填报日期：${year + 1}年3月1日`, null, null, null, null, '总分：');
  merges.push([head, 0, head, 4]);
  names.total = [head, 6];
  r = row('单位名称', input.unit);
  merges.push([r, 1, r, W - 1]);
  r = row('基本支出总额', '3379.81万元', null, '项目支出总额', '18131.56万元');
  merges.push([r, 1, r, 2], [r, 4, r, W - 1]);
  const fh = row(
    '预算执行情况（万元）（20分）',
    null,
    '预算数（A）',
    '执行数（B）',
    '执行率（B/A）',
    '得分（20分*执行率）',
  );
  const rate = input.exec / input.budget;
  const fundScore = round2(20 * Math.min(rate, 1));
  const fr = row(
    null,
    '部门整体支出总额',
    input.budget,
    input.exec,
    `${(rate * 100).toFixed(2)}%`,
    fundScore,
  );
  merges.push([fh, 0, fr, 0], [fh, 5, fh, 6], [fr, 5, fr, 6]);
  Object.assign(names, { fundsBudget: [fr, 2], fundsExec: [fr, 3], fundsRate: [fr, 4], fundsScore: [fr, 5] });
  let scores = fundScore;
  input.goals.forEach((goal, g) => {
    const gr = row(`年度目标${g + 1}（${goal.points}分）：${goal.text}`);
    merges.push([gr, 0, gr, W - 1]);
    names[`goal${g}`] = [gr, 0];
    const ih = row(
      `年度绩效指标${g + 1}`,
      '一级指标',
      '二级指标',
      '指标名称',
      '年初目标值',
      '实际完成值',
      '得分',
    );
    const first = rows.length;
    goal.indicators.forEach((ind, k) => {
      const ir = row(
        null,
        `${ind.l1}（${goal.level1Points[ind.l1]}分）`,
        `${ind.l2}（${ind.l2Points}分）`,
        ind.name,
        ind.target,
        ind.actual,
        ind.score,
      );
      names[`g${g}i${k}Score`] = [ir, 6];
      names[`g${g}i${k}L2`] = [ir, 2];
      names[`g${g}i${k}Actual`] = [ir, 5];
      if (k === 0 || goal.indicators[k - 1].l1 !== ind.l1) names[`g${g}:${ind.l1}`] = [ir, 1];
      scores += ind.score ?? 0;
    });
    const last = rows.length - 1;
    merges.push([ih, 0, last, 0]);
    if (input.mergeLevel2) mergeRuns(rows, merges, first, last, 1, 2);
    else mergeRuns(rows, merges, first, last, 1);
  });
  const dr = row('偏差大或目标未完成原因分析', input.deviationReason || null);
  merges.push([dr, 1, dr, W - 1]);
  names.deviation = [dr, 1];
  const ir = row('改进措施及结果应用方案', '进一步加强预算管理。');
  merges.push([ir, 1, ir, W - 1]);
  rows[head][6] = round2(scores);
  return { rows, merges, names, regionRows: [0, ir], width: W, kind: 'department', layout: 'department' };
}

export interface TargetInput {
  goals: {
    ratio: CellInput;
    rows: { l1: string; l2: string; l3: string; value: string; weight: CellInput }[];
  }[];
  withTitle?: boolean;
}

/** 年度绩效目标表: 目标名称 | 指标权重比例(%) | 一级 | 二级 | 三级 | 前年 | 上年 | 预计当年实现 | 指标分值权重 | 依据. */
export function targetForm(input: TargetInput): FormDraft {
  const W = 10;
  const { rows, merges, names, row } = grid(W);
  let first = 0;
  if (input.withTitle !== false) {
    first = row('年度绩效目标表');
    merges.push([first, 0, first, W - 1]);
  }
  const h1 = row(
    '目标名称',
    '指标权重比例(%)',
    '一级指标',
    '二级指标',
    '三级指标',
    '指标值',
    null,
    null,
    null,
    '指标值确定依据',
  );
  if (input.withTitle === false) first = h1;
  row(null, null, null, null, null, '前年', '上年', '预计当年实现', '指标分值权重');
  merges.push(
    [h1, 0, h1 + 1, 0],
    [h1, 1, h1 + 1, 1],
    [h1, 2, h1 + 1, 2],
    [h1, 3, h1 + 1, 3],
    [h1, 4, h1 + 1, 4],
  );
  merges.push([h1, 5, h1, 8], [h1, 9, h1 + 1, 9]);
  input.goals.forEach((goal, g) => {
    const start = rows.length;
    goal.rows.forEach((t, k) => {
      const tr = row(
        k === 0 ? `年度绩效目标${g + 1}` : null,
        k === 0 ? goal.ratio : null,
        t.l1,
        t.l2,
        t.l3,
        null,
        t.value,
        t.value,
        t.weight,
        '计划数据',
      );
      names[`g${g}w${k}`] = [tr, 8];
    });
    const end = rows.length - 1;
    names[`g${g}ratio`] = [start, 1];
    merges.push([start, 0, end, 0], [start, 1, end, 1]);
    mergeRuns(rows, merges, start, end, 2);
  });
  return {
    rows,
    merges,
    names,
    regionRows: [first, rows.length - 1],
    width: W,
    kind: 'target',
    layout: 'target',
  };
}
