import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { E2EContext } from '../context';
import { expectedSheet, SAMPLE_SHEETS } from '../expected';
import { newContext, PageDriver, PANE_FRAME } from '../pageDriver';

/** The screenshots the README shows (committed under docs/screenshots). */
const FOR_DOCS = ['page-findings-1280.png', 'pane-findings-350.png'];

/** The main states at 1280×800, the pane alone at 350 px, and the page on a phone-sized screen. */
export async function screenshotScenarios({ runner, browser, url, screenshots }: E2EContext): Promise<void> {
  await runner.scenario('screenshots of the main states', async () => {
    const wide = await newContext(browser);
    try {
      const page = await PageDriver.open(wide, url);
      const shot = (name: string) => page.page.screenshot({ path: join(screenshots.dir, name) });
      await page.paneButton('标记问题').click();
      await page
        .pane()
        .getByText(/已标记 \d+ 个单元格/)
        .waitFor();
      // The pane from its top, then the page once a finding was clicked (the pane scrolls to it).
      await page.page
        .locator(PANE_FRAME)
        .screenshot({ path: join(screenshots.dir, 'pane-findings-350.png') });
      const finding = expectedSheet(SAMPLE_SHEETS[0]).findings[0];
      await page.pane().locator(`button[title="定位到 ${SAMPLE_SHEETS[0]}!${finding.cell}"]`).click();
      await page.waitIdle();
      await shot('page-findings-1280.png');
      await page.paneTab('写入公式');
      await page.waitIdle();
      await shot('page-formulas-1280.png');
      await page.page
        .locator(PANE_FRAME)
        .screenshot({ path: join(screenshots.dir, 'pane-formulas-350.png') });
      await page.paneButton(/^写入 \d+ 个单元格$/).click();
      await page
        .pane()
        .getByText(/^已写入 \d+ 个单元格。/)
        .waitFor();
      await page.waitIdle();
      await shot('page-written-1280.png');
      await page.paneTab('插入模板');
      await page.waitIdle();
      await page
        .pane()
        .getByRole('button', { name: /^插入“/ })
        .first()
        .click();
      await page
        .pane()
        .getByText(/^已插入“/)
        .waitFor();
      await page.waitIdle();
      await shot('page-template-1280.png');
      // 自检 on the page's workbook: every line but the calculation ones (the page does not calculate)
      await page.paneTab('帮助');
      await page.paneButton('运行自检').click();
      await page.pane().getByRole('listitem').getByText('删除临时工作表：符合预期').waitFor();
      await page.waitIdle();
      const report = await page.pane().getByRole('textbox', { name: '自检报告' }).inputValue();
      if (!report.includes('不符合 0 项')) throw new Error(`自检 on the page differs:\n${report}`);
      await page.page
        .locator(PANE_FRAME)
        .screenshot({ path: join(screenshots.dir, 'pane-selftest-350.png') });
    } finally {
      await wide.close();
    }
    const phone = await newContext(browser, { width: 390, height: 844 });
    try {
      const page = await PageDriver.open(phone, url);
      await page.page.screenshot({ path: join(screenshots.dir, 'page-narrow-390.png'), fullPage: true });
    } finally {
      await phone.close();
    }
    if (screenshots.docs) {
      for (const name of FOR_DOCS) copyFileSync(join(screenshots.dir, name), join(screenshots.docs, name));
    }
    runner.figure(
      `screenshots written to ${screenshots.dir}${screenshots.docs ? ` and ${screenshots.docs}` : ''}`,
    );
  });
}
