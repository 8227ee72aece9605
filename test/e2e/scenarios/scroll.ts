import { join } from 'node:path';
import * as ExcelJS from 'exceljs';
import { E2EContext } from '../context';
import { check, checkEqual } from '../harness';
import { newContext, PageDriver } from '../pageDriver';

const ROWS = 10_000;

/** A plain 10,000-row list (number, text, amounts, a rate formula with its cached result, a fill now and then). */
async function writeLongSheet(path: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet('明细');
  ws.addRow(['序号', '项目名称', '预算数', '执行数', '执行率', '备注']);
  for (let i = 1; i <= ROWS; i++) {
    const budget = 100 + (i % 37);
    const spent = budget - (i % 5);
    const row = ws.addRow([
      i,
      `项目${i}`,
      budget,
      spent,
      { formula: `D${i + 1}/C${i + 1}`, result: spent / budget },
    ]);
    row.getCell(5).numFmt = '0.00%';
    if (i % 100 === 0)
      row.getCell(6).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFEB9C' } };
  }
  ws.getColumn(2).width = 18;
  await book.xlsx.writeFile(path);
}

interface ScrollRun {
  frames: number[];
  maxCells: number;
  ms: number;
}

function percentiles(frames: number[]): { median: number; p95: number; max: number } {
  const sorted = [...frames].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] };
}

/** Scrolls the grid `step` pixels a frame until the bottom, timing every frame. */
function scrollToBottom(page: PageDriver, step: number, maxFrames: number): Promise<ScrollRun> {
  return page.grid().evaluate(
    (grid, { px, limit }) =>
      new Promise<ScrollRun>((resolve) => {
        const frames: number[] = [];
        let maxCells = 0;
        const begin = performance.now();
        let last = begin;
        const tick = () => {
          const now = performance.now();
          frames.push(now - last);
          last = now;
          maxCells = Math.max(maxCells, grid.querySelectorAll('[role=gridcell]').length);
          const bottom = px > 0 && grid.scrollTop + grid.clientHeight >= grid.scrollHeight - 1;
          if (bottom || frames.length > limit) {
            resolve({ frames: frames.slice(1), maxCells, ms: now - begin });
            return;
          }
          grid.scrollTop += px;
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    { px: step, limit: maxFrames },
  );
}

/** Opening and scrolling a 10,000-row sheet: frame times, and the DOM stays the size of the window. */
export async function scrollScenarios({ runner, browser, url, tmp }: E2EContext): Promise<void> {
  const context = await newContext(browser);
  try {
    await runner.scenario(
      `a ${ROWS.toLocaleString('en')}-row sheet opens and scrolls smoothly top to bottom`,
      async () => {
        const path = join(tmp, '长表.xlsx');
        await writeLongSheet(path);
        const page = await PageDriver.open(context, url);
        const start = Date.now();
        await page.page.getByTestId('file-input').setInputFiles(path);
        await page.page.getByTestId('file-name').getByText('长表.xlsx').waitFor();
        await page.grid().waitFor();
        const gridShown = Date.now() - start;
        await page.waitIdle();
        runner.figure(
          `${ROWS}-row sheet: grid shown ${gridShown} ms after picking the file, pane done checking after ${Date.now() - start} ms`,
        );

        // The same page standing still sets the bar: a loaded machine paces every frame slower.
        const idle = percentiles((await scrollToBottom(page, 0, 120)).frames);
        runner.figure(`idle page: frame median ${idle.median.toFixed(1)} ms, p95 ${idle.p95.toFixed(1)} ms`);
        const bar = Math.max(50, idle.p95 * 2.5);

        // A fast wheel (100 px a frame, for 5 s) and a fling (400 px a frame) from the top to the bottom.
        for (const step of [100, 400]) {
          await page.grid().evaluate((grid) => (grid.scrollTop = 0));
          const run = await scrollToBottom(page, step, step === 100 ? 300 : 10_000);
          const f = percentiles(run.frames);
          runner.figure(
            `scroll ${step} px per frame${step === 100 ? '' : ' to the bottom'}: ${run.frames.length} frames in ` +
              `${Math.round(run.ms)} ms, frame median ${f.median.toFixed(1)} ms, p95 ${f.p95.toFixed(1)} ms, ` +
              `max ${f.max.toFixed(1)} ms, at most ${run.maxCells} cells in the DOM`,
          );
          check(run.maxCells < 2500, `the DOM holds only the cells near the window (${run.maxCells})`);
          if (step === 100) {
            check(
              f.p95 < bar,
              `95 % of frames under ${bar.toFixed(0)} ms at ${step} px (p95 ${f.p95.toFixed(1)} ms)`,
            );
          }
        }

        // The last row is there, with its values and its formula's result as Excel would show it.
        const lastRow = ROWS + 1;
        await page.cell(`A${lastRow}`).waitFor();
        checkEqual(await page.cellText(`A${lastRow}`), String(ROWS), 'last number');
        checkEqual(await page.cellText(`B${lastRow}`), `项目${ROWS}`, 'last name');
        const budget = 100 + (ROWS % 37);
        const rate = (((budget - (ROWS % 5)) / budget) * 100).toFixed(2);
        checkEqual(await page.cellText(`E${lastRow}`), `${rate}%`, 'last rate');
        checkEqual(page.errors, [], 'errors in the console');
      },
    );
  } finally {
    await context.close();
  }
}
