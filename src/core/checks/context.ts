import { CellRef } from '../address';
import { isBlankCell, ParsedNumber, readNumber } from '../cellText';
import { Finding, makeFinding, RuleId } from '../findings';
import { Grid } from '../grid';
import { Region } from '../model';
import { Preset } from '../presets';

/** Tolerances of DOMAIN.md §3. */
export const MONEY_TOLERANCE = 0.005;
export const RATE_TOLERANCE = 0.001;
export const SCORE_TOLERANCE = 0.05;
/** Below this a score is "less than" its weight: forms type scores, so any real difference counts. */
export const SHORTFALL_EPSILON = 0.005;

/** What every check of one region needs: the grid, the region, the preset and a place to put findings. */
export class CheckContext {
  readonly findings: Finding[] = [];

  constructor(
    readonly grid: Grid,
    readonly region: Region,
    readonly regionIndex: number,
    readonly preset: Preset,
  ) {}

  read(ref: CellRef | undefined): ParsedNumber {
    if (!ref) return { kind: 'blank' };
    const a = this.grid.areaOf(ref.row, ref.col);
    return readNumber(this.grid.raw(a.top, a.left), this.grid.numberFormat(a.top, a.left));
  }

  /** The number in a cell, or null when it holds none (blank, text, error). */
  num(ref: CellRef | undefined): number | null {
    const p = this.read(ref);
    return p.kind === 'number' ? p.value : null;
  }

  isBlank(ref: CellRef | undefined): boolean {
    if (!ref) return true;
    const v = this.grid.value(ref.row, ref.col);
    return v === null || isBlankCell(v);
  }

  report(rule: RuleId, ref: CellRef, zh: string, en: string): void {
    const a = this.grid.areaOf(ref.row, ref.col);
    this.findings.push(makeFinding(rule, this.grid.name, a.top, a.left, zh, en, this.regionIndex));
  }
}

/** Prints a number the way forms do: no trailing zeros, at most four decimals. */
export function fmt(n: number): string {
  return String(Math.round(n * 10000) / 10000);
}

/** A rate as the forms show it (number format `0.00%`): two decimals, `97.59%`, `100.00%`. */
export function pct(n: number): string {
  return `${(Math.round(n * 10000) / 100).toFixed(2)}%`;
}
