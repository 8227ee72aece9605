import { parseRangeA1, rangeToA1 } from '../../src/core/address';
import { CellValue, SheetSnapshot } from '../../src/core/grid';
import type { FixtureCell, FixtureSheet } from '../fixtures/format';

function shiftFormula(formula: string, dRow: number, dCol: number): string {
  // Shift relative A1 references the way the workbook builder does, for in-memory snapshots.
  return formula.replace(
    /(\$?)([A-Z]{1,3})(\$?)(\d+)/g,
    (_m, cAbs: string, letters: string, rAbs: string, digits: string) => {
      let col = 0;
      for (const ch of letters) col = col * 26 + (ch.charCodeAt(0) - 64);
      col -= 1;
      const c = cAbs ? col : col + dCol;
      const r = rAbs ? Number(digits) : Number(digits) + dRow;
      let s = '';
      let n = c + 1;
      while (n > 0) {
        const rem = (n - 1) % 26;
        s = String.fromCharCode(65 + rem) + s;
        n = Math.floor((n - 1) / 26);
      }
      return `${cAbs}${s}${rAbs}${r}`;
    },
  );
}

/** Lays fixture tables onto one in-memory sheet snapshot, as the xlsx builder would (no file round trip). */
export function snapshotOfSheet(sheet: FixtureSheet): SheetSnapshot {
  let rowCount = 0;
  let colCount = 0;
  for (const p of sheet.tables) {
    rowCount = Math.max(rowCount, p.row + p.table.rows.length);
    for (const r of p.table.rows) colCount = Math.max(colCount, p.col + r.length);
  }
  const values: CellValue[][] = Array.from({ length: rowCount }, () =>
    new Array<CellValue>(colCount).fill(null),
  );
  const formulas: (string | null)[][] = Array.from({ length: rowCount }, () =>
    new Array<string | null>(colCount).fill(null),
  );
  const numberFormats: (string | null)[][] = Array.from({ length: rowCount }, () =>
    new Array<string | null>(colCount).fill(null),
  );
  const merges = [];
  for (const p of sheet.tables) {
    p.table.rows.forEach((cells, ri) =>
      cells.forEach((cell: FixtureCell, ci) => {
        const r = p.row + ri;
        const c = p.col + ci;
        if (cell === null || typeof cell === 'string' || typeof cell === 'number') values[r][c] = cell;
        else if ('f' in cell) {
          values[r][c] = cell.v;
          const f = cell.f.startsWith('=') ? cell.f : `=${cell.f}`;
          formulas[r][c] = shiftFormula(f, p.row, p.col);
          numberFormats[r][c] = cell.fmt ?? null;
        } else {
          values[r][c] = cell.n;
          numberFormats[r][c] = cell.fmt;
        }
      }),
    );
    for (const m of p.table.merges) {
      const a = parseRangeA1(m);
      merges.push({
        top: a.top + p.row,
        left: a.left + p.col,
        bottom: a.bottom + p.row,
        right: a.right + p.col,
      });
    }
  }
  return { name: sheet.name, rowCount, colCount, values, formulas, numberFormats, merges };
}

/** Expected regions and findings of a fixture sheet in sheet coordinates, as `kind/layout range` and `rule@cell`. */
export function expectedOfSheet(sheet: FixtureSheet): { regions: string[]; findings: string[] } {
  const regions: string[] = [];
  const findings: string[] = [];
  const shift = (a1: string, dr: number, dc: number): string => {
    const r = parseRangeA1(a1);
    const moved = { top: r.top + dr, left: r.left + dc, bottom: r.bottom + dr, right: r.right + dc };
    return rangeToA1(moved);
  };
  for (const p of sheet.tables) {
    const e = p.table.expectedRegion;
    if (e) regions.push(`${e.kind}/${e.layout} ${shift(e.range, p.row, p.col)}`);
    for (const f of p.table.expectedFindings) findings.push(`${f.rule}@${shift(f.cell, p.row, p.col)}`);
  }
  return { regions, findings: findings.sort() };
}
