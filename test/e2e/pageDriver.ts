import { Browser, BrowserContext, Frame, FrameLocator, Locator, Page } from 'playwright-core';
import { SheetSnapshot } from '../../src/core/grid';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

export const PANE_FRAME = 'iframe[title="绩效自评助手 任务窗格"]';
const TIMEOUT = 30_000;

/**
 * tsx compiles this file with esbuild's keepNames, which wraps functions in `__name(...)`; functions handed
 * to the browser bring that call along, so every frame gets a do-nothing `__name`.
 */
const KEEP_NAMES_SHIM = 'globalThis.__name = globalThis.__name || ((f) => f);';

export async function newContext(
  browser: Browser,
  viewport = { width: 1280, height: 800 },
): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport, acceptDownloads: true, locale: 'zh-CN' });
  await context.addInitScript(KEEP_NAMES_SHIM);
  context.setDefaultTimeout(TIMEOUT);
  return context;
}

/** The page as a person uses it, plus the test hook for reading the workbook behind it. */
export class PageDriver {
  readonly errors: string[] = [];

  constructor(readonly page: Page) {
    page.on('pageerror', (e) => this.errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') this.errors.push(m.text());
    });
  }

  static async open(context: BrowserContext, url: string): Promise<PageDriver> {
    const driver = new PageDriver(await context.newPage());
    await driver.page.goto(url);
    await driver.waitForWorkbook('绩效自评表示例.xlsx');
    return driver;
  }

  /** Waits until a workbook is shown in the grid and the pane has finished checking it. */
  async waitForWorkbook(fileName: string): Promise<void> {
    await this.page.getByTestId('file-name').getByText(fileName, { exact: true }).waitFor();
    await this.grid().waitFor();
    await this.waitIdle();
  }

  grid(): Locator {
    return this.page.locator('[role=grid][data-sheet]');
  }

  async shownSheet(): Promise<string | null> {
    return this.grid().getAttribute('data-sheet');
  }

  pane(): FrameLocator {
    return this.page.frameLocator(PANE_FRAME);
  }

  paneFrame(): Frame {
    const frame = this.page.frames().find((f) => f.parentFrame() === this.page.mainFrame());
    if (!frame) throw new Error('the task pane frame is missing');
    return frame;
  }

  /** The pane is idle: no task running (its main landmark says aria-busy=false). */
  async waitIdle(): Promise<void> {
    await this.pane().locator('main[aria-busy="false"]').waitFor();
    // A task queued right behind another flips busy back on within a frame; wait one more.
    await this.page.waitForTimeout(50);
    await this.pane().locator('main[aria-busy="false"]').waitFor();
  }

  paneButton(name: string | RegExp): Locator {
    return this.pane().getByRole('button', { name });
  }

  async paneTab(name: string): Promise<void> {
    await this.pane().getByRole('tab', { name }).click();
  }

  cell(a1: string): Locator {
    return this.grid().locator(`[data-cell="${a1}"]`);
  }

  /**
   * Scrolls the grid, a screen at a time as a person would, until the cell is drawn (the grid draws only the
   * rows near the window). Leaves the view where it is when the cell is drawn already.
   */
  async reveal(a1: string): Promise<void> {
    const found = await this.grid().evaluate(async (grid, cell) => {
      const drawn = () => !!grid.querySelector(`[data-cell="${cell}"]`);
      const frame = () =>
        new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      if (drawn()) return true;
      for (const axis of ['scrollTop', 'scrollLeft'] as const) {
        grid[axis] = 0;
        await frame();
        for (let i = 0; i < 2000 && !drawn(); i++) {
          const before = grid[axis];
          grid[axis] += axis === 'scrollTop' ? grid.clientHeight * 0.8 : grid.clientWidth * 0.8;
          await frame();
          if (grid[axis] === before) break;
        }
        if (drawn()) return true;
      }
      return drawn();
    }, a1);
    if (!found) throw new Error(`cell ${a1} never showed in the grid`);
  }

  async cellText(a1: string): Promise<string> {
    await this.reveal(a1);
    return (await this.cell(a1).innerText()).trim();
  }

  /** The cell's background as the browser paints it (`rgb(r, g, b)` or transparent). */
  async cellBackground(a1: string): Promise<string> {
    await this.reveal(a1);
    return this.cell(a1).evaluate((el) => getComputedStyle(el).backgroundColor);
  }

  async formulaBar(): Promise<{ address: string; content: string }> {
    return {
      address: (await this.page.getByTestId('formula-bar-address').innerText()).trim(),
      content: (await this.page.getByTestId('formula-bar-content').innerText()).trim(),
    };
  }

  sheetTab(name: string): Locator {
    return this.page.getByRole('tablist', { name: '工作表' }).getByRole('tab', { name, exact: true });
  }

  async sheetTabs(): Promise<string[]> {
    const tabs = this.page.getByRole('tablist', { name: '工作表' }).getByRole('tab');
    return (await tabs.allInnerTexts()).map((t) => t.trim());
  }

  /** Every sheet as the page's FileHost holds it (the test hook reads; it never writes). */
  async snapshots(): Promise<SheetSnapshot[]> {
    return this.page.evaluate(() => {
      const hook = window.selfevalPage;
      if (!hook) throw new Error('no test hook');
      return hook.snapshots();
    });
  }

  /** Is the cell's box inside the grid's visible area (below the headers)? */
  async cellInView(a1: string): Promise<boolean> {
    const cell = await this.cell(a1).boundingBox();
    const grid = await this.grid().boundingBox();
    if (!cell || !grid) return false;
    return (
      cell.y >= grid.y + 20 &&
      cell.y + Math.min(cell.height, 20) <= grid.y + grid.height &&
      cell.x >= grid.x + 40 &&
      cell.x + Math.min(cell.width, 20) <= grid.x + grid.width
    );
  }
}
