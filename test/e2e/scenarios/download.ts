import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileHost } from '../../../src/hosts/file/fileHost';
import { makeProfile, recalculate } from '../../calc/libreoffice';
import { sameShownValue } from '../../calc/workbooks';
import { E2EContext } from '../context';
import { SAMPLE_SHEETS } from '../expected';
import { check, checkEqual } from '../harness';
import { newContext, PageDriver } from '../pageDriver';

/** The changed workbook downloaded from the page, opened in LibreOffice (recalculating every formula). */
export async function downloadScenarios({ runner, browser, url, tmp }: E2EContext): Promise<void> {
  const context = await newContext(browser);
  try {
    await runner.scenario(
      'the downloaded workbook opens in LibreOffice with the values the page shows',
      async () => {
        const page = await PageDriver.open(context, url);
        await page.paneButton('标记问题').click();
        await page
          .pane()
          .getByText(/已标记 \d+ 个单元格/)
          .waitFor();
        await page.paneTab('写入公式');
        await page.paneButton(/^写入 \d+ 个单元格$/).click();
        await page
          .pane()
          .getByText(/^已写入 \d+ 个单元格。/)
          .waitFor();
        await page.waitIdle();
        const shown = await page.snapshots();

        const [download] = await Promise.all([
          page.page.waitForEvent('download'),
          page.page.getByRole('button', { name: '下载已校验文件' }).click(),
        ]);
        checkEqual(download.suggestedFilename(), '绩效自评表示例-已校验.xlsx', 'file name offered');
        const saved = join(tmp, 'downloaded.xlsx');
        await download.saveAs(saved);
        await page.page.getByText('已下载“绩效自评表示例-已校验.xlsx”').waitFor();

        const start = Date.now();
        const recalculated = join(tmp, 'recalculated');
        await recalculate(makeProfile(join(tmp, 'lo-profile')), [saved], recalculated);
        runner.figure(`LibreOffice load + recalculate + save of the download: ${Date.now() - start} ms`);
        const host = await FileHost.fromData(
          readFileSync(join(recalculated, 'downloaded.xlsx')),
          'downloaded.xlsx',
        );
        checkEqual(await host.sheetNames(), SAMPLE_SHEETS, 'sheets in LibreOffice');
        let compared = 0;
        let formulas = 0;
        for (const mine of shown) {
          const theirs = await host.readSheet(mine.name);
          for (let r = 0; r < mine.rowCount; r++) {
            for (let c = 0; c < mine.colCount; c++) {
              const expected = mine.values[r][c];
              const read = theirs.values[r]?.[c] ?? null;
              check(
                sameShownValue(read, expected),
                `${mine.name}!R${r + 1}C${c + 1}: page ${JSON.stringify(expected)}, LibreOffice ${JSON.stringify(read)}`,
              );
              if (mine.formulas?.[r]?.[c]) formulas++;
              compared++;
            }
          }
        }
        runner.figure(
          `download checked in LibreOffice: ${compared} cells, ${formulas} formulas recalculated`,
        );
        check(formulas > 0, 'the download carries formulas');
      },
    );
  } finally {
    await context.close();
  }
}
