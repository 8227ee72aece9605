import { parseA1, toA1 } from '../../../src/core/address';
import { presetById } from '../../../src/core/presets';
import { SheetSnapshot } from '../../../src/core/grid';
import { displayText } from '../../../src/page/grid/displayText';
import { buildTemplate, listTemplates } from '../../../src/core/templates';
import { E2EContext } from '../context';
import { SAMPLE_SHEETS } from '../expected';
import { check, checkEqual } from '../harness';
import { newContext, PageDriver } from '../pageDriver';

interface PreviewItem {
  cell: string;
  formula: string;
}

/** The cells and formulas the 写入公式 preview promises (cell address, then `→ =FORMULA = result`). */
async function previewItems(page: PageDriver): Promise<PreviewItem[]> {
  const text = await page.pane().getByRole('tabpanel').innerText();
  const items: PreviewItem[] = [];
  for (const m of text.matchAll(/^([A-Z]{1,3}\d+)\n[^\n]*?→\s*\n?(=[^\n]*?) = [^\n]*$/gm)) {
    items.push({ cell: m[1], formula: m[2].trim() });
  }
  return items;
}

/** Cell-by-cell differences between two readings of the workbook (values, formulas, formats, fills, merges). */
export function workbookDifferences(before: SheetSnapshot[], after: SheetSnapshot[]): string[] {
  const out: string[] = [];
  const names = (list: SheetSnapshot[]) => list.map((s) => s.name).join(', ');
  if (names(before) !== names(after)) out.push(`sheets: ${names(before)} → ${names(after)}`);
  for (const b of before) {
    const a = after.find((s) => s.name === b.name);
    if (!a) continue;
    if (JSON.stringify(a.merges) !== JSON.stringify(b.merges)) out.push(`${b.name}: merges differ`);
    const rows = Math.max(a.rowCount, b.rowCount);
    const cols = Math.max(a.colCount, b.colCount);
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        for (const layer of ['values', 'formulas', 'numberFormats', 'fills'] as const) {
          const fallback = layer === 'numberFormats' ? 'General' : null;
          const x = b[layer]?.[r]?.[c] ?? fallback;
          const y = a[layer]?.[r]?.[c] ?? fallback;
          if (x !== y)
            out.push(`${b.name}!R${r + 1}C${c + 1} ${layer}: ${JSON.stringify(x)} → ${JSON.stringify(y)}`);
        }
      }
    }
  }
  return out;
}

/** 写入公式, 插入模板 and 撤销 through the pane, watched in the grid and in the workbook behind it. */
export async function writeScenarios({ runner, browser, url }: E2EContext): Promise<void> {
  const context = await newContext(browser);
  try {
    const page = await PageDriver.open(context, url);
    const sheet = SAMPLE_SHEETS[0];
    const opened = await page.snapshots();
    const openedHighlights = await page.page.evaluate(() =>
      window.selfevalPage!.setting('selfeval.highlights'),
    );
    let written: PreviewItem[] = [];

    await runner.scenario(
      '写入公式 previews the formulas, applies them, and the grid shows their values',
      async () => {
        await page.paneButton('标记问题').click();
        await page
          .pane()
          .getByText(/已标记 \d+ 个单元格/)
          .waitFor();
        await page.paneTab('写入公式');
        const apply = page.paneButton(/^写入 \d+ 个单元格$/);
        await apply.waitFor();
        written = await previewItems(page);
        check(written.length > 0, 'the preview lists formulas');
        const count = Number(/\d+/.exec(await apply.innerText())?.[0]);
        checkEqual(written.length, count, 'cells listed against the count on the button');
        const before = new Map<string, string>();
        for (const item of written) before.set(item.cell, await page.cellText(item.cell));
        await apply.click();
        await page.pane().getByText(`已写入 ${count} 个单元格。`).waitFor();
        await page.waitIdle();

        const snapshot = (await page.snapshots()).find((s) => s.name === sheet)!;
        let changedOnScreen = 0;
        for (const item of written) {
          const { row, col } = parseA1(item.cell);
          checkEqual(snapshot.formulas?.[row]?.[col], item.formula, `formula in ${item.cell}`);
          const value = snapshot.values[row][col];
          const shown = displayText(value, snapshot.numberFormats?.[row]?.[col]);
          checkEqual(await page.cellText(item.cell), shown, `${item.cell} on screen`);
          if (shown !== before.get(item.cell)) changedOnScreen++;
        }
        check(changedOnScreen > 0, 'some written cell shows a new value');
        // The formula bar shows what the cell holds now.
        await page.cell(written[written.length - 1].cell).click();
        checkEqual((await page.formulaBar()).content, written[written.length - 1].formula, 'formula bar');
      },
    );

    const template = listTemplates()[0];
    await runner.scenario('插入模板 puts a blank form on a new sheet and shows it', async () => {
      await page.paneTab('插入模板');
      await page.paneButton(`插入“${template.name}”`).click();
      await page
        .pane()
        .getByText(/^已插入“/)
        .waitFor();
      await page.waitIdle();
      const tabs = await page.sheetTabs();
      checkEqual(tabs.length, SAMPLE_SHEETS.length + 1, 'sheet tabs');
      const added = tabs.find((t) => !SAMPLE_SHEETS.includes(t));
      check(added, 'a new sheet tab');
      checkEqual(await page.shownSheet(), added, 'sheet shown');
      check((await page.cellText('A1')).length > 0, 'the template has a title in A1');
      await page.paneTab('检查结果');
      await page.pane().getByText('共 1 张表格，1 个工作表').waitFor();
    });

    await runner.scenario('撤销上一步 three times brings the workbook back exactly as opened', async () => {
      const changed = workbookDifferences(opened, await page.snapshots());
      check(
        changed.length > written.length,
        `the actions changed the workbook (${changed.length} differences)`,
      );
      const undo = page.paneButton(/^撤销上一步/);
      for (let i = 0; i < 3; i++) {
        await undo.click();
        await page
          .pane()
          .getByText(/^已撤销：/)
          .waitFor();
        await page.waitIdle();
      }
      checkEqual(await page.sheetTabs(), SAMPLE_SHEETS, 'sheet tabs after undo');
      checkEqual(await page.shownSheet(), sheet, 'sheet shown after the template is undone');
      const now = await page.snapshots();
      const differences = workbookDifferences(opened, now);
      check(differences.length === 0, `cells differ after undo:\n${differences.slice(0, 10).join('\n')}`);
      const highlights = await page.page.evaluate(() => window.selfevalPage!.setting('selfeval.highlights'));
      checkEqual(JSON.parse(highlights ?? '{}'), JSON.parse(openedHighlights ?? '{}'), 'highlight record');
      for (const item of written) {
        const { row, col } = parseA1(item.cell);
        const original = opened.find((s) => s.name === sheet)!;
        const shown = displayText(original.values[row][col], original.numberFormats?.[row]?.[col]);
        checkEqual(await page.cellText(item.cell), shown, `${item.cell} on screen after undo`);
      }
      checkEqual(page.errors, [], 'errors in the console');
    });
  } finally {
    await context.close();
  }

  const selectionContext = await newContext(browser);
  try {
    await runner.scenario(
      'a template goes at the cell selected in the grid, and undo clears the area',
      async () => {
        const page = await PageDriver.open(selectionContext, url);
        // Right of the sample's tables: the area the template needs is empty there.
        const corner = { row: 0, col: 10 };
        const spec = buildTemplate(listTemplates()[0].id, corner, presetById(null));
        check(spec, 'the first template builds');
        const title = spec.cells.find((c) => c.row === corner.row && c.col === corner.col)?.value;
        check(typeof title === 'string', 'the template has a title in its corner');
        const at = toA1(corner.row, corner.col);
        await page.cell(at).click();
        checkEqual((await page.formulaBar()).address, at, 'cell selected by a click');
        await page.paneTab('插入模板');
        await page
          .pane()
          .getByRole('radio', { name: /当前选中的位置/ })
          .check();
        await page.paneButton(`插入“${listTemplates()[0].name}”`).click();
        await page
          .pane()
          .getByText(/^已插入“/)
          .waitFor();
        await page.waitIdle();
        checkEqual(await page.sheetTabs(), SAMPLE_SHEETS, 'no sheet added');
        checkEqual(await page.cellText(at), title, `${at} after inserting`);
        await page.paneButton(/^撤销上一步/).click();
        await page
          .pane()
          .getByText(/^已撤销：/)
          .waitFor();
        await page.waitIdle();
        checkEqual(await page.cellText(at), '', `${at} after undo`);
      },
    );
  } finally {
    await selectionContext.close();
  }
}
