import * as XLSX from '@e965/xlsx';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectedFor } from '../../fixtures/build';
import { toExcel } from '../../fixtures/build';
import { workbooks } from '../../fixtures/workbooks';
import { Frame } from 'playwright-core';
import { E2EContext } from '../context';
import { SAMPLE_FILE_NAME } from '../expected';
import { check, checkEqual } from '../harness';
import { newContext, PageDriver } from '../pageDriver';

async function writeFixture(file: string, dir: string): Promise<{ path: string; expectedTables: number }> {
  const workbook = workbooks.find((w) => w.file === file);
  if (!workbook) throw new Error(`no fixture workbook ${file}`);
  const path = join(dir, file);
  await toExcel(workbook).xlsx.writeFile(path);
  const first = expectedFor(workbook)[0];
  return { path, expectedTables: first.regions.length };
}

/** A person's own files: the file picker, drag and drop, and a file that is not a workbook. */
export async function fileScenarios({ runner, browser, url, tmp }: E2EContext): Promise<void> {
  const context = await newContext(browser);
  try {
    const page = await PageDriver.open(context, url);

    await runner.scenario('a workbook picked with 打开 .xlsx 文件… replaces the sample', async () => {
      const { path, expectedTables } = await writeFixture('variant-stacked.xlsx', tmp);
      const [chooser] = await Promise.all([
        page.page.waitForEvent('filechooser'),
        page.page.getByRole('button', { name: '打开 .xlsx 文件…' }).click(),
      ]);
      await chooser.setFiles(path);
      await page.waitForWorkbook('variant-stacked.xlsx');
      checkEqual(await page.sheetTabs(), ['自评表'], 'sheet tabs');
      await page.pane().getByText(`共 ${expectedTables} 张表格，1 个工作表`).waitFor();
    });

    await runner.scenario(
      'an .xls opens; the reader for it loads only then; the download is .xlsx',
      async () => {
        const { path: xlsxPath, expectedTables } = await writeFixture('seed002.xlsx', tmp);
        const loaded = () =>
          page.page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
        check(!(await loaded()).some((u) => /sheet-reader/.test(u)), 'no .xls reader loaded for .xlsx files');
        // An Excel 97-2003 file, written by SheetJS from the fixture (its .xls writer keeps values and merges).
        const wb = XLSX.read(readFileSync(xlsxPath), { cellFormula: true, cellNF: true });
        const xlsPath = join(tmp, '昌吉.xls');
        writeFileSync(xlsPath, XLSX.write(wb, { type: 'buffer', bookType: 'biff8' }) as Buffer);
        const [chooser] = await Promise.all([
          page.page.waitForEvent('filechooser'),
          page.page.getByRole('button', { name: '打开 .xlsx 文件…' }).click(),
        ]);
        await chooser.setFiles(xlsPath);
        await page.waitForWorkbook('昌吉.xls');
        await page.pane().getByText(`共 ${expectedTables} 张表格，1 个工作表`).waitFor();
        check(
          (await loaded()).some((u) => /sheet-reader/.test(u)),
          'the .xls reader was fetched for the .xls',
        );
      },
    );

    await runner.scenario('a workbook dropped on the page opens (the pane frame included)', async () => {
      const { path, expectedTables } = await writeFixture('seed000.xlsx', tmp);
      const bytes = readFileSync(path).toString('base64');
      // A DataTransfer holding the file, made in the frame the event is dispatched in.
      const transferIn = (frame: Frame) =>
        frame.evaluateHandle((data) => {
          const raw = Uint8Array.from(atob(data), (ch) => ch.charCodeAt(0));
          const dt = new DataTransfer();
          dt.items.add(new File([raw], 'seed000.xlsx', { type: '' }));
          return dt;
        }, bytes);
      const overlay = page.page.getByTestId('drop-overlay');
      // Dragged over the grid, then away again: the overlay comes and goes.
      await page.grid().dispatchEvent('dragenter', { dataTransfer: await transferIn(page.page.mainFrame()) });
      await overlay.waitFor();
      await overlay.dispatchEvent('dragleave', { dataTransfer: await transferIn(page.page.mainFrame()) });
      await overlay.waitFor({ state: 'detached' });
      // Dragged in over the pane: its frame hands the drag to the page, whose overlay takes the drop.
      const paneFrame = page.paneFrame();
      await paneFrame
        .locator('body')
        .dispatchEvent('dragenter', { dataTransfer: await transferIn(paneFrame) });
      await overlay.waitFor();
      const transfer = await transferIn(page.page.mainFrame());
      await overlay.dispatchEvent('dragover', { dataTransfer: transfer });
      await overlay.dispatchEvent('drop', { dataTransfer: transfer });
      await page.waitForWorkbook('seed000.xlsx');
      check((await overlay.count()) === 0, 'the drop overlay is gone');
      await page.pane().getByText(`共 ${expectedTables} 张表格，1 个工作表`).waitFor();
    });

    await runner.scenario(
      'a file that is not an .xlsx is refused with a message; the open workbook stays',
      async () => {
        const path = join(tmp, '说明.xlsx');
        writeFileSync(path, '这不是工作簿\n');
        const [chooser] = await Promise.all([
          page.page.waitForEvent('filechooser'),
          page.page.getByRole('button', { name: '打开 .xlsx 文件…' }).click(),
        ]);
        await chooser.setFiles(path);
        await page.page.getByText('不是表格文件（可读取 .xlsx、.xls、.et、.ods）：说明.xlsx').waitFor();
        checkEqual(
          (await page.page.getByTestId('file-name').innerText()).trim(),
          'seed000.xlsx',
          'file still open',
        );
        await page.page.getByRole('button', { name: '打开示例' }).click();
        await page.waitForWorkbook(SAMPLE_FILE_NAME);
        checkEqual(
          page.errors.filter((e) => !/Failed to load resource/.test(e)),
          [],
          'errors in the console',
        );
      },
    );
  } finally {
    await context.close();
  }
}
