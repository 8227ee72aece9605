/**
 * Official blank self-evaluation templates (项目支出 / 部门整体支出绩效自评表), laid out as the notices attach
 * them, and a writer that fills them into an ExcelJS worksheet at any origin. The data (numbers, texts) is
 * ours; the layouts follow the sources listed in README.md.
 */
import type { Worksheet } from 'exceljs';

/** A cell value: text, a number, a number formatted as percent, or empty. */
export type V = string | number | null | { pct: number };

export const pct = (n: number): V => ({ pct: n });

export interface FundRow {
  label: string;
  initial: V;
  budget: V;
  actual: V;
  points: V;
  rate: V;
  score: V;
}

export interface Task {
  name: string;
  content: string;
  budget: V;
  actual: V;
}

export interface Indicator {
  l1: string;
  l2: string;
  name: string;
  target: V;
  actual: V;
  points: V;
  score: V;
  reason?: V;
}

/**
 * National-column forms: the 财政部 2020 project template and the department-wide forms that reuse its
 * columns (9 columns A..I). Indicators: A 绩效指标 | B 一级 | C 二级 | D 三级 | E 年度指标值 | F 实际完成值 |
 * G 分值 | H 得分 | I reason. Funds: A label | B row name | C 年初 | D 全年预算 | E 全年执行 | F 分值 | G 执行率 |
 * H:I 得分 (merged).
 */
export interface NationalForm {
  title: string;
  year?: string;
  /** project: 项目名称 + 主管部门/实施单位 rows; department: one 部门（单位）名称 row */
  kind: 'project' | 'department';
  name: string;
  dept?: string;
  unit?: string;
  tasks?: Task[];
  fundsLabel: string;
  funds: FundRow[];
  goal: [string, string];
  indicatorsLabel: string;
  reasonHeader: string;
  indicators: Indicator[];
  totalLabel: string;
  totalPoints: V;
  totalScore: V;
  closing?: [string, string][];
}

/** 四川 部门预算项目支出绩效自评表 (11 columns A..K). */
export interface SichuanForm {
  code: string;
  title: string;
  name: string;
  dept: string;
  unit: string;
  goal: [string, string];
  process: string;
  funds: FundRow[];
  fundsNote: string;
  indicators: (Indicator & { nature: V; unitOfMeasure: V })[];
  totalPoints: V;
  totalScore: V;
  closing: [string, string][];
  signature: [string, string];
}

export class Grid {
  constructor(
    private readonly ws: Worksheet,
    private readonly r0: number,
    private readonly c0: number,
  ) {}

  put(r: number, c: number, v: V): void {
    if (v === null) return;
    const cell = this.ws.getCell(this.r0 + r, this.c0 + c);
    if (typeof v === 'object') {
      cell.value = v.pct;
      cell.numFmt = '0.00%';
    } else {
      cell.value = v;
    }
  }

  merge(r1: number, c1: number, r2: number, c2: number): void {
    if (r1 === r2 && c1 === c2) return;
    this.ws.mergeCells(this.r0 + r1, this.c0 + c1, this.r0 + r2, this.c0 + c2);
  }

  /** put then merge horizontally c1..c2 on row r */
  span(r: number, c1: number, c2: number, v: V): void {
    this.put(r, c1, v);
    this.merge(r, c1, r, c2);
  }
}

/** merges runs of equal values in column c over rows [from, from + values.length) */
function mergeRuns(g: Grid, from: number, c: number, keys: string[], values: string[]): void {
  let start = 0;
  for (let i = 1; i <= keys.length; i++) {
    if (i === keys.length || keys[i] !== keys[start]) {
      g.put(from + start, c, values[start]);
      g.merge(from + start, c, from + i - 1, c);
      start = i;
    }
  }
}

function writeIndicators(g: Grid, r: number, inds: Indicator[], first: number): void {
  mergeRuns(
    g,
    r,
    first,
    inds.map((x) => x.l1),
    inds.map((x) => x.l1),
  );
  mergeRuns(
    g,
    r,
    first + 1,
    inds.map((x) => `${x.l1}/${x.l2}`),
    inds.map((x) => x.l2),
  );
}

/** Writes a national-column form with its top-left at (row, col), 1-based. Returns the last row written (absolute). */
export function writeNational(ws: Worksheet, f: NationalForm, row = 1, col = 1): number {
  const g = new Grid(ws, row - 1, col - 1);
  const A = 1,
    B = 2,
    C = 3,
    D = 4,
    E = 5,
    F = 6,
    G = 7,
    H = 8,
    I = 9;
  let r = 1;
  g.span(r++, A, I, f.title);
  if (f.year) g.span(r++, A, I, f.year);
  if (f.kind === 'project') {
    g.put(r, A, '项目名称');
    g.span(r++, B, I, f.name);
    g.put(r, A, '主管部门');
    g.span(r, B, D, f.dept ?? '');
    g.put(r, E, '实施单位');
    g.span(r++, F, I, f.unit ?? '');
  } else {
    g.put(r, A, '部门（单位）名称');
    g.span(r++, B, I, f.name);
  }
  if (f.tasks) {
    const top = r;
    g.put(r, A, '年度主要任务');
    g.span(r, B, C, '任务名称');
    g.span(r, D, G, '主要内容');
    g.put(r, H, '预算数');
    g.put(r++, I, '执行数');
    for (const t of f.tasks) {
      g.span(r, B, C, t.name);
      g.span(r, D, G, t.content);
      g.put(r, H, t.budget);
      g.put(r++, I, t.actual);
    }
    g.merge(top, A, r - 1, A);
  }
  {
    const top = r;
    g.put(r, A, f.fundsLabel);
    ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率'].forEach((h, i) => g.put(r, C + i, h));
    g.span(r++, H, I, '得分');
    for (const x of f.funds) {
      g.put(r, B, x.label);
      g.put(r, C, x.initial);
      g.put(r, D, x.budget);
      g.put(r, E, x.actual);
      g.put(r, F, x.points);
      g.put(r, G, x.rate);
      g.span(r++, H, I, x.score);
    }
    g.merge(top, A, r - 1, A);
  }
  g.put(r, A, '年度总体目标');
  g.merge(r, A, r + 1, A);
  g.span(r, B, E, '预期目标');
  g.span(r++, F, I, '实际完成情况');
  g.span(r, B, E, f.goal[0]);
  g.span(r++, F, I, f.goal[1]);
  {
    const top = r;
    g.put(r, A, f.indicatorsLabel);
    ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', f.reasonHeader].forEach(
      (h, i) => g.put(r, B + i, h),
    );
    r++;
    writeIndicators(g, r, f.indicators, B);
    for (const x of f.indicators) {
      g.put(r, D, x.name);
      g.put(r, E, x.target);
      g.put(r, F, x.actual);
      g.put(r, G, x.points);
      g.put(r, H, x.score);
      g.put(r++, I, x.reason ?? null);
    }
    g.merge(top, A, r - 1, A);
  }
  g.span(r, A, F, f.totalLabel);
  g.put(r, G, f.totalPoints);
  g.put(r, H, f.totalScore);
  r++;
  for (const [label, text] of f.closing ?? []) {
    g.put(r, A, label);
    g.span(r++, B, I, text);
  }
  return row - 1 + (r - 1);
}

/** Writes a Sichuan 部门预算项目支出绩效自评表 with its 报表编号 line at (row, col). Returns the last row written (absolute). */
export function writeSichuan(ws: Worksheet, f: SichuanForm, row = 1, col = 1): number {
  const g = new Grid(ws, row - 1, col - 1);
  const [A, B, C, D, E, F, G, H, I, J, K] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
  let r = 1;
  g.span(r++, I, K, f.code);
  g.span(r++, A, K, f.title);
  g.put(r, A, '项目名称');
  g.span(r++, B, K, f.name);
  g.put(r, A, '主管部门');
  g.span(r, B, E, f.dept);
  g.span(r, F, G, '实施单位（盖章）');
  g.span(r++, H, K, f.unit);
  g.put(r, A, '项目基本情况');
  g.merge(r, A, r + 3, A);
  g.span(r++, B, K, '1.项目年度目标完成情况');
  g.span(r, B, F, '项目年度目标');
  g.span(r++, G, K, '年度目标完成情况');
  g.span(r, B, F, f.goal[0]);
  g.span(r++, G, K, f.goal[1]);
  g.span(r, B, C, '2.项目实施内容及过程概述');
  g.span(r++, D, K, f.process);
  {
    const top = r;
    g.put(r, A, '预算执行情况（10分）');
    g.span(r, B, C, '年度预算数（万元）');
    ['年初预算', '调整后预算数', '预算执行数', '预算执行率', '权重', '得分'].forEach((h, i) =>
      g.put(r, D + i, h),
    );
    g.span(r++, J, K, '原因');
    g.put(r, J, f.fundsNote);
    g.merge(r, J, r + f.funds.length - 1, K);
    for (const x of f.funds) {
      g.span(r, B, C, x.label);
      g.put(r, D, x.initial);
      g.put(r, E, x.budget);
      g.put(r, F, x.actual);
      g.put(r, G, x.rate);
      g.put(r, H, x.points);
      g.put(r++, I, x.score);
    }
    g.merge(top, A, r - 1, A);
  }
  {
    const top = r;
    g.put(r, A, '绩效指标（90分）');
    [
      '一级指标',
      '二级指标',
      '三级指标',
      '指标性质',
      '指标值',
      '度量单位',
      '完成值',
      '权重',
      '得分',
      '未完成原因分析',
    ].forEach((h, i) => g.put(r, B + i, h));
    r++;
    writeIndicators(g, r, f.indicators, B);
    for (const x of f.indicators) {
      g.put(r, D, x.name);
      g.put(r, E, x.nature);
      g.put(r, F, x.target);
      g.put(r, G, x.unitOfMeasure);
      g.put(r, H, x.actual);
      g.put(r, I, x.points);
      g.put(r, J, x.score);
      g.put(r++, K, x.reason ?? null);
    }
    g.merge(top, A, r - 1, A);
  }
  g.span(r, A, H, '合计');
  g.put(r, I, f.totalPoints);
  g.put(r, J, f.totalScore);
  r++;
  for (const [label, text] of f.closing) {
    g.put(r, A, label);
    g.span(r++, B, K, text);
  }
  g.span(r, A, E, f.signature[0]);
  g.span(r++, F, K, f.signature[1]);
  return row - 1 + (r - 1);
}

// ---------------------------------------------------------------------------------------------------------
// Filled data

const DASH = '—';

/** 财政部 财预〔2020〕10号 附件 项目支出绩效自评表, filled: a training project. */
export function mofProject(name = '2022年基层干部政策业务培训项目'): NationalForm {
  return {
    title: '项目支出绩效自评表',
    year: '（2022年度）',
    kind: 'project',
    name,
    dept: '某县人力资源和社会保障局',
    unit: '某县职业技能培训中心',
    fundsLabel: '项目资金（万元）',
    funds: [
      {
        label: '年度资金总额',
        initial: 45,
        budget: 50,
        actual: 48.6,
        points: 10,
        rate: pct(0.972),
        score: 9.72,
      },
      {
        label: '其中：当年财政拨款',
        initial: 45,
        budget: 45,
        actual: 43.6,
        points: DASH,
        rate: DASH,
        score: DASH,
      },
      { label: '上年结转资金', initial: 0, budget: 5, actual: 5, points: DASH, rate: DASH, score: DASH },
      { label: '其他资金', initial: 0, budget: 0, actual: 0, points: DASH, rate: DASH, score: DASH },
    ],
    goal: [
      '全年组织基层干部政策业务培训不少于500人次，提升基层干部政策执行能力。',
      '全年共组织培训12期526人次，培训合格率96.5%，按期完成。',
    ],
    indicatorsLabel: '绩效指标',
    reasonHeader: '偏差原因分析及改进措施',
    indicators: [
      {
        l1: '产出指标',
        l2: '数量指标',
        name: '培训人次',
        target: '≥500人次',
        actual: '526人次',
        points: 15,
        score: 15,
      },
      {
        l1: '产出指标',
        l2: '数量指标',
        name: '发放宣传资料',
        target: '≥2000份',
        actual: '2100份',
        points: 5,
        score: 5,
      },
      {
        l1: '产出指标',
        l2: '质量指标',
        name: '培训合格率',
        target: '≥95%',
        actual: '96.5%',
        points: 10,
        score: 10,
      },
      {
        l1: '产出指标',
        l2: '质量指标',
        name: '课程内容合规性',
        target: '符合要求',
        actual: '符合要求',
        points: 5,
        score: 5,
      },
      {
        l1: '产出指标',
        l2: '时效指标',
        name: '培训完成时间',
        target: '12月31日前',
        actual: '12月20日',
        points: 10,
        score: 10,
      },
      {
        l1: '产出指标',
        l2: '成本指标',
        name: '人均培训成本',
        target: '≤800元',
        actual: '760元',
        points: 5,
        score: 5,
      },
      {
        l1: '效益指标',
        l2: '社会效益指标',
        name: '基层干部政策知晓率',
        target: '≥90%',
        actual: '92%',
        points: 15,
        score: 15,
      },
      {
        l1: '效益指标',
        l2: '可持续影响指标',
        name: '培训长效机制',
        target: '逐步健全',
        actual: '初步建立',
        points: 15,
        score: 14,
        reason: '培训管理制度尚在完善，下一步将出台年度培训计划和考核办法。',
      },
      {
        l1: '满意度指标',
        l2: '服务对象满意度指标',
        name: '参训人员满意度',
        target: '≥90%',
        actual: '95%',
        points: 10,
        score: 10,
      },
    ],
    totalLabel: '总分',
    totalPoints: 100,
    totalScore: 98.72,
  };
}

/** The same template with the placeholder rows the official file prints, left untouched by the unit. */
export function mofPlaceholders(): NationalForm {
  const base = mofProject('2022年就业创业政策宣传项目');
  const ind = (l1: string, l2: string, name: string): Indicator => ({
    l1,
    l2,
    name,
    target: null,
    actual: null,
    points: null,
    score: null,
  });
  return {
    ...base,
    indicators: [
      {
        l1: '产出指标',
        l2: '数量指标',
        name: '宣传活动场次',
        target: '≥20场',
        actual: '24场',
        points: 20,
        score: 20,
      },
      ind('产出指标', '数量指标', '指标2：'),
      ind('产出指标', '数量指标', '……'),
      {
        l1: '产出指标',
        l2: '质量指标',
        name: '宣传资料内容准确率',
        target: '≥95%',
        actual: '98%',
        points: 20,
        score: 20,
      },
      ind('产出指标', '质量指标', '指标2：'),
      {
        l1: '产出指标',
        l2: '时效指标',
        name: '宣传活动完成时间',
        target: '12月31日前',
        actual: '11月30日',
        points: 10,
        score: 10,
      },
      ind('产出指标', '成本指标', '指标1：'),
      ind('效益指标', '经济效益指标', '指标1：'),
      {
        l1: '效益指标',
        l2: '社会效益指标',
        name: '政策知晓率',
        target: '≥85%',
        actual: '88%',
        points: 30,
        score: 30,
      },
      {
        l1: '效益指标',
        l2: '生态效益指标',
        name: '/',
        target: '/',
        actual: '/',
        points: '/',
        score: '/',
        reason: '/',
      },
      ind('效益指标', '可持续影响指标', '……'),
      {
        l1: '满意度指标',
        l2: '服务对象满意度指标',
        name: '群众满意度',
        target: '≥90%',
        actual: '93%',
        points: 10,
        score: 10,
      },
    ],
    totalScore: 99.72,
  };
}

/** 部门整体支出绩效自评表 with a 年度主要任务 block and 基本支出/项目支出 sub-rows (财政部 中央部门 style). */
export function deptTasks(): NationalForm {
  return {
    title: '部门整体支出绩效自评表',
    year: '（2022年度）',
    kind: 'department',
    name: '某县民政局',
    tasks: [
      { name: '社会救助政策落实', content: '保障城乡低保、特困供养对象基本生活', budget: 320, actual: 315.4 },
      { name: '养老服务体系建设', content: '支持社区养老服务中心运营', budget: 180, actual: 176.2 },
      { name: '基层社会治理', content: '村（社区）换届指导和社会组织管理', budget: 60, actual: 58.6 },
    ],
    fundsLabel: '部门（单位）资金（万元）',
    funds: [
      {
        label: '年度资金总额',
        initial: 1200,
        budget: 1260,
        actual: 1231.5,
        points: 10,
        rate: pct(0.9774),
        score: 9.77,
      },
      {
        label: '其中：基本支出',
        initial: 640,
        budget: 700,
        actual: 681.3,
        points: DASH,
        rate: DASH,
        score: DASH,
      },
      { label: '项目支出', initial: 560, budget: 560, actual: 550.2, points: DASH, rate: DASH, score: DASH },
    ],
    goal: [
      '落实各项社会救助政策，完善养老服务体系，提升基层治理水平。',
      '全年保障低保对象3268人，12个社区养老服务中心正常运营，按期完成村（社区）换届。',
    ],
    indicatorsLabel: '年度绩效指标',
    reasonHeader: '偏差原因分析及改进措施',
    indicators: [
      {
        l1: '产出指标',
        l2: '数量指标',
        name: '城乡低保对象保障人数',
        target: '≥3200人',
        actual: '3268人',
        points: 15,
        score: 15,
      },
      {
        l1: '产出指标',
        l2: '数量指标',
        name: '社区养老服务中心运营数',
        target: '≥12个',
        actual: '12个',
        points: 10,
        score: 10,
      },
      {
        l1: '产出指标',
        l2: '质量指标',
        name: '救助资金发放准确率',
        target: '100%',
        actual: '100%',
        points: 10,
        score: 10,
      },
      {
        l1: '产出指标',
        l2: '时效指标',
        name: '低保金按月发放及时率',
        target: '100%',
        actual: '100%',
        points: 10,
        score: 10,
      },
      {
        l1: '产出指标',
        l2: '成本指标',
        name: '“三公”经费支出',
        target: '≤12万元',
        actual: '10.8万元',
        points: 5,
        score: 5,
      },
      {
        l1: '效益指标',
        l2: '社会效益指标',
        name: '困难群众基本生活',
        target: '有效保障',
        actual: '有效保障',
        points: 15,
        score: 15,
      },
      {
        l1: '效益指标',
        l2: '可持续影响指标',
        name: '养老服务网络覆盖',
        target: '逐步完善',
        actual: '基本完善',
        points: 15,
        score: 14,
        reason: '农村养老服务站点覆盖不足，下一年度新建3个村级站点。',
      },
      {
        l1: '满意度指标',
        l2: '服务对象满意度指标',
        name: '服务对象满意度',
        target: '≥90%',
        actual: '93.5%',
        points: 10,
        score: 10,
      },
    ],
    totalLabel: '总分',
    totalPoints: 100,
    totalScore: 98.77,
  };
}

/** 部门（单位）整体支出绩效自评表 without a task block: rates on each sub-row, weights in 一级 labels, closing rows. */
export function deptLabels(): NationalForm {
  return {
    title: '2022年度部门（单位）整体支出绩效自评表',
    kind: 'department',
    name: '某市文化广电和旅游局',
    fundsLabel: '部门资金（万元）',
    funds: [
      {
        label: '年度资金总额',
        initial: 860,
        budget: 905,
        actual: 871.2,
        points: 10,
        rate: pct(0.9627),
        score: 9.63,
      },
      {
        label: '其中：基本支出',
        initial: 520,
        budget: 545,
        actual: 536.4,
        points: DASH,
        rate: pct(0.9842),
        score: DASH,
      },
      {
        label: '项目支出',
        initial: 340,
        budget: 360,
        actual: 334.8,
        points: DASH,
        rate: pct(0.93),
        score: DASH,
      },
    ],
    goal: [
      '保障机关正常运转，开展文化惠民演出，推进公共文化场馆免费开放。',
      '全年完成惠民演出126场，场馆免费开放率100%。',
    ],
    indicatorsLabel: '年度绩效指标',
    reasonHeader: '未完成原因及拟采取的改进措施',
    indicators: [
      {
        l1: '产出指标（50分）',
        l2: '数量指标',
        name: '文化惠民演出场次',
        target: '≥120场',
        actual: '126场',
        points: 15,
        score: 15,
      },
      {
        l1: '产出指标（50分）',
        l2: '数量指标',
        name: '公共图书馆接待读者人次',
        target: '≥30万人次',
        actual: '32.4万人次',
        points: 10,
        score: 10,
      },
      {
        l1: '产出指标（50分）',
        l2: '质量指标',
        name: '公共文化场馆免费开放率',
        target: '100%',
        actual: '100%',
        points: 10,
        score: 10,
      },
      {
        l1: '产出指标（50分）',
        l2: '时效指标',
        name: '惠民演出按计划完成率',
        target: '≥95%',
        actual: '100%',
        points: 10,
        score: 10,
      },
      {
        l1: '产出指标（50分）',
        l2: '成本指标',
        name: '公用经费控制率',
        target: '≤100%',
        actual: '98.6%',
        points: 5,
        score: 5,
      },
      {
        l1: '效益指标（30分）',
        l2: '社会效益指标',
        name: '群众文化生活',
        target: '明显丰富',
        actual: '明显丰富',
        points: 20,
        score: 20,
      },
      {
        l1: '效益指标（30分）',
        l2: '可持续影响指标',
        name: '公共文化服务体系',
        target: '持续完善',
        actual: '持续完善',
        points: 10,
        score: 10,
      },
      {
        l1: '满意度指标（10分）',
        l2: '服务对象满意度指标',
        name: '群众满意度',
        target: '≥90%',
        actual: '94%',
        points: 10,
        score: 10,
      },
    ],
    totalLabel: '总分',
    totalPoints: 100,
    totalScore: 99.63,
    closing: [
      ['存在问题', '部分基层文化场馆设施老化，群众参与度有待提高。'],
      ['改进措施', '加大基层文化设施更新投入，丰富活动形式。'],
    ],
  };
}

/** 四川省 部门预算项目支出绩效自评表（2023年度）, filled: a road maintenance project. */
export function sichuanProject(): SichuanForm {
  return {
    code: '报表编号：510000_0013zp',
    title: '部门预算项目支出绩效自评表（2023年度）',
    name: '51000023T000010000001-2023年农村公路养护维修项目',
    dept: '某县交通运输局',
    unit: '某县农村公路养护中心',
    goal: [
      '完成农村公路维修12公里，工程验收合格，改善沿线群众出行条件。',
      '完成维修12.5公里，验收合格率100%。',
    ],
    process: '年初编制维修计划，6月完成招标，10月底完工并通过验收。',
    funds: [
      { label: '总额', initial: 100, budget: 120, actual: 114.6, rate: pct(0.955), points: 10, score: 9.55 },
      {
        label: '其中：财政资金',
        initial: 100,
        budget: 120,
        actual: 114.6,
        rate: pct(0.955),
        points: '/',
        score: '/',
      },
      { label: '财政专户管理资金', initial: 0, budget: 0, actual: 0, rate: pct(0), points: '/', score: '/' },
      { label: '单位资金', initial: 0, budget: 0, actual: 0, rate: pct(0), points: '/', score: '/' },
      { label: '其他资金', initial: null, budget: null, actual: null, rate: null, points: '/', score: '/' },
    ],
    fundsNote:
      '1.预算执行率=预算执行数/调整后预算数，预算执行率未达到90%的需说明原因（100字以内）；2.年中发生预算调整的（追加或调减），应单独说明理由；3.其他资金包括：社会投入资金、银行贷款。',
    indicators: [
      {
        l1: '产出指标',
        l2: '数量指标',
        name: '完成道路维修里程',
        nature: '≥',
        target: 12,
        unitOfMeasure: '公里',
        actual: 12.5,
        points: 20,
        score: 20,
      },
      {
        l1: '产出指标',
        l2: '质量指标',
        name: '工程验收合格率',
        nature: '=',
        target: 100,
        unitOfMeasure: '%',
        actual: 100,
        points: 20,
        score: 20,
      },
      {
        l1: '产出指标',
        l2: '时效指标',
        name: '项目按期完成率',
        nature: '≥',
        target: 95,
        unitOfMeasure: '%',
        actual: 100,
        points: 10,
        score: 10,
      },
      {
        l1: '产出指标',
        l2: '成本指标',
        name: '每公里维修成本',
        nature: '≤',
        target: 9.6,
        unitOfMeasure: '万元',
        actual: 9.17,
        points: 10,
        score: 10,
      },
      {
        l1: '效益指标',
        l2: '社会效益指标',
        name: '群众出行条件改善情况',
        nature: '定性',
        target: '明显改善',
        unitOfMeasure: null,
        actual: '明显改善',
        points: 20,
        score: 20,
      },
      {
        l1: '满意度指标',
        l2: '服务对象满意度指标',
        name: '沿线群众满意度',
        nature: '≥',
        target: 90,
        unitOfMeasure: '%',
        actual: 93,
        points: 10,
        score: 10,
      },
    ],
    totalPoints: 100,
    totalScore: 99.55,
    closing: [
      ['评价结论', '项目自评得分99.55分，按期完成维修任务，改善了沿线群众出行条件。'],
      ['存在问题', '部分路段养护资金测算偏紧。'],
      ['改进措施', '下一年度细化养护成本测算。'],
    ],
    signature: ['项目负责人：张某', '财务负责人：李某'],
  };
}
