import { CellRange, CellRef, rangeToA1, toA1 } from '../address';

/**
 * The formulas we write, as data: one tree both prints the formula text and evaluates the value it will
 * produce, so the text a host stores and the value we promise can never drift apart.
 */
export type FunctionName = 'IF' | 'N' | 'ROUND' | 'MIN' | 'MAX' | 'SUM';
export type BinaryOperator = '+' | '-' | '*' | '/' | '=' | '>=';

export type Expr =
  | { kind: 'number'; value: number }
  | { kind: 'text'; value: string }
  | { kind: 'ref'; row: number; col: number }
  | { kind: 'range'; range: CellRange }
  | { kind: 'call'; name: FunctionName; args: Expr[] }
  | { kind: 'binary'; op: BinaryOperator; left: Expr; right: Expr };

export const num = (value: number): Expr => ({ kind: 'number', value });
export const text = (value: string): Expr => ({ kind: 'text', value });
export const ref = (cell: CellRef): Expr => ({ kind: 'ref', row: cell.row, col: cell.col });
export const range = (r: CellRange): Expr => ({ kind: 'range', range: r });
export const call = (name: FunctionName, ...args: Expr[]): Expr => ({ kind: 'call', name, args });
export const binary = (op: BinaryOperator, left: Expr, right: Expr): Expr => ({
  kind: 'binary',
  op,
  left,
  right,
});

const PRECEDENCE: Record<BinaryOperator, number> = { '=': 1, '>=': 1, '+': 2, '-': 2, '*': 3, '/': 3 };

function formatNumber(value: number): string {
  // Formula literals never need an exponent for the points and bands we write (0.5, 20, 90).
  return String(value);
}

function print(e: Expr): string {
  switch (e.kind) {
    case 'number':
      return formatNumber(e.value);
    case 'text':
      return `"${e.value.replace(/"/g, '""')}"`;
    case 'ref':
      return toA1(e.row, e.col);
    case 'range': {
      const a1 = rangeToA1(e.range);
      return a1;
    }
    case 'call':
      return `${e.name}(${e.args.map(print).join(',')})`;
    case 'binary': {
      const p = PRECEDENCE[e.op];
      const left =
        e.left.kind === 'binary' && PRECEDENCE[e.left.op] < p ? `(${print(e.left)})` : print(e.left);
      // Same precedence on the right needs parentheses too: a-(b-c), a/(b*c).
      const right =
        e.right.kind === 'binary' && PRECEDENCE[e.right.op] <= p ? `(${print(e.right)})` : print(e.right);
      return `${left}${e.op}${right}`;
    }
  }
}

/** Formula text with its leading `=`, as Excel, WPS and LibreOffice all read it. */
export function formulaText(e: Expr): string {
  return `=${print(e)}`;
}

/** Every cell an expression reads (ranges expanded), in reading order, without repeats. */
export function cellsRead(e: Expr): CellRef[] {
  const out: CellRef[] = [];
  const seen = new Set<string>();
  const add = (row: number, col: number) => {
    const key = `${row},${col}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ row, col });
  };
  const walk = (x: Expr) => {
    if (x.kind === 'ref') add(x.row, x.col);
    else if (x.kind === 'range') {
      for (let r = x.range.top; r <= x.range.bottom; r++) {
        for (let c = x.range.left; c <= x.range.right; c++) add(r, c);
      }
    } else if (x.kind === 'call') x.args.forEach(walk);
    else if (x.kind === 'binary') {
      walk(x.left);
      walk(x.right);
    }
  };
  walk(e);
  return out;
}
