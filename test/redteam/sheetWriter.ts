import ExcelJS from 'exceljs';

/** A cell as a person leaves it: a number, text, a formula with its cached result, or a formatted number. */
export type CellInput =
  | number
  | string
  | null
  | { formula: (at: (name: string) => string) => string; result: number | string | { error: '#DIV/0!' } }
  | { value: number; numFmt: string };

/** A form drawn on a relative grid: rows of cells, merged areas and names for the cells tests look at. */
export interface FormDraft {
  rows: CellInput[][];
  /** [top, left, bottom, right], relative and inclusive. */
  merges: [number, number, number, number][];
  names: Record<string, [number, number]>;
  /** Rows (relative) the region covers: from the title row to the closing row. */
  regionRows: [number, number];
  width: number;
  kind: 'project' | 'department' | 'target';
  layout: 'national' | 'hubei2019' | 'wuhan2020' | 'department' | 'target';
}

export function columnLetter(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export const a1 = (row: number, col: number) => `${columnLetter(col)}${row + 1}`;

/** Where a draft landed on a sheet: its region as DOMAIN §6 states it, and its named cells in A1. */
export interface PlacedForm {
  sheet: string;
  kind: string;
  layout: string;
  range: string;
  at(name: string): string;
}

export function setCell(draft: FormDraft, name: string, value: CellInput): void {
  const [r, c] = draft.names[name] ?? fail(`no cell named ${name}`);
  draft.rows[r][c] = value;
}

export function cellOf(draft: FormDraft, name: string): CellInput {
  const [r, c] = draft.names[name] ?? fail(`no cell named ${name}`);
  return draft.rows[r][c];
}

function fail(message: string): never {
  throw new Error(message);
}

/** Writes the draft with its top-left corner at (top, left), 0-based, and says where everything went. */
export function place(ws: ExcelJS.Worksheet, draft: FormDraft, top: number, left: number): PlacedForm {
  const at = (name: string) => {
    const [r, c] = draft.names[name] ?? fail(`no cell named ${name}`);
    return a1(top + r, left + c);
  };
  draft.rows.forEach((row, r) =>
    row.forEach((input, c) => {
      if (input === null || input === undefined) return;
      const cell = ws.getCell(top + r + 1, left + c + 1);
      if (typeof input === 'number' || typeof input === 'string') cell.value = input;
      else if ('formula' in input)
        cell.value = { formula: input.formula(at), result: input.result } as ExcelJS.CellFormulaValue;
      else {
        cell.value = input.value;
        cell.numFmt = input.numFmt;
      }
    }),
  );
  for (const [t, l, b, rr] of draft.merges)
    ws.mergeCells(top + t + 1, left + l + 1, top + b + 1, left + rr + 1);
  const [first, last] = draft.regionRows;
  return {
    sheet: ws.name,
    kind: draft.kind,
    layout: draft.layout,
    range: `${a1(top + first, left)}:${a1(top + last, left + draft.width - 1)}`,
    at,
  };
}

/** Rounds as forms do: two decimals. */
export const round2 = (x: number) => Math.round((x + Number.EPSILON) * 100) / 100;

function numberIn(input: CellInput): number {
  if (typeof input === 'number') return input;
  if (typeof input === 'string') return Number(input.replace(/[分\s]/g, '')) || 0;
  if (input && 'value' in input) return input.value;
  if (input && 'result' in input && typeof input.result === 'number') return input.result;
  return 0;
}

/**
 * After a planted change to a component score, rewrites the total (and grade) as the person would have:
 * the sum of the shown component scores, so that only the planted cell is wrong.
 */
export function retotal(draft: FormDraft): void {
  const parts = Object.keys(draft.names).filter((n) =>
    /^(fundsScore|goalScore|blockScore|ind\d+Score|g\d+i\d+Score)$/.test(n),
  );
  const total = round2(parts.reduce((s, n) => s + numberIn(cellOf(draft, n)), 0));
  const shown = cellOf(draft, 'total');
  if (shown && typeof shown === 'object' && 'formula' in shown)
    setCell(draft, 'total', { ...shown, result: total });
  else setCell(draft, 'total', total);
  if (!draft.names.grade) return;
  const grade = total >= 90 ? '优' : total >= 80 ? '良' : total >= 60 ? '中' : '差';
  const before = cellOf(draft, 'grade');
  setCell(
    draft,
    'grade',
    typeof before === 'string' && before.startsWith('自评等次') ? `自评等次：${grade}` : grade,
  );
}
