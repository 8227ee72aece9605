import { SheetSnapshot } from '../core/grid';
import { BrowserHost } from './browserHost';

/**
 * What end-to-end tests read besides the screen: every sheet as the file host holds it, so that an undo can
 * be compared with the workbook as opened, cell by cell. Reading only; nothing here changes the workbook.
 */
export interface PageTestHook {
  fileName(): string | null;
  snapshots(): Promise<SheetSnapshot[]>;
  setting(key: string): Promise<string | null>;
}

declare global {
  interface Window {
    selfevalPage?: PageTestHook;
  }
}

export function exposeTestHook(host: BrowserHost | null): void {
  window.selfevalPage = {
    fileName: () => host?.fileName ?? null,
    snapshots: async () => {
      if (!host) return [];
      const names = await host.sheetNames();
      return Promise.all(names.map((name) => host.readSheet(name)));
    },
    setting: async (key) => (host ? host.getSetting(key) : null),
  };
}
