import { SaveAttempt, SaveDecision } from '../host';
import { hostProperty, listenBothWays } from './apiEventListener';
import { EtApiEvents, EtWorkbook } from './etApi';

/** A workbook's identity across host objects: its full path, else its name (an unsaved 工作簿1). */
function workbookKey(book: unknown): string | undefined {
  for (const property of ['FullName', 'Name']) {
    const value = hostProperty(book, property);
    if (typeof value === 'string' && value) return value;
  }
  return undefined;
}

/** The answer objects of an asking event's arguments (`Cancel`, an object whose `Value` answers WPS). */
function cancelArguments(args: unknown[]): object[] {
  return args.filter(
    (a): a is object => typeof a === 'object' && a !== null && typeof hostProperty(a, 'Value') === 'boolean',
  );
}

export interface SaveGateHooks {
  /** Shows the add-in's task pane; false when it cannot (then a save is never held: nobody would see why). */
  showPane(): boolean;
}

/**
 * The save gate over `ApiEvent` `WorkbookBeforeSave`, an asking event (询问型): the listener answers WPS
 * through `ApiEvent.Cancel` (the typings' and WPS's OA samples' way), and some builds' documentation gives
 * a `Cancel` argument whose `Value` answers instead (`(Wb, SaveAsUI, Cancel)`, or `(Wb, Cancel)` in its
 * example). Holding sets every one of them. `ApiEvent.Cancel` is reset as each save is announced, so a
 * held save never holds the next. The event fires for every open workbook: only the pane's own workbook
 * is asked about. A save is held only with the pane shown (a question in a hidden pane would block the save
 * with no word). `save()` follows WPS's own sample: stop listening, save, listen again.
 */
export class WpsSaveGate {
  private decide: ((attempt: SaveAttempt) => SaveDecision) | null = null;
  private remove: (() => void) | null = null;
  private held: EtWorkbook | null = null;

  constructor(
    private readonly events: EtApiEvents | null,
    private readonly book: () => EtWorkbook,
    private readonly hooks: SaveGateHooks,
  ) {}

  subscribe(decide: (attempt: SaveAttempt) => SaveDecision): () => void {
    this.decide = decide;
    this.listen();
    return () => {
      this.decide = null;
      this.stopListening();
    };
  }

  private listen(): void {
    const events = this.events;
    if (!events || this.remove) return;
    const onBeforeSave = (...args: unknown[]) => this.announced(args);
    this.remove = listenBothWays(events, 'WorkbookBeforeSave', onBeforeSave, (book: unknown) =>
      workbookKey(book),
    );
  }

  private stopListening(): void {
    this.remove?.();
    this.remove = null;
  }

  private announced(args: unknown[]): void {
    const events = this.events as unknown as Record<string, unknown>;
    this.answer(false);
    const decide = this.decide;
    if (!decide) return;
    const [book, saveAsUi] = args;
    let ours = true;
    try {
      const mine = workbookKey(this.book());
      const saved = workbookKey(book);
      ours = mine === undefined || saved === undefined || mine === saved;
    } catch {
      ours = true;
    }
    if (!ours) return;
    const cancels = cancelArguments(args.slice(1));
    const answerable = cancels.length > 0 || typeof hostProperty(events, 'Cancel') === 'boolean';
    let decision: SaveDecision = 'proceed';
    try {
      const canHold = answerable && this.hooks.showPane();
      decision = decide({ saveAs: saveAsUi === true, canHold });
      if (!canHold) decision = 'proceed';
    } catch {
      // A failing gate never stops a save.
      decision = 'proceed';
    }
    if (decision !== 'hold') return;
    this.held = (typeof book === 'object' && book !== null ? book : null) as EtWorkbook | null;
    this.answer(true);
    for (const cancel of cancels) {
      try {
        (cancel as { Value: boolean }).Value = true;
      } catch {
        // another answer may still hold it
      }
    }
  }

  /** `ApiEvent.Cancel`, the asking events' answer, where the build has it. */
  private answer(cancel: boolean): void {
    const events = this.events as unknown as Record<string, unknown> | null;
    if (!events || typeof hostProperty(events, 'Cancel') !== 'boolean') return;
    try {
      events.Cancel = cancel;
    } catch {
      // a build that answers only through the event's argument
    }
  }

  /** Saves the held workbook (else the active one) now; the gate does not ask about this save. */
  save(): void {
    const listening = this.remove !== null;
    this.stopListening();
    try {
      // the answer that held the last save may still stand: it must not hold this one
      this.answer(false);
      const held = this.held;
      this.held = null;
      const target = held && typeof hostProperty(held, 'Save') === 'function' ? held : this.book();
      target.Save();
    } finally {
      if (listening && this.decide) this.listen();
    }
  }
}
