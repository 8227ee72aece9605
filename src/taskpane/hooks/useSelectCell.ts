import { useCallback } from 'react';
import { Host } from '../../hosts/host';
import { RunTask } from './useTaskRunner';

/** Shows a cell or range in the sheet (a click on a finding or a table). */
export function useSelectCell(host: Host, run: RunTask) {
  return useCallback(
    async (sheet: string, a1: string) => {
      await run('busySelecting', () => host.select(sheet, a1));
    },
    [host, run],
  );
}
