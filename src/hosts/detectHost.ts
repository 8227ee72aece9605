import { createExcelHost } from './excel/createExcelHost';
import { ExcelHost } from './excel/excelHost';
import { HostError } from './host';
import { createWpsHost, findWpsRoot } from './wps/createWpsHost';
import { WpsHost } from './wps/wpsHost';

/** Where the pane runs: inside Excel (Office.js), inside WPS 表格 (the WPS JS API), or a plain browser. */
export type PaneHostKind = 'excel' | 'wps' | 'browser';

export type PaneHost = { kind: 'excel'; host: ExcelHost } | { kind: 'wps'; host: WpsHost };

interface OfficeGlobal {
  context?: { host?: unknown } | null;
  onReady?: () => Promise<{ host: unknown }>;
}

function officeGlobal(): OfficeGlobal | null {
  const office: unknown = typeof Office !== 'undefined' ? Office : undefined;
  return typeof office === 'object' && office !== null ? (office as OfficeGlobal) : null;
}

/** Office.HostType.Excel, compared as text so that nothing here needs Office.js loaded. */
const EXCEL_HOST = 'Excel';

/**
 * The host, told from globals without waiting: WPS first (its pages define `Application` / `wps` with an
 * `ActiveWorkbook`, and may also have loaded office.js), then Excel (`Office.context.host`, set once
 * Office.js has initialised; before that, the `Excel` namespace Office.js loads only inside Excel).
 */
export function detectHostKind(): PaneHostKind {
  if (findWpsRoot()) return 'wps';
  const office = officeGlobal();
  if (office?.context?.host === EXCEL_HOST) return 'excel';
  if (office && typeof Excel !== 'undefined') return 'excel';
  return 'browser';
}

/**
 * The host once it can be used: in WPS at once; where Office.js is loaded, after `Office.onReady`, which
 * tells Excel from a plain browser for certain.
 */
export async function readyHostKind(): Promise<PaneHostKind> {
  if (findWpsRoot()) return 'wps';
  const office = officeGlobal();
  if (!office?.onReady) return 'browser';
  const info = await office.onReady();
  return info.host === EXCEL_HOST ? 'excel' : 'browser';
}

/** The host object for the pane; a plain browser has none (the page opens a file instead). */
export function createPaneHost(kind: PaneHostKind): PaneHost {
  switch (kind) {
    case 'excel':
      return { kind, host: createExcelHost() };
    case 'wps':
      return { kind, host: createWpsHost() };
    case 'browser':
      throw new HostError('unsupported', '请在 Excel 或 WPS 表格中打开绩效自评助手。');
  }
}
