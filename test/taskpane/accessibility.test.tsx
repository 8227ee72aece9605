/** @jest-environment jsdom */
import './domSetup';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import axe from 'axe-core';
import { App } from '../../src/taskpane/App';
import { seed002Tables } from '../fixtures/tables/seed002';
import { seed003Tables } from '../fixtures/tables/seed003';
import { snapshotOfSheet } from '../support/fixtureSnapshot';
import { MemoryHost } from './memoryHost';

// axe over every view is slow on a loaded two-core machine; a timeout says nothing about the pane
jest.setTimeout(240_000);

/** Axe violations of the page as rendered, of any impact (jsdom has no layout: contrast is not judged). */
async function violations(): Promise<string[]> {
  let result: axe.AxeResults | undefined;
  // Inside act: Fluent's tab indicator updates on animation frames while axe runs.
  await act(async () => {
    result = await axe.run(document.body, {
      resultTypes: ['violations'],
      // Contrast needs layout and a canvas: the browser e2e judges it.
      rules: { 'color-contrast': { enabled: false } },
    });
  });
  return result!.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('every view of the pane has no axe violation', async () => {
  const sheet = snapshotOfSheet({
    name: '昌吉',
    tables: [...seed002Tables, seed003Tables[1]].map((table, i) => ({ table, row: i * 40, col: 0 })),
  });
  const host = new MemoryHost([sheet], { selection: { sheet: '昌吉', a1: 'M1' } });
  render(<App host={host} limitations={['无法读取合并单元格：表格识别可能不完整。']} />);
  await waitFor(() => expect(host.calls).toContain('readSheet:昌吉'));
  await waitFor(() => expect(document.querySelector('main')?.getAttribute('aria-busy')).toBe('false'));
  expect(await violations()).toEqual([]);

  for (const tab of ['写入公式', '插入模板', '帮助']) {
    await act(async () => {
      fireEvent.click(screen.getByRole('tab', { name: tab }));
      // The tab's selection indicator animates on the next frames.
      await new Promise((resolve) => setTimeout(resolve, 100));
    });
    expect(await violations()).toEqual([]);
  }
});
