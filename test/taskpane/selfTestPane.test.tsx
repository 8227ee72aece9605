/** @jest-environment jsdom */
import './domSetup';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { snapshotFromRows } from '../../src/core/grid';
import { App } from '../../src/taskpane/App';
import { MemoryHost } from './memoryHost';

jest.setTimeout(60_000);

async function openHelpAndRun(host: MemoryHost) {
  render(<App host={host} />);
  await waitFor(() => expect(host.calls.some((c) => c.startsWith('readSheet'))).toBe(true));
  await act(async () => {
    fireEvent.click(screen.getByRole('tab', { name: '帮助' }));
  });
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: '运行自检' }));
  });
  return (await screen.findByRole('textbox', { name: '自检报告' })) as HTMLTextAreaElement;
}

function setClipboard(clipboard: { writeText(text: string): Promise<void> } | undefined) {
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
}

describe('自检 in 帮助', () => {
  test('运行自检 shows each behaviour and a report that 复制报告 copies', async () => {
    const host = new MemoryHost([snapshotFromRows('Sheet1', [['部门', '金额']])]);
    const report = await openHelpAndRun(host);
    expect(report.value).toContain('绩效自评助手 自检报告');
    expect(report.value).toContain('宿主：file');
    expect(report.value).toContain('- 底色原样读回：符合预期');
    expect(report.value).toContain('- 公式的计算结果：未检查（此宿主不计算公式）');
    expect(screen.getByText('撤销恢复值、公式、格式和底色：符合预期')).toBeTruthy();
    expect([...host.sheets.keys()]).toEqual(['Sheet1']);

    const written: string[] = [];
    setClipboard({ writeText: async (text) => void written.push(text) });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '复制报告' }));
    });
    expect(written).toEqual([report.value]);
    expect(screen.getByText('报告已复制。')).toBeTruthy();
  });

  test('without a clipboard the report text is selected for Ctrl+C', async () => {
    const host = new MemoryHost([snapshotFromRows('Sheet1', [['部门', '金额']])]);
    const report = await openHelpAndRun(host);
    setClipboard(undefined);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '复制报告' }));
    });
    expect(document.activeElement).toBe(report);
    expect(report.selectionStart).toBe(0);
    expect(report.selectionEnd).toBe(report.value.length);
    expect(screen.getByText('无法自动复制，已选中报告文字，请按 Ctrl+C 复制。')).toBeTruthy();
  });
});
