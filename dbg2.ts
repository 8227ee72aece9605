import ExcelJS from 'exceljs';
import { snapshotOfWorksheet, workbookContext } from './src/hosts/file/snapshot';
import { analyzeSheet } from './src/core/analyze';
import { Grid } from './src/core/grid';
import { SheetText } from './src/core/detect/sheetText';
import { indicatorHeaders } from './src/core/detect/indicatorHeader';
async function main() {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(process.argv[2]);
  const ws = wb.worksheets[Number(process.argv[3] ?? 0)];
  const snap = snapshotOfWorksheet(ws, workbookContext(wb));
  const r = analyzeSheet(snap);
  for (const g of r.regions) console.log(JSON.stringify({ ...g, funds: undefined, indicators: g.indicators.map((i) => [i.row, i.name, i.score, i.weight]) }));
  console.log(r.findings.map((f) => `${f.rule}@${f.cell} ${f.message}`));
  const grid = new Grid(snap);
  const t = new SheetText(grid);
  console.log(JSON.stringify(indicatorHeaders(t, 0, grid.rowCount - 1, { left: 0, right: grid.colCount - 1 }).map((h) => ({ ...h, roles: [...h.roles] }))));
  if (process.argv[4]) for (let r = 0; r < grid.rowCount; r++) console.log(r, t.labelsInRow(r).map((l) => `${l.col}:${l.norm.slice(0,20)}:${l.area.top}-${l.area.bottom}/${l.area.left}-${l.area.right}`).join(' | '));
}
main();
