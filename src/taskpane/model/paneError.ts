import { HostError } from '../../hosts/host';
import { MessageKey, Params } from '../i18n';
import { FillsUnknownError } from './highlights';

/** What the pane shows for a failed action: a headline in the pane's language and the detail. */
export interface PaneError {
  title: MessageKey;
  /** A message of ours, translated when shown. */
  body?: { key: MessageKey; params?: Params };
  /** The host's own words (Chinese), shown as they are. */
  detail?: string;
}

const TITLE_OF_CODE: Record<HostError['code'], MessageKey> = {
  protected: 'errorProtected',
  empty: 'errorEmpty',
  'too-large': 'errorTooLarge',
  unsupported: 'errorUnsupported',
  'not-found': 'errorNotFound',
  busy: 'errorBusy',
  failed: 'errorFailed',
};

function isHostError(e: unknown): e is HostError {
  // Checked by shape too: a host bundled separately throws its own copy of the class.
  return (
    e instanceof HostError ||
    (e instanceof Error && e.name === 'HostError' && typeof (e as { code?: unknown }).code === 'string')
  );
}

export function paneErrorOf(e: unknown): PaneError {
  if (isHostError(e)) {
    const title = TITLE_OF_CODE[e.code] ?? 'errorFailed';
    if (e.code === 'empty') return { title, detail: e.message, body: { key: 'noTablesBody' } };
    return { title, detail: e.message };
  }
  if (e instanceof FillsUnknownError) {
    return { title: 'errorUnsupported', body: { key: 'fillsUnknown', params: { sheet: e.sheet } } };
  }
  const message = e instanceof Error ? e.message : String(e);
  return { title: 'errorTitle', body: { key: 'errorUnexpected', params: { message } } };
}
