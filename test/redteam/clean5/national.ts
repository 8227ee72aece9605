/** A generator for national-style (财预〔2020〕10号) self-evaluation forms with configurable words and orders. */
import { Cell, Grid, Kind, round2 } from './grid';

export type FRole = 'init' | 'budget' | 'exec' | 'p' | 'rate' | 's';

export interface Funds {
  label: string;
  cols: [FRole, string][];
  rows: [string, Partial<Record<FRole, Cell>>][];
  points: number;
  score: number;
}

export type RateMode = 'pct' | 'text' | 'bare' | 'pct1';

export interface FundsOpts {
  budget: number;
  exec: number;
  init?: number;
  points?: number;
  rateMode?: RateMode;
  /** sub-rows: label, budget, exec; null shows `—` */
  subs?: [string, number | null, number | null, number?][];
  /** sub-rows show their own rate */
  subRates?: boolean;
  hdr?: Partial<Record<FRole, string>>;
  order?: FRole[];
  money?: (n: number) => Cell;
  scoreCell?: (n: number) => Cell;
  label?: string;
  totalLabel?: string;
}

export function showRate(r: number, mode: RateMode): Cell {
  switch (mode) {
    case 'pct':
      return { v: Math.round(r * 10000) / 10000, fmt: '0.00%' };
    case 'pct1':
      return { v: Math.round(r * 1000) / 1000, fmt: '0.0%' };
    case 'text':
      return `${(r * 100).toFixed(2)}%`;
    case 'bare':
      return round2(r * 100);
  }
}

export function funds(o: FundsOpts): Funds {
  const points = o.points ?? 10;
  const rate = o.exec / o.budget;
  const score = round2(points * Math.min(rate, 1));
  const mode = o.rateMode ?? 'pct';
  const money = o.money ?? ((n: number) => ({ v: n, fmt: '0.00' }));
  const hdr: Record<FRole, string> = {
    init: '年初预算数',
    budget: '全年预算数',
    exec: '全年执行数',
    p: '分值',
    rate: '执行率',
    s: '得分',
    ...o.hdr,
  };
  const order = o.order ?? ['init', 'budget', 'exec', 'p', 'rate', 's'];
  const rows: Funds['rows'] = [
    [
      o.totalLabel ?? '年度资金总额',
      {
        init: money(o.init ?? o.budget),
        budget: money(o.budget),
        exec: money(o.exec),
        p: points,
        rate: showRate(rate, mode),
        s: o.scoreCell ? o.scoreCell(score) : score,
      },
    ],
  ];
  let sb = 0;
  let se = 0;
  let si = 0;
  for (const [label, b, e, i] of o.subs ?? []) {
    sb += b ?? 0;
    se += e ?? 0;
    si += i ?? b ?? 0;
    rows.push([
      label,
      {
        init: b === null ? '—' : money(i ?? b),
        budget: b === null ? '—' : money(b),
        exec: e === null ? '—' : money(e),
        p: '—',
        rate: o.subRates && b ? showRate((e ?? 0) / b, mode) : '—',
        s: '—',
      },
    ]);
  }
  if (
    o.subs &&
    (Math.abs(sb - o.budget) > 1e-6 ||
      Math.abs(se - o.exec) > 1e-6 ||
      Math.abs(si - (o.init ?? o.budget)) > 1e-6)
  )
    throw new Error(`funds sub-rows do not add up: ${sb}/${o.budget} ${se}/${o.exec}`);
  return {
    label: o.label ?? '项目资金（万元）',
    cols: order.map((r) => [r, hdr[r]] as [FRole, string]),
    rows,
    points,
    score,
  };
}

export interface Ind {
  l1: string;
  l2: string;
  l3: string;
  t?: Cell;
  a?: Cell;
  p?: number;
  s?: number;
  why?: string;
  ex?: Record<string, Cell>;
  /** target over three sub-columns: 指标性质 | 指标值 | 度量单位 */
  t3?: [Cell, Cell, Cell];
  /** how p and s are shown (default: the number) */
  pCell?: Cell;
  sCell?: Cell;
}

export type IRole = 'l1' | 'l2' | 'l3' | 't' | 'a' | 'p' | 's' | 'why' | 't3' | `x:${string}`;

export interface NatOpts {
  kind?: Kind;
  title?: string | null;
  year?: string | null;
  unitLine?: boolean;
  headerLine?: Cell[];
  nameLabel?: string;
  name?: string;
  dept?: boolean;
  funds?: Funds | null;
  goal?: boolean;
  block?: string;
  cols?: [IRole, string][];
  /** for t3: the words of the three sub-columns */
  t3Words?: [string, string, string];
  inds: Ind[];
  l1Weights?: boolean;
  totalLabel?: string;
  totalPoints?: boolean;
  totalScoreCell?: (n: number) => Cell;
  closing?: [string, string][];
  signature?: boolean;
  /** expected weight total (default 100) */
  expectPoints?: number;
}

export const STD_COLS: [IRole, string][] = [
  ['l1', '一级指标'],
  ['l2', '二级指标'],
  ['l3', '三级指标'],
  ['t', '年度指标值'],
  ['a', '实际完成值'],
  ['p', '分值'],
  ['s', '得分'],
  ['why', '偏差原因分析及改进措施'],
];

export interface Built {
  grid: Grid;
  total: number;
  points: number;
  /** grid coordinates of useful cells, for formulas */
  at: Record<string, [number, number]>;
}

export function national(o: NatOpts): Built {
  const g = new Grid();
  const cols = o.cols ?? STD_COLS;
  const fundsBlock = o.funds === undefined ? null : o.funds;
  const indWidth = cols.reduce((n, [r]) => n + (r === 't3' ? 3 : 1), 0);
  const W = Math.max(1 + indWidth, fundsBlock ? 3 + fundsBlock.cols.length : 0, 6);
  const mid = Math.ceil(W / 2);
  const at: Built['at'] = {};
  const last = W - 1;
  const top = 0;
  if (o.title) {
    const r = g.row([o.title]);
    g.merge(r, 0, r, last);
  }
  if (o.year) {
    const r = g.row([o.year]);
    g.merge(r, 0, r, last);
  }
  if (o.unitLine) {
    const r = g.row([]);
    g.set(r, last, '单位：万元');
  }
  if (o.headerLine) g.row(o.headerLine);
  // name rows
  {
    const r = g.row([o.nameLabel ?? '项目名称', o.name ?? '社区综合治理工作经费']);
    g.merge(r, 1, r, last);
    const r2 = g.row([]);
    g.set(r2, 0, '主管部门');
    g.set(r2, 1, 'XX市XX区委政法委员会');
    g.merge(r2, 1, r2, mid - 1);
    g.set(r2, mid, '实施单位');
    g.set(r2, mid + 1, 'XX区综治中心');
    g.merge(r2, mid + 1, r2, last);
  }
  // funds
  if (fundsBlock) {
    const h = g.row([fundsBlock.label]);
    g.merge(h, 1, h, 2);
    fundsBlock.cols.forEach(([, w], i) => g.set(h, 3 + i, w));
    if (3 + fundsBlock.cols.length - 1 < last) g.merge(h, 3 + fundsBlock.cols.length - 1, h, last);
    fundsBlock.rows.forEach(([label, vals], k) => {
      const r = g.row([]);
      g.set(r, 1, label);
      g.merge(r, 1, r, 2);
      fundsBlock.cols.forEach(([role], i) => {
        const v = vals[role];
        g.set(r, 3 + i, v ?? null);
        if (k === 0) at[`f.${role}`] = [r, 3 + i];
      });
      if (3 + fundsBlock.cols.length - 1 < last) g.merge(r, 3 + fundsBlock.cols.length - 1, r, last);
    });
    g.merge(h, 0, h + fundsBlock.rows.length, 0);
  }
  if (o.goal !== false) {
    const r = g.row(['年度总体目标']);
    g.set(r, 1, '预期目标');
    g.merge(r, 1, r, mid - 1);
    g.set(r, mid, '实际完成情况');
    g.merge(r, mid, r, last);
    const r2 = g.row([]);
    g.set(r2, 1, '加强社区综合治理，开展平安建设宣传和培训，提升群众安全感和满意度。');
    g.merge(r2, 1, r2, mid - 1);
    g.set(r2, mid, '全年开展宣传培训活动，社区治理水平和群众安全感进一步提升。');
    g.merge(r2, mid, r2, last);
    g.merge(r, 0, r2, 0);
  }
  // indicator header
  const two = cols.some(([r]) => r === 't3');
  const hr = g.row([o.block ?? '绩效指标']);
  if (two) g.row([]);
  const colOf: Partial<Record<string, number>> = {};
  let c = 1;
  for (const [role, word] of cols) {
    colOf[role] = c;
    g.set(hr, c, word);
    if (role === 't3') {
      const sub = o.t3Words ?? ['指标性质', '指标值', '度量单位'];
      sub.forEach((w, i) => g.set(hr + 1, c + i, w));
      g.merge(hr, c, hr, c + 2);
      c += 3;
    } else {
      if (two) g.merge(hr, c, hr + 1, c);
      c += 1;
    }
  }
  const lastIndCol = c - 1;
  if (lastIndCol < last) g.merge(hr, lastIndCol, two ? hr + 1 : hr, last);
  // rows
  const first = g.height;
  const l1Sum: Record<string, number> = {};
  for (const x of o.inds) l1Sum[x.l1] = (l1Sum[x.l1] ?? 0) + (x.p ?? 0);
  o.inds.forEach((x) => {
    const r = g.row([]);
    for (const [role] of cols) {
      const cc = colOf[role] as number;
      let v: Cell = null;
      if (role === 'l1') v = o.l1Weights ? `${x.l1}（${l1Sum[x.l1]}分）` : x.l1;
      else if (role === 'l2') v = x.l2;
      else if (role === 'l3') v = x.l3;
      else if (role === 't') v = x.t ?? null;
      else if (role === 'a') v = x.a ?? null;
      else if (role === 'p') v = x.pCell ?? x.p ?? null;
      else if (role === 's') v = x.sCell ?? x.s ?? null;
      else if (role === 'why') v = x.why ?? null;
      else if (role === 't3') {
        const t3 = x.t3 ?? [null, null, null];
        t3.forEach((vv, i) => g.set(r, cc + i, vv));
        continue;
      } else v = x.ex?.[role.slice(2)] ?? null;
      g.set(r, cc, v);
    }
    if (lastIndCol < last) g.merge(r, lastIndCol, r, last);
  });
  // merge l1 / l2 down
  const mergeRuns = (role: IRole, key: (x: Ind) => string) => {
    const cc = colOf[role];
    if (cc === undefined) return;
    let s = 0;
    for (let i = 1; i <= o.inds.length; i++) {
      if (i === o.inds.length || key(o.inds[i]) !== key(o.inds[s])) {
        if (i - 1 > s) {
          g.merge(first + s, cc, first + i - 1, cc);
          for (let k = s + 1; k < i; k++) g.set(first + k, cc, null);
        }
        s = i;
      }
    }
  };
  mergeRuns('l1', (x) => x.l1);
  mergeRuns('l2', (x) => `${x.l1}/${x.l2}`);
  g.merge(hr, 0, g.height - 1, 0);
  // total
  const indPoints = o.inds.reduce((n, x) => n + (x.p ?? 0), 0);
  const indScore = o.inds.reduce((n, x) => n + (x.s ?? 0), 0);
  const points = round2(indPoints + (fundsBlock?.points ?? 0));
  const total = round2(indScore + (fundsBlock?.score ?? 0));
  if (points !== (o.expectPoints ?? 100)) throw new Error(`weights total ${points}`);
  for (const x of o.inds)
    if (x.p !== undefined && x.s !== undefined && x.s < x.p && !x.why) throw new Error(`unexplained ${x.l3}`);
  const tr = g.row([o.totalLabel ?? '总分']);
  const pc = colOf.p as number;
  const sc = colOf.s as number;
  const firstNum = Math.min(o.totalPoints === false ? sc : pc, sc);
  g.merge(tr, 0, tr, firstNum - 1);
  if (o.totalPoints !== false) g.set(tr, pc, points);
  g.set(tr, sc, o.totalScoreCell ? o.totalScoreCell(total) : total);
  at.total = [tr, sc];
  at.totalPoints = [tr, pc];
  at.firstInd = [first, sc];
  at.lastInd = [tr - 1, sc];
  if (Math.max(pc, sc) < last) g.merge(tr, Math.max(pc, sc) + 1, tr, last);
  for (const [label, text] of o.closing ?? []) {
    const r = g.row([label]);
    g.merge(r, 0, r, 1);
    g.set(r, 2, text);
    g.merge(r, 2, r, last);
  }
  const bottom = g.height - 1;
  if (o.signature) {
    const r = g.row(['填表人：王芳']);
    g.set(r, 3, '联系电话：0991-2345678');
    g.set(r, 6, '填报日期：2022年3月15日');
  }
  g.regions.push({ kind: o.kind ?? 'project', r1: top, c1: 0, r2: bottom, c2: last });
  return { grid: g, total, points, at };
}
