import { useCallback, useEffect, useState } from 'react';
import { Host } from '../../hosts/host';

export interface WorkbookSwitch {
  on: boolean;
  set(on: boolean): Promise<void>;
}

/**
 * An on/off option kept in the workbook's settings ('on' / 'off'), on when never set. The switch moves at
 * once; a setting the host fails to store still holds for this session.
 */
export function useWorkbookSwitch(host: Host, key: string): WorkbookSwitch {
  const [on, setOn] = useState(true);
  useEffect(() => {
    let live = true;
    host
      .getSetting(key)
      .then((v) => live && setOn(v !== 'off'))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [host, key]);
  const set = useCallback(
    async (next: boolean) => {
      setOn(next);
      await host.setSetting(key, next ? 'on' : 'off').catch(() => undefined);
    },
    [host, key],
  );
  return { on, set };
}
