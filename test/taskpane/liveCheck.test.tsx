/** @jest-environment jsdom */
/**
 * Validation that follows the user (issue 14), through the real hosts over their fakes: Excel's
 * `worksheets.onChanged` and WPS's `SheetChange` / `WorkbookBeforeSave` fire with the documented shapes.
 */
import './domSetup';
import { click, waitForIdle } from './paneActions';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { SETTING_LIVE_CHECK, SETTING_SAVE_GATE, SETTINGS_NAMESPACE } from '../../src/core/settings';
import { App } from '../../src/taskpane/App';
import { HIGHLIGHT_FILLS } from '../../src/taskpane/model/highlights';
import { LIVE_CHECK_DEBOUNCE_MS } from '../../src/taskpane/model/liveCheck';
import { FakeExcel } from '../hosts/excel/fakeExcel';
import { makeExcelHost } from '../hosts/excel/makeExcelHost';
import { nationalSheet } from '../hosts/excel/nationalSheet';
import { makeWpsHost } from '../hosts/wps/makeWpsHost';

jest.setTimeout(120_000);
afterEach(cleanup);

const SHEET = '自评表';
/** H21: the table's 总分 得分 (a formula giving 99.5). */
const TOTAL = { a1: 'H21', row: 20, col: 7 };
/** H14: the first indicator's 得分 (15 of 15 points). */
const SCORE = { a1: 'H14', row: 13, col: 7 };

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
// generous: the machines running CI are shared and slow; the figures are in `npm run bench`
const LONG = { timeout: 15_000 };

function findingsRegion() {
  return screen.getByRole('region', { name: '发现的问题' });
}

function status(): string {
  return screen.getByRole('status', { name: /^检查状态/ }).textContent ?? '';
}

async function renderExcel(configure: (fake: FakeExcel) => void = () => undefined) {
  const { host, fake } = makeExcelHost([{ snapshot: nationalSheet(SHEET, 1) }], configure);
  const reads = jest.spyOn(host, 'readSheet');
  const plans = jest.spyOn(host, 'applyPlan');
  render(<App host={host} />);
  await waitFor(() => expect(reads).toHaveBeenCalled());
  await waitForIdle();
  // the change handler is registered by a sync of its own
  await act(() => pause(20));
  return { host, fake, reads, plans };
}

/** The user types into the sheet and the pane settles after the pause. */
async function typeExcel(fake: FakeExcel, a1: string, value: number) {
  await act(() => fake.userEdits(SHEET, a1, [[value]]));
}

describe('live re-check (Excel, worksheets.onChanged)', () => {
  test('typing a wrong total: after the pause one read and one check, the finding appears', async () => {
    const { fake, reads } = await renderExcel();
    expect(status()).toBe('无问题');
    const before = reads.mock.calls.length;

    await typeExcel(fake, TOTAL.a1, 90);
    await waitFor(() => expect(within(findingsRegion()).getByText(TOTAL.a1)).toBeTruthy(), LONG);
    expect(reads.mock.calls.length - before).toBe(1);
    expect(status()).toBe('1 个错误 · 0 个警告');
    expect(screen.getByText('有 1 个错误未处理')).toBeTruthy();
  });

  test('fixing it: the finding leaves with a short 已修正, the list keeps its place meanwhile', async () => {
    const { fake } = await renderExcel();
    await typeExcel(fake, SCORE.a1, 14); // 得分 below points without a reason: a finding on row 14
    await typeExcel(fake, TOTAL.a1, 90);
    await waitFor(() => expect(within(findingsRegion()).getByText(TOTAL.a1)).toBeTruthy(), LONG);
    const order = () =>
      within(findingsRegion())
        .getAllByRole('listitem')
        .map((li) => within(li).getByText(/^[A-Z]+\d+$/).textContent);
    const shown = order();

    await typeExcel(fake, TOTAL.a1, 98.5); // the total of the scores as they now stand
    await waitFor(() => expect(within(findingsRegion()).getByText('已修正')).toBeTruthy(), LONG);
    expect(order()).toEqual(shown);
    await waitFor(() => expect(within(findingsRegion()).queryByText(TOTAL.a1)).toBeNull(), LONG);
    expect(screen.queryByText('已修正')).toBeNull();
  });

  test('a burst of 100 edits is one read and one check', async () => {
    const { fake, reads } = await renderExcel();
    const before = reads.mock.calls.length;
    await act(async () => {
      for (let i = 0; i < 100; i++) void fake.userEdits(SHEET, TOTAL.a1, [[i]]);
      await pause(0);
    });
    await act(() => pause(LIVE_CHECK_DEBOUNCE_MS * 3));
    await waitFor(() => expect(status()).toBe('1 个错误 · 0 个警告'), LONG);
    expect(reads.mock.calls.length - before).toBe(1);
  });

  test.each([
    ['ExcelApi 1.20 (triggerSource tells)', 20],
    ['ExcelApi 1.13 (no triggerSource: the pane knows its own writes)', 13],
  ])('our own formula write brings no second round — %s', async (_label, minor) => {
    const { fake, reads, plans } = await renderExcel((f) => {
      f.excelApiMinor = minor;
    });
    // the user replaces the 执行率 formula by its value: 写入公式 offers it back
    await typeExcel(fake, 'G7', 0.95);
    await act(() => pause(LIVE_CHECK_DEBOUNCE_MS * 3));
    await click(screen.getByRole('tab', { name: '写入公式' }));
    await click(screen.getByRole('button', { name: /^写入 \d+ 个单元格$/ }));
    expect(plans).toHaveBeenCalledTimes(1);
    expect(fake.changeEvents.some((e) => e.address.startsWith('G7'))).toBe(true);
    const afterWrite = reads.mock.calls.length;
    await act(() => pause(LIVE_CHECK_DEBOUNCE_MS * 3));
    expect(reads.mock.calls.length).toBe(afterWrite);
  });

  test('the off switch stops it and is kept in the workbook', async () => {
    const { fake, reads } = await renderExcel();
    const toggle = screen.getByRole('switch', { name: '边输入边检查' });
    expect((toggle as HTMLInputElement).checked).toBe(true);
    await click(toggle);
    await waitFor(() => expect(fake.settings.get(SETTINGS_NAMESPACE + SETTING_LIVE_CHECK)).toBe('off'));
    await act(() => pause(20));
    const before = reads.mock.calls.length;
    await typeExcel(fake, TOTAL.a1, 90);
    await act(() => pause(LIVE_CHECK_DEBOUNCE_MS * 3));
    expect(reads.mock.calls.length).toBe(before);
    expect(status()).toBe('无问题');
  });
});

describe('marks that follow (标记问题 on)', () => {
  test('rows inserted above a mark: the record follows it, and 清除标记 finds it at its new place', async () => {
    const { fake } = await renderExcel();
    await typeExcel(fake, TOTAL.a1, 90);
    await waitFor(() => expect(within(findingsRegion()).getByText(TOTAL.a1)).toBeTruthy(), LONG);
    await click(screen.getByRole('button', { name: '标记问题' }));
    expect(fake.cell(SHEET, TOTAL.row, TOTAL.col).fill).toBe(HIGHLIGHT_FILLS.error);

    await act(() => fake.insertRowsByHand(SHEET, 0, 2));
    const moved = { row: TOTAL.row + 2, col: TOTAL.col };
    expect(fake.cell(SHEET, moved.row, moved.col).fill).toBe(HIGHLIGHT_FILLS.error);
    await waitFor(() => expect(within(findingsRegion()).getByText('H23')).toBeTruthy(), LONG);
    await waitForIdle();

    await click(screen.getByRole('button', { name: '清除标记' }));
    expect(fake.cell(SHEET, moved.row, moved.col).fill).toBeNull();
    expect(fake.cell(SHEET, TOTAL.row, TOTAL.col).fill).toBeNull();
  });

  test('a new finding gets its mark and a fixed one its own fill back, each in one write', async () => {
    const { fake, plans } = await renderExcel();
    fake.setFillByHand(SHEET, TOTAL.row, TOTAL.col, '#FFFF00'); // the user's own yellow on the total
    await typeExcel(fake, TOTAL.a1, 90);
    await waitFor(() => expect(within(findingsRegion()).getByText(TOTAL.a1)).toBeTruthy(), LONG);
    await click(screen.getByRole('button', { name: '标记问题' }));
    expect(fake.cell(SHEET, TOTAL.row, TOTAL.col).fill).toBe(HIGHLIGHT_FILLS.error);

    plans.mockClear();
    await typeExcel(fake, SCORE.a1, 14); // a new finding on row 14, and the total is still wrong
    await waitFor(() => expect(plans).toHaveBeenCalledTimes(1), LONG);
    const marked = plans.mock.calls[0][0];
    expect(marked.label).toBe('更新标记');
    expect(marked.edits.every((e) => e.fill !== undefined)).toBe(true);
    expect(fake.cell(SHEET, TOTAL.row, TOTAL.col).fill).toBe(HIGHLIGHT_FILLS.error);
    const newMarks = marked.edits.map((e) => `${e.row},${e.col}`);
    expect(newMarks.length).toBeGreaterThan(0);

    plans.mockClear();
    await typeExcel(fake, SCORE.a1, 15);
    await typeExcel(fake, TOTAL.a1, 99.5);
    await waitFor(() => expect(fake.cell(SHEET, TOTAL.row, TOTAL.col).fill).toBe('#FFFF00'), LONG);
    await waitFor(() => expect(status()).toBe('无问题'), LONG);
    for (const k of newMarks) {
      const [r, c] = k.split(',').map(Number);
      expect(fake.cell(SHEET, r, c).fill).not.toBe(HIGHLIGHT_FILLS.error);
      expect(fake.cell(SHEET, r, c).fill).not.toBe(HIGHLIGHT_FILLS.warning);
    }
  });

  test('a fill the user set after we marked is never lost', async () => {
    const { fake } = await renderExcel();
    await typeExcel(fake, TOTAL.a1, 90);
    await waitFor(() => expect(within(findingsRegion()).getByText(TOTAL.a1)).toBeTruthy(), LONG);
    await click(screen.getByRole('button', { name: '标记问题' }));
    fake.setFillByHand(SHEET, TOTAL.row, TOTAL.col, '#00B0F0'); // recoloured by hand over our mark
    await typeExcel(fake, TOTAL.a1, 99.5);
    await waitFor(() => expect(status()).toBe('无问题'), LONG);
    await act(() => pause(50));
    expect(fake.cell(SHEET, TOTAL.row, TOTAL.col).fill).toBe('#00B0F0');
  });
});

describe('save gate (WPS, WorkbookBeforeSave)', () => {
  async function renderWps() {
    const { host, fake } = makeWpsHost([{ snapshot: nationalSheet(SHEET, 1) }]);
    const reads = jest.spyOn(host, 'readSheet');
    render(<App host={host} />);
    await waitFor(() => expect(reads).toHaveBeenCalled());
    await waitForIdle();
    return { host, fake, reads };
  }

  async function typeWps(fake: ReturnType<typeof makeWpsHost>['fake'], a1: string, value: number) {
    await act(async () => fake.userEdits(SHEET, a1, [[value]]));
  }

  test('with error findings the save is held and the pane asks; 仍然保存 saves', async () => {
    const { fake } = await renderWps();
    await typeWps(fake, TOTAL.a1, 90);
    await waitFor(() => expect(status()).toBe('1 个错误 · 0 个警告'), LONG);

    let saved = true;
    await act(async () => {
      saved = fake.userSaves();
    });
    expect(saved).toBe(false);
    expect(fake.saves).toEqual([]);
    const alert = screen.getByRole('alert');
    expect(within(alert).getByText('发现 1 个错误，仍要保存吗？')).toBeTruthy();

    await click(within(alert).getByRole('button', { name: '仍然保存' }));
    expect(fake.saves).toEqual([{ saveAs: false }]);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('查看 shows the errors and selects the first one; the save stays held, nothing blocks for good', async () => {
    const { fake } = await renderWps();
    await typeWps(fake, TOTAL.a1, 90);
    await waitFor(() => expect(status()).toBe('1 个错误 · 0 个警告'), LONG);
    await act(async () => void fake.userSaves());
    await click(within(screen.getByRole('alert')).getByRole('button', { name: '查看' }));
    expect(fake.selection).toEqual({ sheet: SHEET, address: TOTAL.a1 });
    expect(fake.saves).toEqual([]);
    // fixed, the next save goes straight through
    await typeWps(fake, TOTAL.a1, 99.5);
    await waitFor(() => expect(status()).toBe('无问题'), LONG);
    let saved = false;
    await act(async () => {
      saved = fake.userSaves();
    });
    expect(saved).toBe(true);
  });

  test('without errors the save is not held', async () => {
    const { fake } = await renderWps();
    let saved = false;
    await act(async () => {
      saved = fake.userSaves();
    });
    expect(saved).toBe(true);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('the off switch lets saves with errors through, and is kept in the workbook', async () => {
    const { fake, host } = await renderWps();
    await typeWps(fake, TOTAL.a1, 90);
    await waitFor(() => expect(status()).toBe('1 个错误 · 0 个警告'), LONG);
    await click(screen.getByRole('switch', { name: '保存前提醒' }));
    await waitFor(async () => expect(await host.getSetting(SETTING_SAVE_GATE)).toBe('off'));
    let saved = false;
    await act(async () => {
      saved = fake.userSaves();
    });
    expect(saved).toBe(true);
    // with the gate off the pane keeps the errors in sight instead
    expect(screen.getByText('有 1 个错误未处理')).toBeTruthy();
  });

  test('a save WPS cannot hold (no Cancel) goes on, and the pane says so right after', async () => {
    const { fake } = await renderWps();
    fake.beforeSaveWithoutCancel = true;
    await typeWps(fake, TOTAL.a1, 90);
    await waitFor(() => expect(status()).toBe('1 个错误 · 0 个警告'), LONG);
    let saved = false;
    await act(async () => {
      saved = fake.userSaves();
    });
    expect(saved).toBe(true);
    expect(within(screen.getByRole('alert')).getByText('已保存，但有 1 个错误未处理')).toBeTruthy();
  });

  test('our own formula write (SheetChange fires inside it) brings no second round', async () => {
    const { fake, reads } = await renderWps();
    await typeWps(fake, 'G7', 0.95);
    await act(() => pause(LIVE_CHECK_DEBOUNCE_MS * 3));
    await click(screen.getByRole('tab', { name: '写入公式' }));
    const changesBefore = fake.sheetChanges.length;
    await click(screen.getByRole('button', { name: /^写入 \d+ 个单元格$/ }));
    expect(fake.sheetChanges.length).toBeGreaterThan(changesBefore);
    const afterWrite = reads.mock.calls.length;
    await act(() => pause(LIVE_CHECK_DEBOUNCE_MS * 3));
    expect(reads.mock.calls.length).toBe(afterWrite);
  });
});
