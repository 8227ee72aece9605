/**
 * A small, independent writer of synthetic 绩效自评表 forms (DOMAIN §1, §8). A form is described as data
 * (title, name rows, funds block, goal rows, indicator block, total row, closing rows) and rendered into a
 * grid of cells with merges, relative to its top-left corner; build.ts places grids on sheets.
 */

/** A cell value: text, a number, empty, or a number shown as a percent. */
export type Val = string | number | null | { pct: number };

/** A column of a header: its role (the key used in rows) and the label printed in the header. */
export interface Col {
  role: string;
  label: string;
  /** Sub-columns under a two-row header (the label spans them). */
  sub?: Col[];
}

export type Row = Record<string, Val>;

export interface FundsSpec {
  /** The block label merged down the block, e.g. 项目资金（万元）. */
  label: string;
  cols: Col[];
  rows: { label: string; v: Row }[];
}

export interface FormSpec {
  title?: string;
  /** Lines under the title, e.g. （2023年度） or 单位：万元. */
  subtitle?: string;
  /** 项目名称 / 部门（单位）名称 row; omitted when undefined. */
  nameRow?: [string, string];
  /** 主管部门 | … | 实施单位 | … row. */
  ownerRow?: boolean;
  funds?: FundsSpec;
  goal?: boolean;
  /** The label merged down the left of the indicator block (绩效指标); null for none. */
  indLabel?: string | null;
  /** Indicator columns; the first two roles must be l1 and l2 (merged down when repeated). */
  indCols: Col[];
  indRows: Row[];
  total?: { label: string; points: Val; score: Val };
  closing?: [string, string][];
  /** Text lines under the table (signatures, notes): not part of the table. */
  after?: string[];
}

export interface Grid {
  cells: Map<string, Val>;
  merges: [number, number, number, number][];
  height: number;
  width: number;
}

const key = (r: number, c: number) => `${r},${c}`;

function leaves(cols: Col[]): Col[] {
  return cols.flatMap((c) => (c.sub ? c.sub : [c]));
}

/** Renders a form into a grid (0-based rows and columns). */
export function renderForm(spec: FormSpec): Grid {
  const cells = new Map<string, Val>();
  const merges: [number, number, number, number][] = [];
  const set = (r: number, c: number, v: Val) => {
    if (v !== null && v !== undefined) cells.set(key(r, c), v);
  };
  const merge = (r1: number, c1: number, r2: number, c2: number) => {
    if (r1 !== r2 || c1 !== c2) merges.push([r1, c1, r2, c2]);
  };
  const left = spec.indLabel === null ? 0 : 1;
  const leafCols = leaves(spec.indCols);
  const width = left + leafCols.length;
  const last = width - 1;
  let r = 0;
  const line = (text: string) => {
    set(r, 0, text);
    merge(r, 0, r, last);
    r++;
  };
  if (spec.title) line(spec.title);
  if (spec.subtitle) line(spec.subtitle);
  if (spec.nameRow) {
    set(r, 0, spec.nameRow[0]);
    set(r, 1, spec.nameRow[1]);
    merge(r, 1, r, last);
    r++;
  }
  if (spec.ownerRow) {
    const mid = 1 + Math.floor((width - 1) / 2);
    set(r, 0, '主管部门');
    set(r, 1, 'XX县教育局');
    merge(r, 1, r, mid - 2);
    set(r, mid - 1, '实施单位');
    set(r, mid, 'XX县职业技术学校');
    merge(r, mid, r, last);
    r++;
  }
  if (spec.funds) {
    const f = spec.funds;
    const start = width - f.cols.length;
    set(r, 0, f.label);
    merge(r, 0, r + f.rows.length, 0);
    merge(r, 1, r, start - 1);
    f.cols.forEach((c, i) => set(r, start + i, c.label));
    r++;
    for (const row of f.rows) {
      set(r, 1, row.label);
      merge(r, 1, r, start - 1);
      f.cols.forEach((c, i) => set(r, start + i, row.v[c.role] ?? null));
      r++;
    }
  }
  if (spec.goal) {
    const mid = 1 + Math.floor((width - 1) / 2);
    set(r, 0, '年度总体目标');
    merge(r, 0, r + 1, 0);
    set(r, 1, '预期目标');
    merge(r, 1, r, mid - 1);
    set(r, mid, '实际完成情况');
    merge(r, mid, r, last);
    set(r + 1, 1, '完成全年职业技能培训任务，提升参训人员就业能力。');
    merge(r + 1, 1, r + 1, mid - 1);
    set(r + 1, mid, '全年培训520人次，参训人员就业能力明显提升。');
    merge(r + 1, mid, r + 1, last);
    r += 2;
  }
  // indicator header
  const twoRow = spec.indCols.some((c) => c.sub);
  const headTop = r;
  const headRows = twoRow ? 2 : 1;
  if (left) {
    set(r, 0, spec.indLabel ?? '绩效指标');
    merge(r, 0, r + headRows - 1 + spec.indRows.length, 0);
  }
  let c = left;
  for (const col of spec.indCols) {
    if (col.sub) {
      set(headTop, c, col.label);
      merge(headTop, c, headTop, c + col.sub.length - 1);
      col.sub.forEach((s, i) => set(headTop + 1, c + i, s.label));
      c += col.sub.length;
    } else {
      set(headTop, c, col.label);
      merge(headTop, c, headTop + headRows - 1, c);
      c++;
    }
  }
  r += headRows;
  // indicator rows, 一级/二级 merged down over repeats
  const first = r;
  spec.indRows.forEach((row, i) => {
    leafCols.forEach((col, j) => {
      const v = row[col.role] ?? null;
      const prev = i > 0 ? spec.indRows[i - 1] : undefined;
      if ((col.role === 'l1' || col.role === 'l2') && prev && sameGroup(prev, row, col.role)) return;
      set(first + i, left + j, v);
    });
  });
  for (const role of ['l1', 'l2']) {
    const j = leafCols.findIndex((col) => col.role === role);
    if (j < 0) continue;
    let i = 0;
    while (i < spec.indRows.length) {
      let k = i;
      while (k + 1 < spec.indRows.length && sameGroup(spec.indRows[k], spec.indRows[k + 1], role)) k++;
      merge(first + i, left + j, first + k, left + j);
      i = k + 1;
    }
  }
  r += spec.indRows.length;
  if (spec.total) {
    const pc = left + leafCols.findIndex((col) => col.role === 'points');
    const sc = left + leafCols.findIndex((col) => col.role === 'score');
    const end = Math.min(pc, sc) - 1;
    set(r, 0, spec.total.label);
    merge(r, 0, r, end);
    set(r, pc, spec.total.points);
    set(r, sc, spec.total.score);
    r++;
  }
  for (const [label, text] of spec.closing ?? []) {
    set(r, 0, label);
    merge(r, 0, r, 2);
    set(r, 3, text);
    merge(r, 3, r, last);
    r++;
  }
  for (const text of spec.after ?? []) {
    set(r, 0, text);
    r++;
  }
  return { cells, merges, height: r, width };
}

function sameGroup(a: Row, b: Row, role: string): boolean {
  if (a[role] !== b[role]) return false;
  return role === 'l1' || a.l1 === b.l1;
}

// ---------------------------------------------------------------------------------------------------------
// Standard pieces

export const FUNDS_NATIONAL: Col[] = [
  { role: 'init', label: '年初预算数' },
  { role: 'budget', label: '全年预算数' },
  { role: 'actual', label: '全年执行数' },
  { role: 'points', label: '分值' },
  { role: 'rate', label: '执行率' },
  { role: 'score', label: '得分' },
];

export const IND_NATIONAL: Col[] = [
  { role: 'l1', label: '一级指标' },
  { role: 'l2', label: '二级指标' },
  { role: 'name', label: '三级指标' },
  { role: 'target', label: '年度指标值' },
  { role: 'actual', label: '实际完成值' },
  { role: 'points', label: '分值' },
  { role: 'score', label: '得分' },
  { role: 'reason', label: '偏差原因分析及改进措施' },
];

/** Renames the labels of standard columns by role. */
export function relabel(cols: Col[], labels: Record<string, string>): Col[] {
  return cols.map((c) => ({ ...c, label: labels[c.role] ?? c.label }));
}

const DASH = '—';

/**
 * The national funds rows: 年度资金总额 = 当年财政拨款 + 上年结转资金 + 其他资金.
 * Default: 100 / 100 / 95, 分值 10, 执行率 95%, 得分 9.5.
 */
export function nationalFunds(
  total: Row = { init: 100, budget: 100, actual: 95, points: 10, rate: { pct: 0.95 }, score: 9.5 },
  subs: [Row, Row, Row] = [
    { init: 80, budget: 80, actual: 76 },
    { init: 20, budget: 20, actual: 19 },
    { init: 0, budget: 0, actual: 0 },
  ],
): { label: string; v: Row }[] {
  const dash = { points: DASH, rate: DASH, score: DASH };
  return [
    { label: '年度资金总额', v: total },
    { label: '其中：当年财政拨款', v: { ...subs[0], ...dash } },
    { label: '上年结转资金', v: { ...subs[1], ...dash } },
    { label: '其他资金', v: { ...subs[2], ...dash } },
  ];
}

/**
 * The standard seven indicators: weights 20+15+10+5 (产出 50), 20+10 (效益 30), 10 (满意度);
 * scores 20, 14.5 (93% of ≥95%, explained; the rule allows 15×93/95 = 14.68), 10, 5, 20, 10, 10 = 89.5.
 */
export function stdIndicators(labels: { l1?: [string, string, string] } = {}): Row[] {
  const [out, eff, sat] = labels.l1 ?? ['产出指标', '效益指标', '满意度指标'];
  return [
    {
      l1: out,
      l2: '数量指标',
      name: '培训人次',
      target: '≥500人次',
      actual: '520人次',
      points: 20,
      score: 20,
    },
    {
      l1: out,
      l2: '质量指标',
      name: '培训合格率',
      target: '≥95%',
      actual: '93%',
      points: 15,
      score: 14.5,
      reason: '部分学员未按期参加考核，下年度加强过程管理。',
    },
    {
      l1: out,
      l2: '时效指标',
      name: '培训完成时间',
      target: '12月31日前',
      actual: '12月20日',
      points: 10,
      score: 10,
    },
    { l1: out, l2: '成本指标', name: '人均培训成本', target: '≤500元', actual: '480元', points: 5, score: 5 },
    {
      l1: eff,
      l2: '社会效益指标',
      name: '参训人员技能水平',
      target: '逐步提高',
      actual: '明显提高',
      points: 20,
      score: 20,
    },
    {
      l1: eff,
      l2: '可持续影响指标',
      name: '培训长效机制',
      target: '健全',
      actual: '健全',
      points: 10,
      score: 10,
    },
    {
      l1: sat,
      l2: '服务对象满意度指标',
      name: '参训人员满意度',
      target: '≥90%',
      actual: '92%',
      points: 10,
      score: 10,
    },
  ];
}

/** Returns a copy of rows with row i patched. */
export function edit(rows: Row[], i: number, patch: Row): Row[] {
  return rows.map((r, k) => (k === i ? { ...r, ...patch } : r));
}

/** The standard national project form (rows 1–20, columns A–I when placed at A1). */
export function nationalForm(over: Partial<FormSpec> = {}): FormSpec {
  return {
    title: '项目支出绩效自评表',
    subtitle: '（2023年度）',
    nameRow: ['项目名称', '职业技能培训补助'],
    ownerRow: true,
    funds: { label: '项目资金（万元）', cols: FUNDS_NATIONAL, rows: nationalFunds() },
    goal: true,
    indLabel: '绩效指标',
    indCols: IND_NATIONAL,
    indRows: stdIndicators(),
    total: { label: '总分', points: 100, score: 99 },
    ...over,
  };
}
