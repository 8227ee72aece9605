/**
 * The bench's workbook: one sheet of stacked national forms as selfeval inserts them (the template
 * catalogue), each filled in as a person would and saved with the values its formulas then show, a few
 * with a planted fault.
 */
import * as ExcelJS from 'exceljs';
import { CellRef } from '../src/core/address';
import { planFormulas } from '../src/core/formulas';
import { CellValue, Grid } from '../src/core/grid';
import { Region } from '../src/core/model';
import { presetById } from '../src/core/presets';
import { TemplateCell, TemplateSpec } from '../src/core/templateSpec';
import { BuiltTemplate, buildTemplateForm, templateToSnapshot } from '../src/core/templates';
import { writeTemplate } from '../src/hosts/file/writeTemplate';

export const SHEET = '自评表';
const TEMPLATE = 'national';
const PRESET = presetById('national-2020');
const GAP_ROWS = 2;
/** 项目名称's text cell, relative to the form's A1 (the template puts it in C3). */
const PROJECT_NAME: CellRef = { row: 2, col: 2 };

/** What a person types into the template's indicator rows, in its order (数量 … 服务对象满意度). */
const INDICATORS = [
  { name: '开展矛盾纠纷排查次数', target: '≥12次', actual: '12次' },
  { name: '调解成功率', target: '≥95%', actual: '98.8%' },
  { name: '资金支付及时率', target: '100%', actual: '100%' },
  { name: '人均培训成本', target: '≤300元', actual: '280元' },
  { name: '挽回群众经济损失', target: '≥50万元', actual: '62万元' },
  { name: '群众安全感', target: '≥95%', actual: '96.2%' },
  { name: '调解场所环境', target: '逐步改善', actual: '已改善' },
  { name: '调解员队伍稳定率', target: '≥90%', actual: '93%' },
  { name: '群众满意度', target: '≥90%', actual: '95%' },
];

export interface Planted {
  fundSum: number;
  overMax: number;
  missingReason: number;
  rate: number;
}

/** One cell as typed, relative to the form's A1; `formula: null` types over the template's formula. */
interface Typed {
  ref: CellRef;
  value: CellValue;
  formula?: null;
}

const key = (row: number, col: number) => `${row},${col}`;
const round2 = (n: number) => Math.round(n * 100) / 100;

function valueAt(spec: TemplateSpec, ref: CellRef | undefined): CellValue {
  return spec.cells.find((c) => ref && c.row === ref.row && c.col === ref.col)?.value ?? null;
}

/** What a person typed into form `index`, counting the faults planted in it. */
function typedInto(form: BuiltTemplate, index: number, planted: Planted): Typed[] {
  const { region, spec } = form;
  const typed: Typed[] = [];
  const put = (ref: CellRef | undefined, value: CellValue) => {
    if (ref) typed.push({ ref, value });
  };
  put(PROJECT_NAME, `第${index + 1}号综治专项经费`);

  const funds = region.funds as NonNullable<Region['funds']>;
  const budget = 100 + (index % 17) * 10;
  const actual = round2(budget * 0.9);
  let shownBudget = budget;
  if (index % 25 === 7) {
    shownBudget = budget + 5; // total no longer the sum of its parts
    planted.fundSum++;
  }
  put(funds.total.initialBudget, budget);
  put(funds.total.budget, shownBudget);
  put(funds.total.actual, actual);
  const parts: [number, number][] = [
    [budget - 20, actual - 20],
    [20, 20],
    [0, 0],
  ];
  funds.parts.forEach((part, i) => {
    put(part.initialBudget, parts[i][0]);
    put(part.budget, parts[i][0]);
    put(part.actual, parts[i][1]);
  });
  if (index % 60 === 5 && funds.total.rate) {
    typed.push({ ref: funds.total.rate, value: 0.95, formula: null }); // typed over instead of recomputed
    planted.rate++;
  }

  region.indicators.forEach((ind, i) => {
    const line = INDICATORS[i];
    const weight = Number(valueAt(spec, ind.weight));
    let actualText = line.actual;
    let score = weight;
    if (i === 1 && index % 50 === 11) {
      actualText = '90%'; // short of ≥95%, points taken off, no reason given
      score = weight - 2;
      planted.missingReason++;
    }
    if (i === 0 && index % 40 === 3) {
      score = weight + 2; // more than the weight
      planted.overMax++;
    }
    put(ind.nameCell, line.name);
    put(ind.target, line.target);
    put(ind.actual, actualText);
    put(ind.score, score);
  });
  return typed;
}

/** Cells keyed by `row,col` relative to the form's A1, with `typed` put in. */
function withTyped(
  cells: readonly TemplateCell[],
  top: number,
  typed: readonly Typed[],
): Map<string, TemplateCell> {
  const byKey = new Map(cells.map((c) => [key(c.row - top, c.col), { ...c }]));
  for (const t of typed) {
    const cell = byKey.get(key(t.ref.row, t.ref.col)) ?? { row: t.ref.row + top, col: t.ref.col };
    cell.value = t.value;
    if (t.formula === null) delete cell.formula;
    byKey.set(key(t.ref.row, t.ref.col), cell);
  }
  return byKey;
}

/**
 * The typed cells and what the form's formulas show once they are in (as Excel saves them), computed on
 * the form at A1 by the planner that writes those formulas; a cell typed over its formula keeps its value.
 */
function filledIn(atA1: BuiltTemplate, typed: Typed[]): Typed[] {
  const spec = { ...atA1.spec, cells: [...withTyped(atA1.spec.cells, 0, typed).values()] };
  const grid = new Grid(templateToSnapshot(spec));
  const plan = planFormulas(grid, { ...atA1.region, sheet: grid.name }, PRESET);
  const shown = plan.items
    .filter((item) => item.status !== 'conflict')
    .map((item): Typed => ({ ref: { row: item.row, col: item.col }, value: item.computed }));
  return [...typed, ...shown];
}

function buildForm(anchor: CellRef): BuiltTemplate {
  const form = buildTemplateForm(TEMPLATE, anchor, PRESET);
  if (!form) throw new Error(`no template ${TEMPLATE}`);
  return form;
}

/** `tables` filled national forms stacked on one sheet, with the faults planted in them. */
export function buildWorkbook(tables: number): { workbook: ExcelJS.Workbook; planted: Planted } {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet(SHEET);
  const planted: Planted = { fundSum: 0, overMax: 0, missingReason: 0, rate: 0 };
  const atA1 = buildForm({ row: 0, col: 0 });
  if (atA1.region.indicators.length !== INDICATORS.length) {
    throw new Error(`the ${TEMPLATE} template has ${atA1.region.indicators.length} indicator rows`);
  }
  const step = atA1.spec.range.bottom + 1 + GAP_ROWS;
  for (let i = 0; i < tables; i++) {
    const top = i * step;
    const placed = buildForm({ row: top, col: 0 }).spec;
    const cells = withTyped(placed.cells, top, filledIn(atA1, typedInto(atA1, i, planted)));
    writeTemplate(ws, { ...placed, cells: [...cells.values()] });
  }
  return { workbook, planted };
}
