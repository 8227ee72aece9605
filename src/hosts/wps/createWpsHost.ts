import { HostError } from '../host';
import { EtApiEvents, WpsAddinRoot } from './etApi';
import { WpsHost } from './wpsHost';

/**
 * The add-in root of the running WPS 表格 from the `Application` global (older builds: `wps`), or null
 * outside WPS or in another WPS component (文字 and 演示 have no `ActiveWorkbook`).
 */
export function findWpsRoot(): WpsAddinRoot | null {
  const root =
    typeof Application !== 'undefined' ? Application : typeof wps !== 'undefined' ? wps : undefined;
  return root && root.ActiveWorkbook !== undefined ? root : null;
}

/** ET's application events: the `wps` global's (some builds leave `Application.ApiEvent` undefined). */
function findApiEvents(root: WpsAddinRoot): EtApiEvents | null {
  const fromWps: EtApiEvents | undefined = typeof wps !== 'undefined' ? wps.ApiEvent : undefined;
  return fromWps ?? root.ApiEvent ?? null;
}

/** The host of the running WPS 表格. */
export function createWpsHost(): WpsHost {
  const root = findWpsRoot();
  if (!root) throw new HostError('unsupported', '未检测到 WPS 表格，请在 WPS 表格中打开绩效自评助手。');
  return new WpsHost(root, findApiEvents(root));
}
