import { parseRangeA1, toA1 } from '../../../src/core/address';
import { pageSample } from '../../../src/page/sample/buildSample';
import { E2EContext } from '../context';
import { expectedSheet, highlightRgb, SAMPLE_SHEETS } from '../expected';
import { check, checkEqual } from '../harness';
import { newContext, PageDriver } from '../pageDriver';

/** Opening the page on the sample, the tables and findings the pane lists, highlights and selection. */
export async function sampleScenarios({ runner, browser, url }: E2EContext): Promise<void> {
  const context = await newContext(browser);
  try {
    let driver: PageDriver | null = null;
    const first = SAMPLE_SHEETS[0];

    await runner.scenario('the page opens on the bundled sample: file name, sheet tabs, grid', async () => {
      const start = Date.now();
      driver = await PageDriver.open(context, url);
      runner.figure(`sample open (page load → grid shown and pane done checking): ${Date.now() - start} ms`);
      checkEqual(await driver.sheetTabs(), SAMPLE_SHEETS, 'sheet tabs');
      checkEqual(await driver.shownSheet(), first, 'sheet shown first');
      checkEqual(
        await driver.sheetTab(first).getAttribute('aria-selected'),
        'true',
        'its tab is the selected one',
      );
      const title = pageSample.sheets[0].tables[0].table.rows[0][0];
      checkEqual(await driver.cellText('A1'), title, 'A1 of the first sheet');
      // A merged area is one cell spanning its columns and rows.
      const merge = pageSample.sheets[0].tables[0].table.merges
        .map(parseRangeA1)
        .find((m) => m.bottom > m.top);
      check(merge, 'the first table has a merge over several rows');
      const anchor = driver.cell(toA1(merge.top, merge.left));
      checkEqual(
        await anchor.getAttribute('aria-rowspan'),
        String(merge.bottom - merge.top + 1),
        'rows the merged cell spans',
      );
      const covered = driver.cell(toA1(merge.top + 1, merge.left));
      checkEqual(await covered.count(), 0, 'cells covered by the merge are not drawn');
      checkEqual(driver.errors, [], 'errors in the console');
    });
    if (!driver) return;
    const page: PageDriver = driver;

    await runner.scenario('the pane lists the tables of the shown sheet, then of every sheet', async () => {
      const expected = expectedSheet(first).regions;
      const summary = page.pane().getByRole('region', { name: '找到的表格' });
      await summary.getByText(`共 ${expected.length} 张表格，1 个工作表`).waitFor();
      for (const region of expected) {
        await summary.getByRole('button', { name: new RegExp(`${first}!${region.range}$`) }).waitFor();
      }
      await page.pane().getByRole('radio', { name: '全部工作表' }).check();
      await page.waitIdle();
      const all = SAMPLE_SHEETS.flatMap((s) => expectedSheet(s).regions);
      await summary.getByText(`共 ${all.length} 张表格，${SAMPLE_SHEETS.length} 个工作表`).waitFor();
      await page.pane().getByRole('radio', { name: '当前工作表' }).check();
      await page.waitIdle();
    });

    await runner.scenario(
      'validation lists the expected findings and 标记问题 highlights them in the grid',
      async () => {
        const expected = expectedSheet(first).findings;
        const findings = page.pane().getByRole('region', { name: '发现的问题' });
        const buttons = findings.getByRole('button');
        await buttons.first().waitFor();
        const listed = await buttons.evaluateAll((els) => els.map((e) => e.getAttribute('title') ?? ''));
        checkEqual(
          listed.map((t) => t.replace(/^定位到 /, '')).sort(),
          expected.map((f) => `${first}!${f.cell}`).sort(),
          'findings listed',
        );
        for (const f of expected) {
          check(
            (await page.cellBackground(f.cell)) !== highlightRgb(f.rule),
            `${f.cell} is highlighted before 标记问题`,
          );
        }
        await page.paneButton('标记问题').click();
        await page
          .pane()
          .getByText(/已标记 \d+ 个单元格/)
          .waitFor();
        for (const f of expected) {
          checkEqual(
            await page.cellBackground(f.cell),
            highlightRgb(f.rule),
            `fill of ${f.cell} (${f.rule})`,
          );
        }
      },
    );

    await runner.scenario('clicking a finding selects its cell and scrolls it into view', async () => {
      const finding = expectedSheet(first).findings[0];
      await page.pane().locator(`button[title="定位到 ${first}!${finding.cell}"]`).click();
      await page.waitIdle();
      checkEqual((await page.formulaBar()).address, finding.cell, 'address in the formula bar');
      checkEqual(await page.cell(finding.cell).getAttribute('aria-selected'), 'true', 'cell selected');
      check(await page.cellInView(finding.cell), `${finding.cell} is in view`);

      // A finding far down another sheet: the grid switches sheet and scrolls to it.
      const far = SAMPLE_SHEETS.map((s) => ({ sheet: s, findings: expectedSheet(s).findings }))
        .flatMap(({ sheet, findings }) => findings.map((f) => ({ sheet, ...f })))
        .sort((a, b) => parseRangeA1(b.cell).top - parseRangeA1(a.cell).top)[0];
      check(parseRangeA1(far.cell).top > 100, 'the sample has a finding below row 100');
      await page.pane().getByRole('radio', { name: '全部工作表' }).check();
      await page.waitIdle();
      await page.pane().locator(`button[title="定位到 ${far.sheet}!${far.cell}"]`).click();
      await page.waitIdle();
      checkEqual(await page.shownSheet(), far.sheet, 'sheet shown');
      checkEqual((await page.formulaBar()).address, far.cell, 'address in the formula bar');
      check(await page.cellInView(far.cell), `${far.sheet}!${far.cell} is in view`);
      checkEqual(page.errors, [], 'errors in the console');
    });
  } finally {
    await context.close();
  }
}
