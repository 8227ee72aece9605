import { refToA1 } from '../address';
import { readNumber } from '../cellText';
import { Grid } from '../grid';
import { Region } from '../model';
import { presetById } from '../presets';
import { cellsRead } from './expr';
import { formulaTargets } from './targets';
import { TextNumberItem } from './types';

/**
 * Cells our formulas read that hold a pure number as text (`"13"`, `"1,343.08"`, `"13\u3000"`): SUM and N()
 * skip them and operators may refuse them, so they are offered for conversion to numbers first.
 * Text with a unit or a percent sign (`10.00分`, `98.8%`) is left alone: it is what a person wrote.
 */
export function planTextToNumbers(grid: Grid, region: Region): TextNumberItem[] {
  // Which cells are read does not depend on the preset's numbers, only on the region.
  const { targets } = formulaTargets(grid, region, presetById(null));
  const written = new Set(targets.map((t) => `${t.ref.row},${t.ref.col}`));
  const items: TextNumberItem[] = [];
  const seen = new Set<string>();
  for (const t of targets) {
    for (const cell of cellsRead(t.expr)) {
      const key = `${cell.row},${cell.col}`;
      if (seen.has(key) || written.has(key)) continue;
      seen.add(key);
      const v = grid.raw(cell.row, cell.col);
      if (typeof v !== 'string' || grid.formula(cell.row, cell.col)) continue;
      const read = readNumber(v, grid.numberFormat(cell.row, cell.col));
      if (read.kind !== 'number' || !read.pureNumericText) continue;
      const a1 = refToA1(cell);
      items.push({
        sheet: grid.name,
        row: cell.row,
        col: cell.col,
        text: v,
        value: read.value,
        messageZh: `${a1} 的数字“${v}”存为文本，公式会忽略它：转换为数字 ${read.value}。`,
        messageEn: `${a1} holds the number “${v}” as text, which formulas skip: convert it to the number ${read.value}.`,
      });
    }
  }
  return items;
}
