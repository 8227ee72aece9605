import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { toExcel } from '../../fixtures/build';
import { workbooks } from '../../fixtures/workbooks';
import { E2EContext } from '../context';
import { SAMPLE_FILE_NAME, SAMPLE_SHEETS } from '../expected';
import { check, checkEqual } from '../harness';
import { newContext, PageDriver } from '../pageDriver';

const ROOT = join(__dirname, '..', '..', '..');

/** Error banners in the page's top bar (file-reading and sheet errors). */
async function errorBanners(driver: PageDriver): Promise<string[]> {
  // An error found after the new workbook is shown arrives a moment later: give it that moment.
  await driver.page.waitForTimeout(600);
  return driver.page.locator('header [aria-live] .fui-MessageBar').allInnerTexts();
}

/** The page as a new user first meets it: a second workbook, the window's width, the language, `npm start`. */
export async function firstHourScenarios({ runner, browser, url, tmp }: E2EContext): Promise<void> {
  await runner.scenario(
    'opening a second workbook (file button, then 打开示例) shows no 找不到工作表 banner',
    async () => {
      const context = await newContext(browser);
      try {
        const driver = await PageDriver.open(context, url);
        const fixture = workbooks.find((w) => w.file === 'variant-stacked.xlsx');
        check(fixture, 'fixture variant-stacked.xlsx');
        const path = join(tmp, 'second.xlsx');
        await toExcel(fixture).xlsx.writeFile(path);
        const [chooser] = await Promise.all([
          driver.page.waitForEvent('filechooser'),
          driver.page.getByRole('button', { name: '打开 .xlsx 文件…' }).click(),
        ]);
        await chooser.setFiles(path);
        await driver.waitForWorkbook('second.xlsx');
        checkEqual(await errorBanners(driver), [], 'banners after opening a file over the sample');
        await driver.page.getByRole('button', { name: '打开示例' }).click();
        await driver.waitForWorkbook(SAMPLE_FILE_NAME);
        checkEqual(await errorBanners(driver), [], 'banners after opening the sample over a file');
        checkEqual(await driver.shownSheet(), SAMPLE_SHEETS[0], 'the sample shows its first sheet');
      } finally {
        await context.close();
      }
    },
  );

  for (const [width, height] of [
    [390, 844],
    [1280, 800],
    [1920, 1080],
  ] as const) {
    await runner.scenario(
      `${width} px: the page is no wider than the window, and the grid reaches its right edge`,
      async () => {
        const context = await newContext(browser, { width, height });
        try {
          const driver = await PageDriver.open(context, url);
          const widths = await driver.page.evaluate(() => ({
            page: document.documentElement.scrollWidth,
            window: document.documentElement.clientWidth,
          }));
          check(widths.page <= widths.window, `page ${widths.page} px wide in a ${widths.window} px window`);
          const strip = await driver.grid().evaluate((grid) => {
            const headers = [...grid.querySelectorAll('[role=columnheader]')];
            const right = Math.max(...headers.map((h) => h.getBoundingClientRect().right));
            // the grid's inner right edge, inside its vertical scroll bar
            const edge = grid.getBoundingClientRect().left + grid.clientWidth;
            return Math.round(edge - right);
          });
          check(strip <= 0, `a blank strip ${strip} px wide right of the last column`);
        } finally {
          await context.close();
        }
      },
    );
  }

  await runner.scenario('390 px: a finding clicked in the pane brings its cell into the window', async () => {
    const context = await newContext(browser, { width: 390, height: 844 });
    try {
      const driver = await PageDriver.open(context, url);
      const findings = driver.pane().getByRole('region', { name: '发现的问题' });
      const items = findings.getByRole('button');
      const last = items.last();
      // the pane is below the grid: the user scrolls down to the findings and clicks the last one
      await last.scrollIntoViewIfNeeded();
      const cell = (await last.innerText()).match(/\b([A-Z]+\d+)\b/)?.[1];
      check(cell, 'the finding names its cell');
      await last.click();
      await driver.page.waitForTimeout(300);
      const box = await driver.cell(cell).boundingBox();
      check(box, `cell ${cell} drawn`);
      const windowHeight = await driver.page.evaluate(() => window.innerHeight);
      check(
        box.y >= 0 && box.y + Math.min(box.height, 20) <= windowHeight,
        `cell ${cell} at y=${Math.round(box.y)} in a window ${windowHeight} px tall`,
      );
      check(await driver.cellInView(cell), `cell ${cell} inside the grid's visible area`);
    } finally {
      await context.close();
    }
  });

  await runner.scenario(
    'wrapped text shows from its first line: rows without a height fit their text',
    async () => {
      const context = await newContext(browser, { width: 1920, height: 1080 });
      try {
        const driver = await PageDriver.open(context, url);
        const cut: string[] = [];
        let wrapped = 0;
        for (const sheet of SAMPLE_SHEETS) {
          await driver.sheetTab(sheet).click();
          await driver
            .grid()
            .and(driver.page.locator(`[data-sheet="${sheet}"]`))
            .waitFor();
          await driver.page.waitForTimeout(200);
          const found = await driver.grid().evaluate((grid) => {
            const out: { cell: string; top: number; bottom: number }[] = [];
            for (const el of grid.querySelectorAll<HTMLElement>('[data-cell]')) {
              const span = el.querySelector('span');
              if (!span || getComputedStyle(span).whiteSpace !== 'pre-wrap') continue;
              const c = el.getBoundingClientRect();
              const s = span.getBoundingClientRect();
              out.push({ cell: el.dataset.cell ?? '', top: s.top - c.top, bottom: c.bottom - s.bottom });
            }
            return out;
          });
          wrapped += found.length;
          for (const f of found)
            if (f.top < -1 || f.bottom < -2)
              cut.push(
                `${sheet}!${f.cell} (${Math.round(f.top)} px above, ${Math.round(f.bottom)} px below)`,
              );
        }
        runner.figure(`wrapped cells drawn on the sample's first screens: ${wrapped}`);
        check(wrapped > 0, 'the sample has wrapped cells');
        checkEqual(cut, [], 'wrapped cells whose text is cut');
      } finally {
        await context.close();
      }
    },
  );

  await runner.scenario(
    'one language switch: English in the pane turns the page English too, plurals right',
    async () => {
      const context = await newContext(browser);
      try {
        const driver = await PageDriver.open(context, url);
        await driver.pane().getByRole('combobox', { name: /语言/ }).selectOption('en');
        await driver.page.getByRole('button', { name: 'Open .xlsx file…' }).waitFor();
        await driver.page.getByRole('button', { name: 'Download checked file' }).waitFor();
        checkEqual(await driver.page.evaluate(() => document.documentElement.lang), 'en', 'page lang');
        await driver.page.getByRole('tablist', { name: 'Sheets' }).waitFor();
        await driver.pane().getByText('2 tables on 1 sheet', { exact: true }).waitFor();
        check(
          (await driver.page.getByText('打开示例').count()) === 0,
          'no Chinese button left on the page in English mode',
        );
        await driver
          .pane()
          .getByRole('combobox', { name: /Language/ })
          .selectOption('zh');
        await driver.page.getByRole('button', { name: '打开示例' }).waitFor();
      } finally {
        await context.close();
      }
    },
  );

  await runner.scenario('npm start serves the production build (minified, no dev server)', async () => {
    const port = 30_000 + Math.floor(Math.random() * 20_000);
    let server: ChildProcess | null = null;
    try {
      server = spawn('npx', ['tsx', 'scripts/servePage.ts'], {
        cwd: ROOT,
        env: { ...process.env, PAGE_PORT: String(port) },
        stdio: ['ignore', 'pipe', 'pipe'],
        // its own process group, so that npx, tsx and the server all stop together
        detached: true,
      });
      const started = await new Promise<string>((resolve, reject) => {
        let out = '';
        const timer = setTimeout(() => reject(new Error(`servePage did not start: ${out}`)), 30_000);
        server?.stdout?.on('data', (d: Buffer) => {
          out += d.toString();
          if (out.includes('http://')) {
            clearTimeout(timer);
            resolve(out);
          }
        });
      });
      runner.figure(`npm start: ${started.split('\n')[0]}`);
      const html = await (await fetch(`http://localhost:${port}/`)).text();
      const scripts = [...html.matchAll(/<script[^>]*\bsrc=["']?([^"'\s>]+)/g)].map((m) => m[1]);
      check(scripts.length > 0, 'the page loads a script');
      let bytes = 0;
      for (const src of scripts) {
        const body = await (await fetch(new URL(src, `http://localhost:${port}/`))).text();
        bytes += body.length;
        check(!body.includes('webpack-dev-server'), `${src} holds no dev-server client`);
        check(!/eval\(/.test(body.slice(0, 20_000)), `${src} is not an eval development bundle`);
      }
      check(
        bytes < 8 * 1024 * 1024,
        `${(bytes / 1024 / 1024).toFixed(1)} MB of script (development: 18.7 MB)`,
      );
    } finally {
      if (server?.pid) process.kill(-server.pid);
    }
  });
}
