/**
 * The ribbon's function commands (manifest.xml: ExecuteFunction). Each runs an action on the Excel host,
 * shows the outcome in a small dialog, then tells Office it has finished.
 */

/* global Office */

import { createExcelHost } from '../hosts/excel/createExcelHost';
import { Host } from '../hosts/host';
import {
  ActionOutcome,
  catalogueTemplate,
  failureMessage,
  insertTemplateOnNewSheet,
  validateActiveSheet,
} from './actions';

/** How long the outcome stays up when the user does not close it. */
const NOTICE_SECONDS = 12;

let host: Host | null = null;
const excelHost = (): Host => (host ??= createExcelHost());

function noticeUrl(message: string): string {
  const url = new URL('notice.html', window.location.href);
  url.searchParams.set('message', message);
  return url.toString();
}

/** Shows `message` in a dialog until the user closes it or time runs out; at once where dialogs are missing. */
function notify(message: string): Promise<void> {
  if (!Office.context.requirements.isSetSupported('DialogApi', '1.1')) return Promise.resolve();
  return new Promise((resolve) => {
    const options = { height: 25, width: 30, displayInIframe: true };
    Office.context.ui.displayDialogAsync(noticeUrl(message), options, (result) => {
      if (result.status === Office.AsyncResultStatus.Failed) {
        resolve();
        return;
      }
      const dialog = result.value;
      let open = true;
      const finish = (closeIt: boolean) => {
        if (!open) return;
        open = false;
        clearTimeout(timer);
        if (closeIt) dialog.close();
        resolve();
      };
      const timer = setTimeout(() => finish(true), NOTICE_SECONDS * 1000);
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => finish(true));
      // The user closed it with the dialog's own X.
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => finish(false));
    });
  });
}

function command(
  action: (host: Host) => Promise<ActionOutcome>,
): (event: Office.AddinCommands.Event) => void {
  return (event) => {
    void (async () => {
      let message: string;
      try {
        message = (await action(excelHost())).message;
      } catch (e) {
        message = failureMessage(e);
      }
      try {
        await notify(message);
      } finally {
        event.completed();
      }
    })();
  };
}

const validateSheet = command((h) => validateActiveSheet(h));
const insertTemplateNational = command((h) => insertTemplateOnNewSheet(h, catalogueTemplate('national')));
const insertTemplateHubei2019 = command((h) => insertTemplateOnNewSheet(h, catalogueTemplate('hubei2019')));
const insertTemplateDepartment = command((h) => insertTemplateOnNewSheet(h, catalogueTemplate('department')));
const insertTemplateTarget = command((h) => insertTemplateOnNewSheet(h, catalogueTemplate('target')));

Office.onReady(() => {
  Office.actions.associate('validateSheet', validateSheet);
  Office.actions.associate('insertTemplateNational', insertTemplateNational);
  Office.actions.associate('insertTemplateHubei2019', insertTemplateHubei2019);
  Office.actions.associate('insertTemplateDepartment', insertTemplateDepartment);
  Office.actions.associate('insertTemplateTarget', insertTemplateTarget);
});

// Clients that predate Office.actions look the FunctionName up on the global object.
Object.assign(globalThis, {
  validateSheet,
  insertTemplateNational,
  insertTemplateHubei2019,
  insertTemplateDepartment,
  insertTemplateTarget,
});
