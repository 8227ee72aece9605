import { act, fireEvent, render, waitFor } from '@testing-library/react';
import { SheetSnapshot } from '../../src/core/grid';
import { App } from '../../src/taskpane/App';
import { MemoryHost, MemoryHostOptions } from './memoryHost';

/** Waits until no task of the pane runs. */
export async function waitForIdle(): Promise<void> {
  await waitFor(() => expect(document.querySelector('main')?.getAttribute('aria-busy')).toBe('false'));
}

/** Clicks as a user would, then waits for the pane to finish what the click started. */
export async function click(element: HTMLElement): Promise<void> {
  await act(async () => {
    fireEvent.click(element);
  });
  await waitForIdle();
}

/** The pane over an in-memory host, once its first check has run (a sheet was read, nothing is busy). */
export async function renderPane(
  sheets: SheetSnapshot[],
  options: MemoryHostOptions = {},
): Promise<MemoryHost> {
  const host = new MemoryHost(sheets, options);
  render(<App host={host} />);
  await waitFor(() => expect(host.calls.some((c) => c.startsWith('readSheet'))).toBe(true));
  await waitForIdle();
  return host;
}
