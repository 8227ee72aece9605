import ExcelJS from 'exceljs';

/**
 * A small, data-driven writer of self-evaluation forms in the structural variants that provinces print.
 * Every case in build.ts is a FormSpec (or two on one sheet); the writer lays it out at a given corner with
 * the merges a typed form has. It returns the addresses it used so a reader of the tests can check them.
 */

/** A cell value: a number, text, empty, or a number with a display format (percent). */
export type V = number | string | null | { n: number; fmt: string };

export const pct = (n: number): V => ({ n, fmt: '0.00%' });

export interface Indicator {
  l1: string;
  l2: string;
  name: string;
  target: V;
  actual: V;
  weight: V;
  score: V;
  reason?: V;
}

export interface FundRow {
  label: string;
  init: V;
  budget: V;
  actual: V;
  weight?: V;
  rate?: V;
  score?: V;
}

export type Role = 'l1' | 'l2' | 'name' | 'target' | 'actual' | 'weight' | 'score' | 'reason';

export interface Column {
  role: Role;
  header: string;
  span?: number;
}

export interface Goal {
  label: string;
  blockLabel: string;
  indicators: Indicator[];
}

export interface FormSpec {
  title: string | null;
  yearLine?: string | null;
  blankAfterTitle?: boolean;
  nameLabel?: string;
  name: string;
  funds: FundRow[];
  fundsLabel?: string;
  fundsBelow?: boolean;
  /** `资金情况（万元）` over the three money columns, 分值/执行率/得分 merged down two rows */
  fundsTwoRowHeader?: boolean;
  overallGoal?: boolean;
  columns: Column[];
  indicatorLabel?: string;
  indicators?: Indicator[];
  goals?: Goal[];
  l1EveryRow?: boolean;
  /** 一级 labels after whose rows an empty row is left inside the table */
  blankRowAfterL1?: string[];
  /** 二级 labels whose 分值 is one cell merged over the group's rows (the first row's weight is written) */
  mergeWeightL2?: string[];
  totalLabel: string;
  totalWeight: V;
  totalScore: V;
  totalReason?: V;
}

export interface Placed {
  firstRow: number;
  lastRow: number;
  firstCol: number;
  lastCol: number;
  addr: Record<string, string>;
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

export const a1 = (r: number, c: number): string => `${colName(c)}${r}`;

function put(ws: ExcelJS.Worksheet, r: number, c: number, v: V | undefined): void {
  if (v === null || v === undefined) return;
  const cell = ws.getCell(r, c);
  if (typeof v === 'object') {
    cell.value = v.n;
    cell.numFmt = v.fmt;
  } else {
    cell.value = v;
  }
}

function merge(ws: ExcelJS.Worksheet, r1: number, c1: number, r2: number, c2: number): void {
  if (r1 === r2 && c1 === c2) return;
  ws.mergeCells(r1, c1, r2, c2);
}

/** Writes one form with its top-left corner at (row, col), 1-based. */
export function writeForm(ws: ExcelJS.Worksheet, spec: FormSpec, row: number, col: number): Placed {
  const addr: Record<string, string> = {};
  const width = 1 + spec.columns.reduce((s, c) => s + (c.span ?? 1), 0);
  const c0 = col;
  const cEnd = col + width - 1;
  let r = row;

  if (spec.title !== null) {
    put(ws, r, c0, spec.title);
    merge(ws, r, c0, r, cEnd);
    addr.title = a1(r, c0);
    r++;
    if (spec.blankAfterTitle) r++;
  }
  if (spec.yearLine) {
    put(ws, r, c0, spec.yearLine);
    merge(ws, r, c0, r, cEnd);
    r++;
  }
  // name rows
  put(ws, r, c0, spec.nameLabel ?? '项目名称');
  put(ws, r, c0 + 1, spec.name);
  merge(ws, r, c0 + 1, r, cEnd);
  addr.nameRow = a1(r, c0);
  r++;
  const half = c0 + Math.floor(width / 2);
  put(ws, r, c0, '主管部门');
  put(ws, r, c0 + 1, 'XX区司法局');
  merge(ws, r, c0 + 1, r, half - 1);
  put(ws, r, half, '实施单位');
  put(ws, r, half + 1, 'XX区司法局');
  merge(ws, r, half + 1, r, cEnd);
  r++;

  // funds columns: label at c0, row label c0+1 .. cEnd-6, six data columns
  const fc = {
    init: cEnd - 5,
    budget: cEnd - 4,
    actual: cEnd - 3,
    weight: cEnd - 2,
    rate: cEnd - 1,
    score: cEnd,
  };
  const writeFunds = (): void => {
    const top = r;
    const headerRows = spec.fundsTwoRowHeader ? 2 : 1;
    if (spec.fundsTwoRowHeader) {
      merge(ws, r, c0 + 1, r + 1, fc.init - 1);
      put(ws, r, fc.init, '资金情况（万元）');
      merge(ws, r, fc.init, r, fc.actual);
      put(ws, r + 1, fc.init, '年初预算数');
      put(ws, r + 1, fc.budget, '全年预算数');
      put(ws, r + 1, fc.actual, '全年执行数');
      put(ws, r, fc.weight, '分值');
      put(ws, r, fc.rate, '执行率');
      put(ws, r, fc.score, '得分');
      for (const c of [fc.weight, fc.rate, fc.score]) merge(ws, r, c, r + 1, c);
    } else {
      merge(ws, r, c0 + 1, r, fc.init - 1);
      put(ws, r, fc.init, '年初预算数');
      put(ws, r, fc.budget, '全年预算数');
      put(ws, r, fc.actual, '全年执行数');
      put(ws, r, fc.weight, '分值');
      put(ws, r, fc.rate, '执行率');
      put(ws, r, fc.score, '得分');
    }
    r += headerRows;
    spec.funds.forEach((f, i) => {
      put(ws, r, c0 + 1, f.label);
      merge(ws, r, c0 + 1, r, fc.init - 1);
      put(ws, r, fc.init, f.init);
      put(ws, r, fc.budget, f.budget);
      put(ws, r, fc.actual, f.actual);
      put(ws, r, fc.weight, f.weight ?? '—');
      put(ws, r, fc.rate, f.rate ?? '—');
      put(ws, r, fc.score, f.score ?? '—');
      for (const k of ['init', 'budget', 'actual', 'weight', 'rate', 'score'] as const)
        addr[`fund${i}.${k}`] = a1(r, fc[k]);
      r++;
    });
    put(ws, top, c0, spec.fundsLabel ?? '项目资金（万元）');
    merge(ws, top, c0, r - 1, c0);
  };

  if (!spec.fundsBelow) writeFunds();

  if (spec.overallGoal !== false) {
    put(ws, r, c0, '年度总体目标');
    merge(ws, r, c0, r + 1, c0);
    put(ws, r, c0 + 1, '预期目标');
    merge(ws, r, c0 + 1, r, half);
    put(ws, r, half + 1, '实际完成情况');
    merge(ws, r, half + 1, r, cEnd);
    put(ws, r + 1, c0 + 1, '开展法治宣传教育，提升群众法治意识。');
    merge(ws, r + 1, c0 + 1, r + 1, half);
    put(ws, r + 1, half + 1, '全年开展法治宣传培训，群众法治意识明显提高。');
    merge(ws, r + 1, half + 1, r + 1, cEnd);
    r += 2;
  }

  // indicator column positions
  const pos: Partial<Record<Role, number>> = {};
  const span: Partial<Record<Role, number>> = {};
  {
    let c = c0 + 1;
    for (const column of spec.columns) {
      pos[column.role] = c;
      span[column.role] = column.span ?? 1;
      c += column.span ?? 1;
    }
  }
  const writeHeader = (): void => {
    for (const column of spec.columns) {
      const c = pos[column.role] as number;
      put(ws, r, c, column.header);
      merge(ws, r, c, r, c + (column.span ?? 1) - 1);
      addr[`header.${column.role}`] = addr[`header.${column.role}`] ?? a1(r, c);
    }
    r++;
  };
  let n = 0;
  const writeIndicators = (list: Indicator[]): void => {
    let i = 0;
    while (i < list.length) {
      const l1 = list[i].l1;
      let j = i;
      while (j < list.length && list[j].l1 === l1) j++;
      const l1Top = r;
      let k = i;
      while (k < j) {
        const l2 = list[k].l2;
        let m = k;
        while (m < j && list[m].l2 === l2) m++;
        const l2Top = r;
        const mergeWeight = spec.mergeWeightL2?.includes(l2) ?? false;
        for (let t = k; t < m; t++) {
          const ind = list[t];
          if (spec.l1EveryRow && pos.l1) put(ws, r, pos.l1, ind.l1);
          const cells: [Role, V | undefined][] = [
            ['name', ind.name],
            ['target', ind.target],
            ['actual', ind.actual],
            ['score', ind.score],
            ['reason', ind.reason],
          ];
          if (!mergeWeight || t === k) cells.push(['weight', ind.weight]);
          for (const [role, v] of cells) {
            const c = pos[role];
            if (c === undefined) continue;
            put(ws, r, c, v);
            merge(ws, r, c, r, c + (span[role] ?? 1) - 1);
            addr[`ind${n}.${role}`] = a1(r, c);
          }
          n++;
          r++;
        }
        if (pos.l2) {
          put(ws, l2Top, pos.l2, l2);
          merge(ws, l2Top, pos.l2, r - 1, pos.l2);
        }
        if (mergeWeight && pos.weight) merge(ws, l2Top, pos.weight, r - 1, pos.weight);
        k = m;
      }
      if (pos.l1 && !spec.l1EveryRow) {
        put(ws, l1Top, pos.l1, l1);
        merge(ws, l1Top, pos.l1, r - 1, pos.l1);
      }
      if (spec.blankRowAfterL1?.includes(l1)) r++;
      i = j;
    }
  };

  if (spec.goals) {
    spec.goals.forEach((g, gi) => {
      put(ws, r, c0, g.label);
      merge(ws, r, c0, r, cEnd);
      addr[`goal${gi}`] = a1(r, c0);
      r++;
      const top = r;
      writeHeader();
      writeIndicators(g.indicators);
      put(ws, top, c0, g.blockLabel);
      merge(ws, top, c0, r - 1, c0);
    });
  } else {
    const top = r;
    writeHeader();
    writeIndicators(spec.indicators ?? []);
    put(ws, top, c0, spec.indicatorLabel ?? '绩效指标');
    merge(ws, top, c0, r - 1, c0);
  }

  if (spec.fundsBelow) writeFunds();

  const wCol = pos.weight ?? fc.weight;
  const sCol = pos.score ?? fc.score;
  put(ws, r, c0, spec.totalLabel);
  merge(ws, r, c0, r, Math.min(wCol, sCol) - 1);
  put(ws, r, wCol, spec.totalWeight);
  put(ws, r, sCol, spec.totalScore);
  if (pos.reason) {
    put(ws, r, pos.reason, spec.totalReason);
    merge(ws, r, pos.reason, r, pos.reason + (span.reason ?? 1) - 1);
  }
  addr.totalWeight = a1(r, wCol);
  addr.totalScore = a1(r, sCol);
  const lastRow = r;
  return { firstRow: row, lastRow, firstCol: c0, lastCol: cEnd, addr };
}

/** The national 8-role indicator header. */
export const NATIONAL_COLUMNS: Column[] = [
  { role: 'l1', header: '一级指标' },
  { role: 'l2', header: '二级指标' },
  { role: 'name', header: '三级指标' },
  { role: 'target', header: '年度指标值' },
  { role: 'actual', header: '实际完成值' },
  { role: 'weight', header: '分值' },
  { role: 'score', header: '得分' },
  { role: 'reason', header: '偏差原因分析及改进措施' },
];

export const FUNDS: FundRow[] = [
  { label: '年度资金总额', init: 100, budget: 100, actual: 95, weight: 10, rate: pct(0.95), score: 9.5 },
  { label: '其中：当年财政拨款', init: 80, budget: 80, actual: 76 },
  { label: '上年结转资金', init: 20, budget: 20, actual: 19 },
  { label: '其他资金', init: 0, budget: 0, actual: 0 },
];

/** Seven indicators, all met, full marks: weights 90 (产出 50, 效益 30, 满意度 10). */
export function indicators(): Indicator[] {
  return [
    {
      l1: '产出指标',
      l2: '数量指标',
      name: '开展法治宣传培训人次',
      target: '≥500人次',
      actual: '520人次',
      weight: 15,
      score: 15,
    },
    {
      l1: '产出指标',
      l2: '数量指标',
      name: '覆盖社区个数',
      target: '≥12个',
      actual: '12个',
      weight: 10,
      score: 10,
    },
    {
      l1: '产出指标',
      l2: '质量指标',
      name: '培训考核合格率',
      target: '≥95%',
      actual: '97%',
      weight: 15,
      score: 15,
    },
    {
      l1: '产出指标',
      l2: '时效指标',
      name: '项目完成时间',
      target: '12月31日前',
      actual: '12月20日',
      weight: 10,
      score: 10,
    },
    {
      l1: '效益指标',
      l2: '社会效益指标',
      name: '群众法治意识',
      target: '逐步提高',
      actual: '明显提高',
      weight: 15,
      score: 15,
    },
    {
      l1: '效益指标',
      l2: '可持续影响指标',
      name: '普法长效机制',
      target: '建立',
      actual: '已建立',
      weight: 15,
      score: 15,
    },
    {
      l1: '满意度指标',
      l2: '服务对象满意度指标',
      name: '参训群众满意度',
      target: '≥90%',
      actual: '95%',
      weight: 10,
      score: 10,
    },
  ];
}

/** The clean national form: A1:I20. */
export function nationalSpec(): FormSpec {
  return {
    title: '项目支出绩效自评表',
    yearLine: '（2023年度）',
    name: '法治宣传教育专项经费',
    funds: FUNDS.map((f) => ({ ...f })),
    columns: NATIONAL_COLUMNS.map((c) => ({ ...c })),
    indicators: indicators(),
    totalLabel: '总分',
    totalWeight: 100,
    totalScore: 99.5,
  };
}

export async function writeBook(
  file: string,
  sheets: { name: string; forms: { spec: FormSpec; row: number; col: number }[] }[],
): Promise<Record<string, Placed[]>> {
  const wb = new ExcelJS.Workbook();
  const out: Record<string, Placed[]> = {};
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    out[s.name] = s.forms.map((f) => writeForm(ws, f.spec, f.row, f.col));
  }
  await wb.xlsx.writeFile(file);
  return out;
}
