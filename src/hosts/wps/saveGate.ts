import { SaveAttempt, SaveDecision } from '../host';
import { EtApiEvents, EtBeforeSaveListener, EtCancel, EtWorkbook } from './etApi';

/**
 * The save gate over `ApiEvent` `WorkbookBeforeSave` (Wb, SaveAsUI, Cancel). WPS's 加载项 documentation
 * gives a third argument, `Cancel`, whose `Value` set to true holds the save (its sample asks `confirm()`
 * inside the listener); the et-jsapi-declare typings list only (Wb, SaveAsUi). So: where the event brings
 * `Cancel`, `decide` may hold the save; where it does not, the save goes on whatever `decide` says
 * (`canHold` false tells the pane to say so once saved). `save()` saves for the user who chose 仍然保存:
 * the gate lets exactly that save through without asking again.
 */
export class WpsSaveGate {
  private letNextThrough = false;

  constructor(
    private readonly events: EtApiEvents | null,
    private readonly book: () => EtWorkbook,
  ) {}

  subscribe(decide: (attempt: SaveAttempt) => SaveDecision): () => void {
    const events = this.events;
    if (!events) return () => undefined;
    const onBeforeSave: EtBeforeSaveListener = (_book, saveAsUi, cancel?: EtCancel) => {
      if (this.letNextThrough) {
        this.letNextThrough = false;
        return;
      }
      const canHold = typeof cancel === 'object' && cancel !== null && 'Value' in cancel;
      let decision: SaveDecision = 'proceed';
      try {
        decision = decide({ saveAs: saveAsUi === true, canHold });
      } catch {
        // A failing gate never stops a save.
      }
      if (canHold && decision === 'hold') cancel.Value = true;
    };
    try {
      events.AddApiEventListener('WorkbookBeforeSave', onBeforeSave);
    } catch {
      return () => undefined;
    }
    let stopped = false;
    return () => {
      if (stopped) return;
      stopped = true;
      try {
        events.RemoveApiEventListener('WorkbookBeforeSave', onBeforeSave);
      } catch {
        // WPS is closing the workbook or the pane.
      }
    };
  }

  /** Saves now; the gate does not ask about this save. */
  save(): void {
    this.letNextThrough = true;
    try {
      this.book().Save();
    } finally {
      this.letNextThrough = false;
    }
  }
}
