import { E2EContext } from '../context';
import { SAMPLE_SHEETS } from '../expected';
import { check, checkEqual } from '../harness';
import { newContext, PageDriver } from '../pageDriver';

const MAX_TABS = 120;

/** `where|role|name` of the focused element, looking into the pane's frame when it has the focus. */
async function focused(page: PageDriver): Promise<string> {
  const describe = () => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return 'body';
    if (el.tagName === 'IFRAME') return 'IFRAME';
    const role =
      el.getAttribute('role') ??
      (el.tagName === 'INPUT' ? `input-${el.getAttribute('type')}` : el.tagName.toLowerCase());
    const name = el.getAttribute('aria-label') ?? el.innerText?.trim().split('\n')[0] ?? '';
    return `${role}|${name}`;
  };
  const main = await page.page.evaluate(describe);
  if (main !== 'IFRAME') return `page|${main}`;
  return `pane|${await page.paneFrame().evaluate(describe)}`;
}

/** Presses Tab until the focus matches; returns what it passed through on the way. */
async function tabTo(page: PageDriver, target: RegExp, seen: string[] = []): Promise<string[]> {
  for (let i = 0; i < MAX_TABS; i++) {
    await page.page.keyboard.press('Tab');
    const now = await focused(page);
    seen.push(now);
    if (target.test(now)) return seen;
  }
  throw new Error(`Tab never reached ${target} (went through: ${[...new Set(seen)].join(' → ')})`);
}

/** Presses Shift+Tab until the focus matches. */
async function shiftTabTo(page: PageDriver, target: RegExp): Promise<void> {
  for (let i = 0; i < MAX_TABS; i++) {
    if (target.test(await focused(page))) return;
    await page.page.keyboard.press('Shift+Tab');
  }
  throw new Error(`Shift+Tab never reached ${target}`);
}

/** Every action of the page and the pane can be reached with Tab and used with Enter, Space and arrows. */
export async function keyboardScenarios({ runner, browser, url }: E2EContext): Promise<void> {
  const context = await newContext(browser);
  try {
    const page = await PageDriver.open(context, url);

    await runner.scenario(
      'Tab alone reaches every main control of the page and the pane, in order',
      async () => {
        await page.page.locator('body').focus();
        const wanted = [
          /^page\|button\|打开 \.xlsx 文件…$/,
          /^page\|button\|打开示例$/,
          /^page\|button\|下载已校验文件$/,
          /^page\|grid\|工作表“/,
          new RegExp(`^page\\|tab\\|${SAMPLE_SHEETS[0]}$`),
          /^pane\|select\|语言/,
          /^pane\|select\|/,
          /^pane\|input-radio\|/,
          /^pane\|button\|重新检查$/,
          /^pane\|tab\|检查结果$/,
          /^pane\|button\|.*项目支出/,
          /^pane\|button\|(错误|警告|提示)/,
        ];
        const seen: string[] = [];
        for (const target of wanted) await tabTo(page, target, seen);
        runner.figure(`keyboard: ${seen.length} Tab presses from the top of the page to the first finding`);
      },
    );

    await runner.scenario(
      'Enter on a finding selects its cell; arrows, Enter and Space drive the toolbar, views and templates',
      async () => {
        // The focus is on the first finding (previous scenario).
        const finding = await focused(page);
        check(/^pane\|button\|/.test(finding), `a finding has the focus (${finding})`);
        await page.page.keyboard.press('Enter');
        await page.waitIdle();
        const cell = (await page.formulaBar()).address;
        check(/^[A-Z]+\d+$/.test(cell), `a cell is selected (${cell})`);
        checkEqual(
          await page.cell(cell).getAttribute('aria-selected'),
          'true',
          'the finding’s cell is selected',
        );

        // Back to the toolbar: arrows move inside it, Enter runs 标记问题.
        await shiftTabTo(page, /^pane\|button\|重新检查$/);
        await page.page.keyboard.press('ArrowRight');
        checkEqual(await focused(page), 'pane|button|标记问题', 'ArrowRight in the toolbar');
        await page.page.keyboard.press('Enter');
        await page
          .pane()
          .getByText(/已标记 \d+ 个单元格/)
          .waitFor();

        // The pane's views: arrows choose 写入公式, Space on the apply button writes.
        await tabTo(page, /^pane\|tab\|/);
        await page.page.keyboard.press('ArrowRight');
        await page.page.keyboard.press('Enter');
        checkEqual(
          await page.pane().getByRole('tab', { name: '写入公式' }).getAttribute('aria-selected'),
          'true',
          '写入公式 tab selected',
        );
        await tabTo(page, /^pane\|button\|写入 \d+ 个单元格$/);
        await page.page.keyboard.press('Space');
        await page
          .pane()
          .getByText(/^已写入 \d+ 个单元格。/)
          .waitFor();
        await page.waitIdle();

        // 撤销上一步 at the end of the toolbar, then a template from the 插入模板 view.
        // The toolbar remembers its last focused button (标记问题): Tab comes back to it.
        await shiftTabTo(page, /^pane\|button\|(重新检查|标记问题|清除标记|撤销上一步)/);
        for (let i = 0; i < 4 && !/撤销上一步/.test(await focused(page)); i++) {
          await page.page.keyboard.press('ArrowRight');
        }
        check(/^pane\|button\|撤销上一步/.test(await focused(page)), 'ArrowRight reaches 撤销上一步');
        await page.page.keyboard.press('Enter');
        await page.pane().getByText('已撤销：写入公式').waitFor();
        await page.waitIdle();
        await tabTo(page, /^pane\|tab\|/);
        await page.page.keyboard.press('ArrowRight');
        await page.page.keyboard.press('Enter');
        await tabTo(page, /^pane\|button\|插入“/);
        await page.page.keyboard.press('Enter');
        await page
          .pane()
          .getByText(/^已插入“/)
          .waitFor();
        await page.waitIdle();
        checkEqual((await page.sheetTabs()).length, SAMPLE_SHEETS.length + 1, 'a sheet was added');
      },
    );

    await runner.scenario('the sheet tabs, the grid and the download answer to the keyboard', async () => {
      await page.page.locator('body').focus();
      await tabTo(page, /^page\|button\|下载已校验文件$/);
      const [download] = await Promise.all([
        page.page.waitForEvent('download'),
        page.page.keyboard.press('Enter'),
      ]);
      checkEqual(download.suggestedFilename(), '绩效自评表示例-已校验.xlsx', 'download by keyboard');

      await tabTo(page, /^page\|grid\|/);
      await page.page.keyboard.press('Control+Home');
      checkEqual((await page.formulaBar()).address, 'A1', 'Ctrl+Home');
      await page.page.keyboard.press('ArrowDown');
      await page.page.keyboard.press('ArrowDown');
      checkEqual((await page.formulaBar()).address, 'A3', 'two rows down');
      await page.page.keyboard.press('ArrowRight');
      check(/^[B-Z]\d/.test((await page.formulaBar()).address), 'one cell (or merged area) to the right');

      // The tab list is one stop on the shown sheet; an arrow moves to its neighbour, Enter shows it.
      const tabs = await page.sheetTabs();
      const shown = tabs.indexOf((await page.shownSheet()) ?? '');
      const next = shown < tabs.length - 1 ? shown + 1 : shown - 1;
      await tabTo(page, /^page\|tab\|/);
      await page.page.keyboard.press(next > shown ? 'ArrowRight' : 'ArrowLeft');
      await page.page.keyboard.press('Enter');
      await page
        .grid()
        .and(page.page.locator(`[data-sheet="${tabs[next]}"]`))
        .waitFor();
      checkEqual(await page.shownSheet(), tabs[next], 'sheet chosen with the keyboard');
    });
  } finally {
    await context.close();
  }
}
