/** @jest-environment jsdom */
import './domSetup';
import { click, renderPane } from './paneActions';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { SheetSnapshot } from '../../src/core/grid';
import { translate } from '../../src/taskpane/i18n';
import { formulaBreakParts } from '../../src/taskpane/model/formulaBreaks';
import { DECOY_SHOUZHI } from '../fixtures/tables/decoys';
import { FixtureTable } from '../fixtures/format';
import { seed002Tables } from '../fixtures/tables/seed002';
import { seed003Tables } from '../fixtures/tables/seed003';
import { snapshotOfSheet } from '../support/fixtureSnapshot';

/** What a clerk reads first in the pane: rule names in Chinese, formulas that wrap whole, no hint to go where they are. */

jest.setTimeout(120_000);

function sheetOf(name: string, ...tables: FixtureTable[]): SheetSnapshot {
  return snapshotOfSheet({ name, tables: tables.map((table, i) => ({ table, row: i * 40, col: 0 })) });
}

describe('rule names', () => {
  test('Chinese by default, the id only in a tooltip; English mode shows the id', async () => {
    await renderPane([sheetOf('昌吉', ...seed002Tables)]);
    const findings = screen.getByRole('region', { name: '发现的问题' });
    const item = within(findings).getAllByRole('listitem')[0];
    expect(item.textContent).toContain('未达标却给满分');
    expect(item.textContent).not.toContain('unmet-full-score');
    expect(within(item).getByText('未达标却给满分').getAttribute('title')).toBe('规则：unmet-full-score');

    await act(async () => {
      fireEvent.change(screen.getByRole('combobox', { name: /语言/ }), { target: { value: 'en' } });
    });
    const english = within(screen.getByRole('region', { name: 'Findings' })).getAllByRole('listitem')[0];
    expect(english.textContent).toContain('unmet-full-score');
  });
});

describe('no tables found', () => {
  test('points to 全部工作表 only while one sheet is checked', async () => {
    await renderPane([sheetOf('预算', DECOY_SHOUZHI), sheetOf('收支', DECOY_SHOUZHI)]);
    expect(screen.getByText(/切换到“全部工作表”/)).toBeTruthy();
    await click(screen.getByRole('radio', { name: '全部工作表' }));
    expect(screen.getByText('未找到绩效自评表')).toBeTruthy();
    expect(screen.queryByText(/切换到“全部工作表”/)).toBeNull();
  });
});

describe('formula preview', () => {
  test('cuts a formula only after operators, commas and parentheses, never inside a token or string', () => {
    expect(formulaBreakParts('=IF(G6="","",ROUND(F6*MIN(G6,1),2))')).toEqual([
      '=',
      'IF(',
      'G6=',
      '"",',
      '"",',
      'ROUND(',
      'F6*',
      'MIN(',
      'G6,',
      '1),',
      '2))',
    ]);
    expect(formulaBreakParts('=IF(N(H3)=0,"",IF(H3>=90,"优,良",""))').join('|')).toBe(
      '=|IF(|N(|H3)=|0,|"",|IF(|H3>=|90,|"优,良",|""))',
    );
    expect(formulaBreakParts('=A1<>B1').join('|')).toBe('=|A1<>|B1');
  });

  test('the preview offers a line break after each piece and keeps the formula text whole', async () => {
    await renderPane([sheetOf('平安', seed003Tables[1])]);
    await click(screen.getByRole('tab', { name: '写入公式' }));
    const formula = document.querySelector('[data-formula="=IF(G6=\\"\\",\\"\\",ROUND(F6*MIN(G6,1),2))"]');
    expect(formula).not.toBeNull();
    expect(formula?.textContent).toBe('=IF(G6="","",ROUND(F6*MIN(G6,1),2))');
    expect(formula?.querySelectorAll('wbr')).toHaveLength(10);
  });
});

describe('English counts', () => {
  test('say 1 table, 1 sheet, 1 error and 2 tables, 2 sheets, 2 errors', () => {
    expect(translate('en', 'summaryCount', { count: 2, sheets: 1 })).toBe('2 tables on 1 sheet');
    expect(translate('en', 'summaryCount', { count: 1, sheets: 2 })).toBe('1 table on 2 sheets');
    expect(translate('en', 'findingsCount', { error: 1, warning: 0, info: 2 })).toBe(
      '1 error, 0 warnings, 2 notes',
    );
    expect(translate('en', 'formulasApply', { count: 1 })).toBe('Write 1 cell');
    expect(translate('en', 'formulasUnchanged', { count: 1 })).toBe(
      '1 cell already holds the right formula and stays as it is.',
    );
    expect(translate('zh', 'summaryCount', { count: 2, sheets: 1 })).toBe('共 2 张表格，1 个工作表');
  });
});
