/**
 * Red-team family 4: Hubei / Wuhan-family self-evaluation forms (hubei2019 project forms, Wuhan district project
 * 自评表, department 整体绩效自评表) written onto ExcelJS worksheets with merges like the published forms.
 *
 * Each writer places one form at a top-left corner and returns the A1 range of the whole table plus the address
 * of every cell a finding may point at (named anchors), so the test can state its expectations by role.
 */
import ExcelJS from 'exceljs';

export type Val = string | number | null;

export interface Placed {
  kind: 'project' | 'department';
  range: string;
  anchors: Record<string, string>;
}

export function colName(c: number): string {
  let s = '';
  let n = c;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function addr(row: number, col: number): string {
  return `${colName(col)}${row}`;
}

/** Writes relative to a top-left corner (row0, col0), both 1-based. Relative indices are 0-based. */
class Pen {
  lastCol = 0;
  constructor(
    readonly ws: ExcelJS.Worksheet,
    readonly row0: number,
    readonly col0: number,
  ) {}
  a(r: number, c: number): string {
    return addr(this.row0 + r, this.col0 + c);
  }
  put(r: number, c: number, v: Val, fmt?: string): string {
    const cell = this.ws.getCell(this.row0 + r, this.col0 + c);
    if (v !== null && v !== '') cell.value = v;
    if (fmt) cell.numFmt = fmt;
    this.lastCol = Math.max(this.lastCol, c);
    return this.a(r, c);
  }
  /** Writes v into (r1,c1) and merges through (r2,c2). */
  span(r1: number, c1: number, r2: number, c2: number, v: Val, fmt?: string): string {
    const at = this.put(r1, c1, v, fmt);
    this.lastCol = Math.max(this.lastCol, c2);
    if (r2 > r1 || c2 > c1) this.ws.mergeCells(this.a(r1, c1) + ':' + this.a(r2, c2));
    return at;
  }
  range(rLast: number, cLast: number): string {
    return `${this.a(0, 0)}:${this.a(rLast, cLast)}`;
  }
}

const PCT = '0.0%';

// ---------------------------------------------------------------------------------------------------------------
// hubei2019-style project form (项目资金（20分） / 项目绩效总目标（20分） / 绩效指标（60分） / 说明)
// ---------------------------------------------------------------------------------------------------------------

export interface HubeiInd {
  l1: string;
  l2: string;
  name?: string;
  target?: string;
  actual?: string;
  reason?: string;
}

export interface HubeiForm {
  /** 'two-line': 项目支出绩效自评表 + （2020年度）; 'one-line': 2021年度项目支出绩效自评表; 'none': untitled */
  title: 'two-line' | 'one-line' | 'none';
  year: number;
  time: string;
  grade: string;
  total: Val;
  name: string;
  detail: string;
  dept: string;
  /** funds sub-rows (中央补助…其他资金): [budget, exec] or null when empty */
  sub: Array<[number, number] | null>;
  budget: number;
  exec: number;
  rate: number;
  fundsScore: Val;
  goalTarget: string;
  goalActual: string;
  goalScore: Val;
  indScore: Val;
  inds: HubeiInd[];
  words: { score: string; target: string; actual: string; reason: string };
  note: string;
  signature?: string;
}

const HUBEI_SUB = ['其中：中央补助', '省补助', '市补助', '国债资金', '区级预算资金', '其他资金'];

/** Merges consecutive equal values of key in rows starting at relative row r0, column c. */
function mergeRuns<T>(
  p: Pen,
  r0: number,
  c: number,
  rows: T[],
  key: (t: T) => string,
): Record<string, string> {
  const cells: Record<string, string> = {};
  let i = 0;
  while (i < rows.length) {
    let j = i;
    while (j + 1 < rows.length && key(rows[j + 1]) === key(rows[i])) j++;
    const at = p.span(r0 + i, c, r0 + j, c, key(rows[i]));
    if (!(key(rows[i]) in cells)) cells[key(rows[i])] = at;
    i = j + 1;
  }
  return cells;
}

export function writeHubei(ws: ExcelJS.Worksheet, row0: number, col0: number, f: HubeiForm): Placed {
  const p = new Pen(ws, row0, col0);
  const A: Record<string, string> = {};
  let r = 0;
  if (f.title === 'two-line') {
    p.span(r++, 0, 0, 7, '项目支出绩效自评表');
    p.span(r, 0, r, 7, `（${f.year}年度）`);
    r++;
  } else if (f.title === 'one-line') {
    p.span(r++, 0, 0, 7, `${f.year}年度项目支出绩效自评表`);
  }
  // header line
  p.span(r, 0, r, 2, `自评时间：${f.time}`);
  p.put(r, 3, '自评等次：');
  A.grade = p.put(r, 4, f.grade);
  p.span(r, 5, r, 6, '自评得分：');
  A.total = p.put(r, 7, f.total);
  r++;
  p.put(r, 0, '项目名称');
  p.span(r, 1, r, 7, f.name);
  r++;
  p.put(r, 0, '合并明细项目');
  p.span(r, 1, r, 7, f.detail);
  r++;
  p.put(r, 0, '主管部门');
  p.span(r, 1, r, 3, f.dept);
  p.put(r, 4, '实施单位');
  p.span(r, 5, r, 7, f.dept);
  r++;
  // funds block: header + 年度资金总额 + 6 sub-rows
  p.span(r, 0, r + 7, 0, '项目资金\n（20分）');
  p.span(r, 1, r, 3, null);
  p.put(r, 4, '全年预算数（A）');
  p.put(r, 5, '全年执行数（B）');
  p.put(r, 6, '预算执行率（B/A)');
  p.put(r, 7, f.words.score);
  r++;
  p.span(r, 1, r, 3, '年度资金总额：');
  A.budget = p.put(r, 4, f.budget);
  A.exec = p.put(r, 5, f.exec);
  A.rate = p.put(r, 6, f.rate, PCT);
  A.fundsScore = p.span(r, 7, r + 6, 7, f.fundsScore);
  r++;
  HUBEI_SUB.forEach((label, i) => {
    p.span(r, 1, r, 3, label);
    const s = f.sub[i];
    if (s) {
      p.put(r, 4, s[0]);
      p.put(r, 5, s[1]);
      p.put(r, 6, Math.round((s[1] / s[0]) * 1000) / 1000, PCT);
    }
    r++;
  });
  // goal block
  p.span(r, 0, r + 1, 0, '项目绩效总目标（20分）');
  p.span(r, 1, r, 3, '年初设定目标');
  p.span(r, 4, r, 6, '全年实际完成情况');
  p.put(r, 7, f.words.score);
  r++;
  p.span(r, 1, r, 3, f.goalTarget);
  p.span(r, 4, r, 6, f.goalActual);
  A.goalScore = p.put(r, 7, f.goalScore);
  r++;
  // indicator block
  const n = f.inds.length;
  A.indLabel = p.span(r, 0, r + n, 0, '绩效指标（60分）');
  p.put(r, 1, '一级指标');
  p.put(r, 2, '二级指标');
  p.put(r, 3, '指标内容');
  p.put(r, 4, f.words.target);
  p.put(r, 5, f.words.actual);
  p.put(r, 6, f.words.reason);
  p.put(r, 7, f.words.score);
  r++;
  mergeRuns(p, r, 1, f.inds, (x) => x.l1);
  mergeRuns(p, r, 2, f.inds, (x) => x.l2);
  f.inds.forEach((x, i) => {
    p.put(r + i, 3, x.name ?? null);
    p.put(r + i, 4, x.target ?? null);
    p.put(r + i, 5, x.actual ?? null);
    A[`reason${i}`] = p.put(r + i, 6, x.reason ?? null);
  });
  A.indScore = p.span(r, 7, r + n - 1, 7, f.indScore);
  r += n;
  p.put(r, 0, '说明');
  p.span(r, 1, r, 7, f.note);
  const range = p.range(r, 7);
  if (f.signature) {
    p.span(r + 2, 0, r + 2, 7, f.signature);
  }
  return { kind: 'project', range, anchors: A };
}

// ---------------------------------------------------------------------------------------------------------------
// Wuhan-style project / department forms (weights inside labels, closing 偏差大… / 改进措施… rows)
// ---------------------------------------------------------------------------------------------------------------

export interface WInd {
  l1: string;
  l2: string;
  name: string;
  target: Val;
  actual: Val;
  score: Val;
}

export interface WuhanWords {
  name: string;
  target: string;
  actual: string;
  score: string;
}

export const WUHAN_WORDS: WuhanWords = {
  name: '指标名称',
  target: '年初目标值（A）',
  actual: '实际完成值（B）',
  score: '得分',
};

export interface WuhanForm {
  /** null: untitled */
  title: string | null;
  unit: string;
  date: string;
  /** header total (自评得分：) — omitted when the form carries a 总分 row instead */
  headerTotal?: Val;
  name: string;
  dept: string;
  impl: string;
  budget: number;
  exec: number;
  rate: number;
  fundsScore: Val;
  /** 项目绩效总目标（20分） block; absent on forms that fold it into the indicator block */
  goal?: { target: string; actual: string; score: Val };
  blockLabel: string;
  inds: WInd[];
  words: WuhanWords;
  /** 总分 row (score column) */
  totalRow?: Val;
  reason: string;
  measures: string;
  /** a 单位主要负责人签批意见 row after the closing rows */
  approval?: boolean;
}

function writeInds(p: Pen, r: number, inds: WInd[], A: Record<string, string>, prefix: string): number {
  const l1 = mergeRuns(p, r, 1, inds, (x) => x.l1);
  for (const [k, v] of Object.entries(l1)) A[`${prefix}l1:${k}`] = v;
  inds.forEach((x, i) => {
    A[`${prefix}l2:${x.l2}`] = p.put(r + i, 2, x.l2);
    p.put(r + i, 3, x.name);
    p.put(r + i, 4, x.target);
    p.put(r + i, 5, x.actual);
    A[`${prefix}score${i}`] = p.put(r + i, 6, x.score);
  });
  return r + inds.length;
}

function writeClosing(
  p: Pen,
  r: number,
  reason: string,
  measures: string,
  A: Record<string, string>,
): number {
  p.span(r, 0, r, 1, '偏差大或目标未完成原因分析');
  A.reason = p.span(r, 2, r, 6, reason);
  r++;
  p.span(r, 0, r, 1, '改进措施及结果应用方案');
  p.span(r, 2, r, 6, measures);
  return r;
}

function writeFunds(
  p: Pen,
  r: number,
  rowLabel: string,
  f: { budget: number; exec: number; rate: number; fundsScore: Val },
  A: Record<string, string>,
): number {
  p.span(r, 0, r + 1, 0, '预算执行情况（万元）（20分）');
  p.span(r, 1, r, 2, null);
  p.put(r, 3, '预算数（A）');
  p.put(r, 4, '执行数（B）');
  p.put(r, 5, '执行率（B/A）');
  p.put(r, 6, '得分（20分*执行率）');
  r++;
  p.span(r, 1, r, 2, rowLabel);
  A.budget = p.put(r, 3, f.budget);
  A.exec = p.put(r, 4, f.exec);
  A.rate = p.put(r, 5, f.rate, PCT);
  A.fundsScore = p.put(r, 6, f.fundsScore);
  return r + 1;
}

export function writeWuhan(ws: ExcelJS.Worksheet, row0: number, col0: number, f: WuhanForm): Placed {
  const p = new Pen(ws, row0, col0);
  const A: Record<string, string> = {};
  let r = 0;
  if (f.title) p.span(r++, 0, 0, 6, f.title);
  p.span(r, 0, r, 3, `单位名称：${f.unit}      填报日期：${f.date}`);
  if (f.headerTotal !== undefined) {
    p.put(r, 5, '自评得分：');
    A.total = p.put(r, 6, f.headerTotal);
  }
  r++;
  p.put(r, 0, '项目名称');
  p.span(r, 1, r, 6, f.name);
  r++;
  p.put(r, 0, '主管部门');
  p.span(r, 1, r, 2, f.dept);
  p.put(r, 3, '项目实施单位');
  p.span(r, 4, r, 6, f.impl);
  r++;
  r = writeFunds(p, r, '年度财政资金总额', f, A);
  if (f.goal) {
    p.span(r, 0, r + 1, 0, '项目绩效总目标（20分）');
    p.span(r, 1, r, 3, '年初设定目标');
    p.span(r, 4, r, 5, '全年实际完成情况');
    p.put(r, 6, '得分');
    r++;
    p.span(r, 1, r, 3, f.goal.target);
    p.span(r, 4, r, 5, f.goal.actual);
    A.goalScore = p.put(r, 6, f.goal.score);
    r++;
  }
  A.blockLabel = p.span(r, 0, r + f.inds.length, 0, f.blockLabel);
  p.put(r, 1, '一级指标');
  p.put(r, 2, '二级指标');
  p.put(r, 3, f.words.name);
  p.put(r, 4, f.words.target);
  p.put(r, 5, f.words.actual);
  p.put(r, 6, f.words.score);
  r = writeInds(p, r + 1, f.inds, A, '');
  if (f.totalRow !== undefined) {
    p.span(r, 0, r, 5, '总分');
    A.total = p.put(r, 6, f.totalRow);
    r++;
  }
  r = writeClosing(p, r, f.reason, f.measures, A);
  // 单位主要负责人签批意见 is one of the closing rows of the table (DOMAIN §8), unlike a signature line
  if (f.approval) {
    r++;
    p.span(r, 0, r, 1, '单位主要负责人签批意见');
    p.span(r, 2, r, 6, '签名：            年    月    日');
  }
  const range = p.range(r, 6);
  return { kind: 'project', range, anchors: A };
}

export interface DeptGoal {
  label: string;
  text: string;
  inds: WInd[];
}

export interface DeptForm {
  title: string;
  date: string;
  total: Val;
  unit: string;
  basic: string;
  project: string;
  budget: number;
  exec: number;
  rate: number;
  fundsScore: Val;
  goals: DeptGoal[];
  words: WuhanWords;
  reason: string;
  measures: string;
}

export function writeDept(ws: ExcelJS.Worksheet, row0: number, col0: number, f: DeptForm): Placed {
  const p = new Pen(ws, row0, col0);
  const A: Record<string, string> = {};
  let r = 0;
  p.span(r++, 0, 0, 6, f.title);
  p.span(r, 0, r, 3, `填报日期：${f.date}`);
  p.put(r, 5, '总分：');
  A.total = p.put(r, 6, f.total);
  r++;
  p.put(r, 0, '单位名称');
  p.span(r, 1, r, 6, f.unit);
  r++;
  p.put(r, 0, '基本支出总额');
  p.span(r, 1, r, 2, f.basic);
  p.put(r, 3, '项目支出总额');
  p.span(r, 4, r, 6, f.project);
  r++;
  r = writeFunds(p, r, '部门整体支出总额', f, A);
  f.goals.forEach((g, gi) => {
    A[`goal${gi + 1}`] = p.span(r, 0, r, 6, `${g.label}：${g.text}`);
    r++;
    p.span(r, 0, r + g.inds.length, 0, `年度绩效指标${gi + 1}`);
    p.put(r, 1, '一级指标');
    p.put(r, 2, '二级指标');
    p.put(r, 3, f.words.name);
    p.put(r, 4, f.words.target);
    p.put(r, 5, f.words.actual);
    p.put(r, 6, f.words.score);
    r = writeInds(p, r + 1, g.inds, A, `g${gi + 1}.`);
  });
  r = writeClosing(p, r, f.reason, f.measures, A);
  return { kind: 'department', range: p.range(r, 6), anchors: A };
}

// ---------------------------------------------------------------------------------------------------------------
// helpers for data
// ---------------------------------------------------------------------------------------------------------------

export function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

export function rate3(budget: number, exec: number): number {
  return Math.round((exec / budget) * 1000) / 1000;
}

export function fundsScoreOf(budget: number, exec: number): number {
  return round2(20 * Math.min(exec / budget, 1));
}

export function gradeOf(total: number): string {
  return total >= 90 ? '优' : total >= 80 ? '良' : total >= 60 ? '中' : '差';
}

export function sumScores(inds: WInd[]): number {
  return round2(inds.reduce((s, x) => s + (typeof x.score === 'number' ? x.score : 0), 0));
}

export function clone<T>(x: T): T {
  return JSON.parse(JSON.stringify(x)) as T;
}
