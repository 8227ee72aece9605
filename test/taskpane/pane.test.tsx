/** @jest-environment jsdom */
import './domSetup';
import { click, renderPane, waitForIdle } from './paneActions';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { SheetSnapshot } from '../../src/core/grid';
import { App } from '../../src/taskpane/App';
import { ErrorBoundary } from '../../src/taskpane/components/ErrorBoundary';
import { translate } from '../../src/taskpane/i18n';
import { HIGHLIGHT_FILLS, HIGHLIGHT_SETTING } from '../../src/taskpane/model/highlights';
import { PRESET_SETTING } from '../../src/taskpane/hooks/usePreset';
import { DECOY_SHOUZHI } from '../fixtures/tables/decoys';
import { FixtureTable } from '../fixtures/format';
import { seed002Tables } from '../fixtures/tables/seed002';
import { seed003Tables } from '../fixtures/tables/seed003';
import { cleanNational, nationalTextFunds } from '../fixtures/tables/variants';
import { snapshotOfSheet } from '../support/fixtureSnapshot';
import { ADJUSTED_FORM } from '../core/layouts/cases/adjusted';
import { sparseTable } from '../core/layouts/cases/sparseTable';
import { DECLARATION } from '../core/layouts/cases/declaration';
import ExcelJS from 'exceljs';
import { MemoryHost } from './memoryHost';

/** Tables stacked 40 rows apart on one sheet. */
function sheetOf(name: string, ...tables: FixtureTable[]): SheetSnapshot {
  return snapshotOfSheet({ name, tables: tables.map((table, i) => ({ table, row: i * 40, col: 0 })) });
}

const pingan = seed003Tables[1];

jest.setTimeout(120_000);

async function openTab(name: string) {
  await click(screen.getByRole('tab', { name }));
}

describe('summary and findings', () => {
  test('lists the tables of the active sheet by layout, range and title; a click selects the table', async () => {
    const host = await renderPane([sheetOf('昌吉', ...seed002Tables)]);
    const summary = screen.getByRole('region', { name: '找到的表格' });
    expect(within(summary).getByText('共 2 张表格，1 个工作表')).toBeTruthy();
    const tables = within(summary).getAllByRole('listitem');
    expect(tables.map((t) => t.textContent)).toEqual([
      '项目支出（全国通用）综治工作经费昌吉!A1:I25',
      '项目支出（全国通用）访惠聚工作经费昌吉!A41:I71',
    ]);
    await click(within(tables[1]).getByRole('button'));
    expect(host.selections).toEqual([{ sheet: '昌吉', a1: 'A41:I71' }]);
  });

  test('groups findings by table with severity and rule; a click selects the cell', async () => {
    const host = await renderPane([sheetOf('昌吉', ...seed002Tables)]);
    const findings = screen.getByRole('region', { name: '发现的问题' });
    expect(within(findings).getByText('错误 3 个，警告 1 个，提示 0 个')).toBeTruthy();
    const groups = within(findings).getAllByRole('list');
    expect(groups.map((g) => g.getAttribute('aria-label'))).toEqual([
      '综治工作经费 昌吉!A1:I25',
      '访惠聚工作经费 昌吉!A41:I71',
    ]);
    const first = within(groups[0]).getAllByRole('listitem');
    expect(first.map((li) => within(li).getByText(/^[A-Z]+\d+$/).textContent)).toEqual(['H18', 'I18']);
    expect(first[0].textContent).toContain('警告');
    expect(first[0].textContent).toContain('未达标却给满分');
    expect(first[1].textContent).toContain('错误');
    expect(first[1].textContent).toContain('缺少偏差原因');

    const blankTotal = within(groups[1]).getByRole('button', { name: /H71/ });
    await click(blankTotal);
    expect(host.selections).toEqual([{ sheet: '昌吉', a1: 'H71' }]);
  });

  test('a clean table says so', async () => {
    await renderPane([sheetOf('干净', cleanNational)]);
    expect(screen.getByText('未发现问题')).toBeTruthy();
  });

  test('a sheet without tables explains which labels are looked for', async () => {
    await renderPane([sheetOf('预算', DECOY_SHOUZHI)]);
    expect(screen.getByText('未找到绩效自评表')).toBeTruthy();
    expect(screen.getByText(/一级指标 \| 二级指标/)).toBeTruthy();
  });

  test('all sheets: every sheet is read and its tables listed', async () => {
    const host = await renderPane([sheetOf('平安', pingan), sheetOf('昌吉', ...seed002Tables)]);
    expect(screen.getAllByRole('listitem').length).toBeGreaterThan(0);
    expect(within(screen.getByRole('region', { name: '找到的表格' })).getAllByRole('listitem')).toHaveLength(
      1,
    );
    await click(screen.getByRole('radio', { name: '全部工作表' }));
    const summary = screen.getByRole('region', { name: '找到的表格' });
    expect(within(summary).getByText('共 3 张表格，2 个工作表')).toBeTruthy();
    expect(host.calls).toContain('readSheet:昌吉');
  });

  test('showing another sheet re-checks it, where the host reports the switch', async () => {
    const host = await renderPane([sheetOf('平安', pingan), sheetOf('昌吉', ...seed002Tables)]);
    expect(within(screen.getByRole('region', { name: '找到的表格' })).getAllByRole('listitem')).toHaveLength(
      1,
    );
    await act(async () => host.activate('昌吉'));
    await waitForIdle();
    await waitFor(() => expect(host.calls).toContain('readSheet:昌吉'));
    await waitForIdle();
    const summary = screen.getByRole('region', { name: '找到的表格' });
    expect(within(summary).getAllByRole('listitem')).toHaveLength(2);
  });

  test('English switch translates the pane and the findings', async () => {
    await renderPane([sheetOf('昌吉', ...seed002Tables)]);
    await act(async () => {
      fireEvent.change(screen.getByRole('combobox', { name: /语言/ }), { target: { value: 'en' } });
    });
    expect(screen.getByRole('region', { name: 'Findings' })).toBeTruthy();
    expect(screen.getByText('Tables found')).toBeTruthy();
    expect(screen.getAllByText(/Error|Warning/).length).toBeGreaterThan(0);
    expect(screen.queryByText('发现的问题')).toBeNull();
  });
});

describe('比对申报表', () => {
  test('a declaration workbook picked from disk is read in the pane and its targets compared', async () => {
    const self = sparseTable('self', '', ADJUSTED_FORM, { F19: 85 });
    const host = await renderPane([sheetOf('自评表', self)]);
    expect(screen.queryByText(/年度指标值与申报时不同/)).toBeNull();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('申报表');
    for (const [a1, v] of Object.entries(DECLARATION.cells))
      if (v !== null) ws.getCell(a1).value = v as string | number;
    for (const m of DECLARATION.merges) ws.mergeCells(m);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const file = new File([bytes], '申报表.xlsx');
    const input = screen.getByLabelText('比对申报表…', { selector: 'input' });
    await act(async () => {
      fireEvent.change(input, { target: { files: [file] } });
    });
    await waitFor(() => expect(screen.getByText(/已载入申报表 申报表\.xlsx（1 张目标表）/)).toBeTruthy());
    await waitForIdle();
    expect(screen.getByText(/申报表\.xlsx 申报表!H11: ≥90% → 自评表!F19: ≥85%/)).toBeTruthy();
    // the open workbook is never written
    expect(host.applied).toHaveLength(0);
  });
});

describe('写入公式', () => {
  test('previews every change, shows a conflict with both values, and applies one plan leaving it alone', async () => {
    const host = await renderPane([sheetOf('平安', pingan)]);
    await openTab('写入公式');
    const conflict = screen.getByRole('checkbox', { name: '覆盖 G6 的手填值' });
    expect((conflict as HTMLInputElement).checked).toBe(false);
    expect(screen.getByText(/当前值 100%，公式结果 （空）。/)).toBeTruthy();
    const rows = screen.getAllByRole('listitem').map((li) => li.textContent ?? '');
    expect(rows.find((r) => r.startsWith('H6'))).toContain('=IF(G6="","",ROUND(F6*MIN(G6,1),2)) = 10');

    const before = host.cell('平安', 5, 6);
    await click(screen.getByRole('button', { name: '写入 3 个单元格' }));
    expect(host.applied).toHaveLength(1);
    expect(host.applied[0].label).toBe('写入公式');
    expect(host.applied[0].edits.map((e) => `${e.row},${e.col}`)).toEqual(['5,7', '21,6', '21,7']);
    expect(host.cell('平安', 5, 6)).toEqual(before);
    expect(host.cell('平安', 5, 7).formula).toBe('=IF(G6="","",ROUND(F6*MIN(G6,1),2))');
    expect(screen.getByText('已写入 3 个单元格。')).toBeTruthy();
  });

  test('a ticked conflict is written too, its effect on later cells is shown, and undo restores every cell', async () => {
    const host = await renderPane([sheetOf('平安', pingan)]);
    const original = [...host.sheets.get('平安')!.values.map((r) => [...r])];
    const originalFormulas = host.sheets.get('平安')!.formulas!.map((r) => [...r]);
    await openTab('写入公式');
    await click(screen.getByRole('checkbox', { name: '覆盖 G6 的手填值' }));
    // With 执行率 blank the funds score formula gives blank too, and H6 holds a typed 10: a new conflict.
    expect(screen.getByText(/当前值 10，公式结果 （空）。/)).toBeTruthy();
    await click(screen.getByRole('checkbox', { name: '覆盖 H6 的手填值' }));
    // …and then the 总分 loses the funds score's 10 and differs from the typed 100.
    expect(screen.getByText(/当前值 100，公式结果 90。/)).toBeTruthy();
    await click(screen.getByRole('checkbox', { name: '覆盖 H22 的手填值' }));
    await click(screen.getByRole('button', { name: '写入 4 个单元格' }));
    expect(host.cell('平安', 5, 6)).toMatchObject({ formula: '=IF(N(D6)=0,"",E6/D6)', value: '' });
    expect(host.cell('平安', 5, 7)).toMatchObject({ value: '' });
    expect(host.cell('平安', 21, 7)).toMatchObject({ value: 90 });

    await click(screen.getByRole('button', { name: '撤销上一步（写入公式）' }));
    expect(host.sheets.get('平安')!.values).toEqual(original);
    expect(host.sheets.get('平安')!.formulas).toEqual(originalFormulas);
    expect(screen.getByText('已撤销：写入公式')).toBeTruthy();
    expect(screen.getByRole('button', { name: '撤销上一步' }).getAttribute('aria-disabled')).toBe('true');
  });

  test('text numbers are listed and converted only once confirmed', async () => {
    const host = await renderPane([sheetOf('文本', nationalTextFunds)]);
    await openTab('写入公式');
    expect(screen.getByText('文本!D6：“11.7” → 11.7')).toBeTruthy();
    const option = screen.getByRole('checkbox', { name: '把文本型数字转换为数字（2 个单元格）' });
    expect(screen.getByRole('checkbox', { name: '覆盖 G6 的手填值' })).toBeTruthy();
    await click(option);
    // Converted, 11.7 / 11.7 is the 100% typed in G6: no conflict left.
    expect(screen.queryByRole('checkbox', { name: '覆盖 G6 的手填值' })).toBeNull();
    await click(screen.getByRole('button', { name: /^写入 \d+ 个单元格$/ }));
    expect(host.applied).toHaveLength(1);
    expect(host.cell('文本', 5, 3).value).toBe(11.7);
    expect(host.cell('文本', 5, 4).value).toBe(11.7);
    expect(host.cell('文本', 5, 6).formula).toBe('=IF(N(D6)=0,"",E6/D6)');
  });

  test('建议得分: asked for, the scoring rule formula is previewed beside each quantitative score and written', async () => {
    const form = sparseTable('scores', '', ADJUSTED_FORM, {
      I14: 114,
      J14: 29,
      J20: 98.5,
      K14: '部分对象期满。',
    });
    const host = await renderPane([sheetOf('评分', form)]);
    await openTab('写入公式');
    expect(screen.queryByText(/=ROUND\(H14\*MIN\(1,I14\/F14\),2\)/)).toBeNull();
    await click(screen.getByRole('checkbox', { name: '按评分规则写入定量指标的建议得分' }));
    const rows = screen.getAllByRole('listitem').map((li) => li.textContent ?? '');
    expect(rows.find((r) => r.startsWith('J14'))).toContain('建议得分');
    // a typed 29 above the rule's 28.5 is a conflict, written only once ticked
    await click(screen.getByRole('checkbox', { name: '覆盖 J14 的手填值' }));
    await click(screen.getByRole('button', { name: /^写入 \d+ 个单元格$/ }));
    expect(host.cell('评分', 13, 9)).toMatchObject({ formula: '=ROUND(H14*MIN(1,I14/F14),2)', value: 28.5 });
  });

  test('a sheet changed since the preview is not written', async () => {
    const host = await renderPane([sheetOf('平安', pingan)]);
    await openTab('写入公式');
    host.type('平安', 5, 4, 99);
    await click(screen.getByRole('button', { name: '写入 3 个单元格' }));
    expect(host.applied).toHaveLength(0);
    expect(screen.getByText(/工作表在预览之后被修改过/)).toBeTruthy();
  });

  test('a protected sheet gives the Chinese message and writes nothing', async () => {
    const host = await renderPane([sheetOf('平安', pingan)], { protectedSheets: ['平安'] });
    await openTab('写入公式');
    await click(screen.getByRole('button', { name: '写入 3 个单元格' }));
    expect(host.applied).toHaveLength(0);
    const alert = screen.getByRole('alert');
    expect(within(alert).getByText('工作表受保护')).toBeTruthy();
    expect(within(alert).getByText('工作表受保护，请先撤销保护后再试。')).toBeTruthy();
    expect(screen.getByRole('button', { name: '撤销上一步' }).getAttribute('aria-disabled')).toBe('true');
  });
});

describe('标记 / 清除标记', () => {
  test('marks finding cells by severity in one plan and clearing restores the exact fills', async () => {
    const sheet = sheetOf('昌吉', ...seed002Tables);
    sheet.fills = sheet.values.map((row) => row.map(() => null));
    sheet.fills[17][7] = '#00B050'; // H18, a warning cell, already green
    const host = await renderPane([sheet]);
    const fillsBefore = host.sheets.get('昌吉')!.fills!.map((r) => [...r]);

    await click(screen.getByRole('button', { name: '标记问题' }));
    expect(host.applied).toHaveLength(1);
    expect(host.cell('昌吉', 17, 7).fill).toBe(HIGHLIGHT_FILLS.warning);
    expect(host.cell('昌吉', 17, 8).fill).toBe(HIGHLIGHT_FILLS.error);
    expect(host.cell('昌吉', 70, 7).fill).toBe(HIGHLIGHT_FILLS.error);
    expect(JSON.parse(host.settings.get(HIGHLIGHT_SETTING)!).昌吉).toHaveLength(4);
    expect(screen.getByText('已标记 4 个单元格。')).toBeTruthy();

    await click(screen.getByRole('button', { name: '清除标记' }));
    expect(host.applied).toHaveLength(2);
    expect(host.sheets.get('昌吉')!.fills).toEqual(fillsBefore);
    expect(host.cell('昌吉', 17, 7).fill).toBe('#00B050');
    expect(JSON.parse(host.settings.get(HIGHLIGHT_SETTING)!)).toEqual({});
    expect(screen.getByRole('button', { name: '清除标记' }).getAttribute('aria-disabled')).toBe('true');
  });

  test('undo of a mark puts the fills and the record back', async () => {
    const host = await renderPane([sheetOf('昌吉', ...seed002Tables)]);
    const fillsBefore = host.sheets.get('昌吉')!.fills!.map((r) => [...r]);
    await click(screen.getByRole('button', { name: '标记问题' }));
    await click(screen.getByRole('button', { name: '撤销上一步（标记问题）' }));
    expect(host.sheets.get('昌吉')!.fills).toEqual(fillsBefore);
    expect(JSON.parse(host.settings.get(HIGHLIGHT_SETTING)!)).toEqual({});
  });

  test('marks left by an earlier session are found and can be cleared', async () => {
    const sheet = sheetOf('昌吉', ...seed002Tables);
    sheet.fills = sheet.values.map((row) => row.map(() => null));
    sheet.fills[0][0] = HIGHLIGHT_FILLS.error;
    const record = { 昌吉: [{ row: 0, col: 0, original: '#DDDDDD', mark: HIGHLIGHT_FILLS.error }] };
    const host = await renderPane([sheet], { settings: { [HIGHLIGHT_SETTING]: JSON.stringify(record) } });
    await click(screen.getByRole('button', { name: '清除标记' }));
    expect(host.cell('昌吉', 0, 0).fill).toBe('#DDDDDD');
  });
});

describe('preset', () => {
  test('the chosen preset is saved in the workbook and read back on the next start', async () => {
    const host = await renderPane([sheetOf('昌吉', ...seed002Tables)]);
    const picker = screen.getByRole('combobox', { name: /评分规则/ }) as HTMLSelectElement;
    expect(picker.value).toBe('national-2020');
    await act(async () => {
      fireEvent.change(picker, { target: { value: 'hubei-2019' } });
    });
    await waitForIdle();
    expect(host.settings.get(PRESET_SETTING)).toBe('hubei-2019');

    cleanup();
    const again = new MemoryHost([sheetOf('昌吉', ...seed002Tables)], {
      settings: { [PRESET_SETTING]: 'wuhan-2020' },
    });
    render(<App host={again} />);
    await waitFor(() =>
      expect((screen.getByRole('combobox', { name: /评分规则/ }) as HTMLSelectElement).value).toBe(
        'wuhan-2020',
      ),
    );
  });
});

describe('插入模板', () => {
  test('inserts on a new sheet by default; undo deletes the sheet', async () => {
    const host = await renderPane([sheetOf('平安', pingan)]);
    await openTab('插入模板');
    const buttons = screen.getAllByRole('button', { name: /^插入“/ });
    expect(buttons.length).toBeGreaterThanOrEqual(5);
    expect(screen.queryByRole('radio', { name: /当前选中的位置/ })).toBeNull();
    await click(buttons[0]);
    const added = [...host.sheets.keys()].find((n) => n !== '平安')!;
    expect(host.calls).toContain(`insertTemplate:${added}:true`);
    expect(added).toBe('项目支出绩效自评表');
    expect(screen.getByText(/^已插入“项目支出绩效自评表.*”到「项目支出绩效自评表」。$/)).toBeTruthy();

    await click(screen.getByRole('button', { name: /^撤销上一步（插入模板/ }));
    expect([...host.sheets.keys()]).toEqual(['平安']);
  });

  test('at the selection only where the area is empty, with an explanation otherwise', async () => {
    const occupied = await renderPane([sheetOf('平安', pingan)], { selection: { sheet: '平安', a1: 'B2' } });
    await openTab('插入模板');
    await click(screen.getByRole('radio', { name: /当前选中的位置/ }));
    await click(screen.getAllByRole('button', { name: /^插入“/ })[0]);
    expect(occupied.calls.some((c) => c.startsWith('insertTemplate'))).toBe(false);
    expect(screen.getByText(/已有内容，模板不会覆盖它/)).toBeTruthy();
  });

  test('at an empty selection; undo clears the area again', async () => {
    const host = await renderPane([sheetOf('平安', pingan)], { selection: { sheet: '平安', a1: 'M1' } });
    const valuesBefore = host.sheets.get('平安')!.values.map((r) => [...r]);
    await openTab('插入模板');
    await click(screen.getByRole('radio', { name: /当前选中的位置/ }));
    await click(screen.getAllByRole('button', { name: /^插入“/ })[0]);
    expect(host.calls).toContain('insertTemplate:平安:false');
    expect(host.cell('平安', 0, 12).value).not.toBeNull();

    await click(screen.getByRole('button', { name: /^撤销上一步（插入模板/ }));
    const after = host.sheets.get('平安')!;
    valuesBefore.forEach((row, r) => row.forEach((v, c) => expect(after.values[r][c]).toBe(v)));
    expect(after.values.every((row) => row.slice(12).every((v) => v === null))).toBe(true);
  });
});

describe('opening views', () => {
  test('the ribbon can open the pane on 写入公式', async () => {
    const host = new MemoryHost([sheetOf('平安', pingan)]);
    render(<App host={host} initialView="formulas" />);
    expect(await screen.findByRole('checkbox', { name: '覆盖 G6 的手填值' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: '写入公式' }).getAttribute('aria-selected')).toBe('true');
  });

  test('what the host cannot do is summed up in one line and listed under 帮助', async () => {
    await renderPane([sheetOf('平安', pingan)]);
    cleanup();
    const host = new MemoryHost([sheetOf('平安', pingan)]);
    render(<App host={host} limitations={['无法读取合并单元格：表格识别可能不完整。']} />);
    await click(await screen.findByRole('button', { name: '查看' }));
    expect(screen.getByText('此环境中受限的功能')).toBeTruthy();
    expect(screen.getByText('无法读取合并单元格：表格识别可能不完整。')).toBeTruthy();
  });
});

describe('robustness', () => {
  test('a host failing to read the sheet shows its message instead of crashing', async () => {
    const host = new MemoryHost([sheetOf('平安', pingan)]);
    host.readSheet = async () => {
      const { HostError } = await import('../../src/hosts/host');
      throw new HostError('too-large', '工作表「平安」过大（超过 2000000 个单元格），无法检查。');
    };
    render(<App host={host} />);
    expect(await screen.findByText('工作表过大')).toBeTruthy();
    expect(screen.getByText('工作表「平安」过大（超过 2000000 个单元格），无法检查。')).toBeTruthy();
  });

  test('an unexpected failure while checking becomes a message, not a crash', async () => {
    const host = new MemoryHost([sheetOf('平安', pingan)]);
    host.readSheet = async () => ({ name: '平安', values: null }) as unknown as SheetSnapshot;
    render(<App host={host} />);
    expect(await screen.findByText('操作未完成')).toBeTruthy();
    expect(screen.getByText(/^出现意外错误：/)).toBeTruthy();
    expect(screen.getByRole('button', { name: '重新检查' })).toBeTruthy();
  });

  test('a render error shows the error boundary, and reloading renders the pane afresh', async () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    let fail = true;
    function Fragile() {
      if (fail) throw new Error('render failed');
      return <p>恢复正常</p>;
    }
    render(
      <ErrorBoundary t={(key) => translate('zh', key)}>
        <Fragile />
      </ErrorBoundary>,
    );
    expect(screen.getByText('助手遇到了问题')).toBeTruthy();
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: '重新加载' }));
    expect(screen.getByText('恢复正常')).toBeTruthy();
    spy.mockRestore();
  });
});
