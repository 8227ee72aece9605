import { CellValue, isErrorValue } from '../grid';
import { Expr } from './expr';
import { coerceTextToNumber, spreadsheetRound } from './spreadsheetMath';

/** Reads the value a formula sees in a cell: null for an empty cell, error values as their code text. */
export type CellSource = (row: number, col: number) => CellValue;

interface ErrorScalar {
  error: string;
}

/** What a formula handles in flight: an empty cell (null) stays distinct from the text "". */
type Scalar = number | string | boolean | null | ErrorScalar;

const isError = (v: unknown): v is ErrorScalar => typeof v === 'object' && v !== null && !Array.isArray(v);

const VALUE_ERROR: ErrorScalar = { error: '#VALUE!' };
const DIV0_ERROR: ErrorScalar = { error: '#DIV/0!' };
const NUM_ERROR: ErrorScalar = { error: '#NUM!' };

function fromCell(v: CellValue): Scalar {
  if (isErrorValue(v)) return { error: v.trim() };
  return v;
}

/** What `+ - * /`, ROUND and a computed MIN argument read: text is coerced or is #VALUE!. */
function toNumber(v: Scalar): number | ErrorScalar {
  if (isError(v)) return v;
  if (v === null) return 0;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') return v;
  const n = coerceTextToNumber(v);
  return n === null ? VALUE_ERROR : n;
}

function toBoolean(v: Scalar): boolean | ErrorScalar {
  if (isError(v)) return v;
  if (v === null) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  const upper = v.trim().toUpperCase();
  if (upper === 'TRUE') return true;
  if (upper === 'FALSE') return false;
  return VALUE_ERROR;
}

function finite(n: number): number | ErrorScalar {
  return Number.isFinite(n) ? n : NUM_ERROR;
}

/** Type order of comparisons: numbers < text < booleans; an empty cell takes the other side's type. */
function compare(a: Scalar, b: Scalar): number | ErrorScalar {
  if (isError(a)) return a;
  if (isError(b)) return b;
  const blankLike = (x: Scalar, other: Scalar): Scalar => {
    if (x !== null) return x;
    if (typeof other === 'string') return '';
    if (typeof other === 'boolean') return false;
    return 0;
  };
  const x = blankLike(a, b);
  const y = blankLike(b, a);
  const rank = (v: Scalar) => (typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2);
  if (rank(x) !== rank(y)) return rank(x) - rank(y);
  if (typeof x === 'string' && typeof y === 'string') {
    const p = x.toLowerCase();
    const q = y.toLowerCase();
    return p < q ? -1 : p > q ? 1 : 0;
  }
  const p = Number(x);
  const q = Number(y);
  return p < q ? -1 : p > q ? 1 : 0;
}

/** Numbers an aggregate reads: references give only their numbers, other arguments are coerced. */
function aggregateNumbers(args: Expr[], source: CellSource): number[] | ErrorScalar {
  const out: number[] = [];
  for (const arg of args) {
    if (arg.kind === 'ref' || arg.kind === 'range') {
      const r =
        arg.kind === 'ref' ? { top: arg.row, bottom: arg.row, left: arg.col, right: arg.col } : arg.range;
      for (let row = r.top; row <= r.bottom; row++) {
        for (let col = r.left; col <= r.right; col++) {
          const v = fromCell(source(row, col));
          if (isError(v)) return v;
          if (typeof v === 'number') out.push(v);
        }
      }
    } else {
      const n = toNumber(evaluateScalar(arg, source));
      if (isError(n)) return n;
      out.push(n);
    }
  }
  return out;
}

function evaluateCall(name: string, args: Expr[], source: CellSource): Scalar {
  switch (name) {
    case 'IF': {
      const cond = toBoolean(evaluateScalar(args[0], source));
      if (isError(cond)) return cond;
      const branch = cond ? args[1] : args[2];
      if (!branch) return cond ? true : false;
      const v = evaluateScalar(branch, source);
      // A formula that returns an empty cell shows 0.
      return v === null ? 0 : v;
    }
    case 'N': {
      const v = evaluateScalar(args[0], source);
      if (isError(v)) return v;
      if (typeof v === 'number') return v;
      if (typeof v === 'boolean') return v ? 1 : 0;
      return 0;
    }
    case 'ROUND': {
      const x = toNumber(evaluateScalar(args[0], source));
      if (isError(x)) return x;
      const d = toNumber(evaluateScalar(args[1], source));
      if (isError(d)) return d;
      return spreadsheetRound(x, d);
    }
    case 'MIN':
    case 'MAX':
    case 'SUM': {
      const nums = aggregateNumbers(args, source);
      if (isError(nums)) return nums;
      if (name === 'SUM') return finite(nums.reduce((a, b) => a + b, 0));
      if (nums.length === 0) return 0;
      return name === 'MIN' ? Math.min(...nums) : Math.max(...nums);
    }
    default:
      return { error: '#NAME?' };
  }
}

function evaluateScalar(e: Expr, source: CellSource): Scalar {
  switch (e.kind) {
    case 'number':
      return e.value;
    case 'text':
      return e.value;
    case 'ref':
      return fromCell(source(e.row, e.col));
    case 'range':
      // A bare range outside an aggregate is not something we write.
      return VALUE_ERROR;
    case 'call':
      return evaluateCall(e.name, e.args, source);
    case 'binary': {
      const left = evaluateScalar(e.left, source);
      const right = evaluateScalar(e.right, source);
      if (e.op === '=' || e.op === '>=') {
        const c = compare(left, right);
        if (isError(c)) return c;
        return e.op === '=' ? c === 0 : c >= 0;
      }
      const a = toNumber(left);
      if (isError(a)) return a;
      const b = toNumber(right);
      if (isError(b)) return b;
      if (e.op === '+') return finite(a + b);
      if (e.op === '-') return finite(a - b);
      if (e.op === '*') return finite(a * b);
      return b === 0 ? DIV0_ERROR : finite(a / b);
    }
  }
}

/**
 * The value a spreadsheet shows for the formula, with the semantics Excel, WPS and LibreOffice share:
 * N() and aggregates skip text, operators coerce numeric text, `""` is text, errors propagate.
 * Error results are returned as their code (`#DIV/0!`), the way hosts report them.
 */
export function evaluate(e: Expr, source: CellSource): CellValue {
  const v = evaluateScalar(e, source);
  if (isError(v)) return v.error;
  // A top-level reference to an empty cell shows 0.
  return v === null ? 0 : v;
}
