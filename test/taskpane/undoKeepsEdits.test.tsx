/** @jest-environment jsdom */
import './domSetup';
import { click, renderPane } from './paneActions';
import { cleanup, screen } from '@testing-library/react';
import { SheetSnapshot } from '../../src/core/grid';
import { HIGHLIGHT_FILLS } from '../../src/taskpane/model/highlights';
import { seed002Tables } from '../fixtures/tables/seed002';
import { seed003Tables } from '../fixtures/tables/seed003';
import { FixtureTable } from '../fixtures/format';
import { snapshotOfSheet } from '../support/fixtureSnapshot';

/**
 * 撤销 puts back only cells that still hold what the pane wrote: a value typed since, rows inserted since,
 * a template filled in since are the user's, and an undo never overwrites them without saying so.
 */
jest.setTimeout(120_000);
afterEach(cleanup);

function sheetOf(name: string, ...tables: FixtureTable[]): SheetSnapshot {
  return snapshotOfSheet({ name, tables: tables.map((table, i) => ({ table, row: i * 40, col: 0 })) });
}
const pingan = seed003Tables[1];

const undoButton = (label: RegExp | string) =>
  screen.getByRole('button', { name: typeof label === 'string' ? `撤销上一步（${label}）` : label });

describe('撤销 after the user changed cells', () => {
  test('a formula cell typed over since keeps the typed value; the others are put back', async () => {
    const host = await renderPane([sheetOf('平安', pingan)]);
    const before = [host.cell('平安', 5, 7), host.cell('平安', 21, 6), host.cell('平安', 21, 7)];
    await click(screen.getByRole('tab', { name: '写入公式' }));
    await click(screen.getByRole('button', { name: '写入 3 个单元格' }));
    expect(host.cell('平安', 21, 6).formula).not.toBeNull();
    host.type('平安', 21, 6, 95);

    await click(undoButton('写入公式'));
    expect(host.cell('平安', 21, 6)).toMatchObject({ value: 95, formula: null });
    expect(host.cell('平安', 5, 7)).toEqual(before[0]);
    expect(host.cell('平安', 21, 7)).toEqual(before[2]);
    expect(
      screen.getByText('已撤销：写入公式。有 1 个单元格在那之后被改动过，保留现状未撤销：平安!G22。'),
    ).toBeTruthy();
  });

  test('after rows were inserted above, nothing is written over the moved cells', async () => {
    const host = await renderPane([sheetOf('平安', pingan)]);
    await click(screen.getByRole('tab', { name: '写入公式' }));
    await click(screen.getByRole('button', { name: '写入 3 个单元格' }));
    host.insertRows('平安', 0, 2);
    const after = host.sheets.get('平安')!;
    const values = after.values.map((r) => [...r]);
    const formulas = after.formulas!.map((r) => [...r]);

    await click(undoButton('写入公式'));
    expect(host.sheets.get('平安')!.values).toEqual(values);
    expect(host.sheets.get('平安')!.formulas).toEqual(formulas);
    expect(
      screen.getByText(/^已撤销：写入公式。有 3 个单元格在那之后被改动过，保留现状未撤销：/),
    ).toBeTruthy();
  });

  test('a mark the user recoloured since keeps the user’s colour', async () => {
    const host = await renderPane([sheetOf('昌吉', ...seed002Tables)]);
    await click(screen.getByRole('button', { name: '标记问题' }));
    const marked = host.applied[0].edits[0];
    expect(Object.values(HIGHLIGHT_FILLS)).toContain(marked.fill);
    expect(host.cell('昌吉', marked.row, marked.col).fill).toBe(marked.fill);
    host.sheets.get('昌吉')!.fills![marked.row][marked.col] = '#00B050';

    await click(undoButton('标记问题'));
    expect(host.cell('昌吉', marked.row, marked.col).fill).toBe('#00B050');
    expect(screen.getByText(/^已撤销：标记问题。有 1 个单元格在那之后被改动过/)).toBeTruthy();
  });

  test('a template filled in on its own sheet is not deleted', async () => {
    const host = await renderPane([sheetOf('平安', pingan)]);
    await click(screen.getByRole('tab', { name: '插入模板' }));
    await click(screen.getAllByRole('button', { name: /^插入“/ })[0]);
    const added = [...host.sheets.keys()].find((n) => n !== '平安')!;
    host.type(added, 3, 1, '社区矫正工作经费');

    await click(undoButton(/^撤销上一步（插入模板/));
    expect([...host.sheets.keys()]).toContain(added);
    expect(host.cell(added, 3, 1).value).toBe('社区矫正工作经费');
    expect(
      screen.getByText(new RegExp(`^未撤销：插入模板.*「${added}」在插入后已被编辑（${added}!B4），`)),
    ).toBeTruthy();
  });

  test('a template filled in at the selection is not cleared, not even in part', async () => {
    const host = await renderPane([sheetOf('平安', pingan)], { selection: { sheet: '平安', a1: 'M1' } });
    await click(screen.getByRole('tab', { name: '插入模板' }));
    await click(screen.getByRole('radio', { name: /当前选中的位置/ }));
    await click(screen.getAllByRole('button', { name: /^插入“/ })[0]);
    const values = host.sheets.get('平安')!.values.map((r) => [...r]);
    host.type('平安', 3, 13, '社区矫正工作经费');
    values[3][13] = '社区矫正工作经费';

    await click(undoButton(/^撤销上一步（插入模板/));
    expect(host.sheets.get('平安')!.values).toEqual(values);
    expect(screen.getByText(/^未撤销：插入模板.*模板区域在插入后已被编辑（平安!N4），/)).toBeTruthy();
  });

  test('untouched, everything is undone as before', async () => {
    const host = await renderPane([sheetOf('平安', pingan)]);
    const values = host.sheets.get('平安')!.values.map((r) => [...r]);
    await click(screen.getByRole('tab', { name: '写入公式' }));
    await click(screen.getByRole('button', { name: '写入 3 个单元格' }));
    await click(undoButton('写入公式'));
    expect(host.sheets.get('平安')!.values).toEqual(values);
    expect(screen.getByText('已撤销：写入公式')).toBeTruthy();
  });
});
