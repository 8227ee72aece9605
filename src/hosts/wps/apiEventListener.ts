import { EtApiEvents } from './etApi';

/** The ET application events the add-in listens to. */
export type EtEventName = 'SheetActivate' | 'SheetChange' | 'WorkbookBeforeSave';

/** `AddApiEventListener` without its per-event overloads: one registration path for every event. */
interface LooseApiEvents {
  AddApiEventListener(event: string, callback: unknown): void;
  RemoveApiEventListener(event: string, callback?: unknown): void;
}

let registered = 0;

/**
 * Registers `listener` the two ways WPS builds take an `ApiEvent` listener: by the name of a global function
 * (as WPS's own add-in templates do) and as a closure. A build that honours both calls both within one
 * dispatch; `keyOf` names a dispatch (the sheet, the range, the workbook) so the listener runs once per
 * dispatch whichever the build honours. Answers the remover, or null when WPS refused both forms.
 */
export function listenBothWays<A extends unknown[]>(
  events: EtApiEvents,
  event: EtEventName,
  listener: (...args: A) => void,
  keyOf: (...args: A) => unknown,
): (() => void) | null {
  const api = events as unknown as LooseApiEvents;
  const scope = globalThis as unknown as Record<string, unknown>;
  const name = `selfevalApiEvent${event}${++registered}`;
  let inDispatch: unknown = undefined;
  const once = (...args: A) => {
    const key = keyOf(...args) ?? args[0];
    if (inDispatch !== undefined && inDispatch === key) return;
    inDispatch = key;
    // the other form of the same dispatch is called synchronously after this one
    void Promise.resolve().then(() => (inDispatch = undefined));
    listener(...args);
  };
  scope[name] = once;
  const added: unknown[] = [];
  for (const callback of [name, once]) {
    try {
      api.AddApiEventListener(event, callback);
      added.push(callback);
    } catch {
      // this build takes the other form
    }
  }
  const remove = () => {
    for (const callback of added) {
      try {
        api.RemoveApiEventListener(event, callback);
      } catch {
        // WPS is closing the workbook or the pane: nothing is left to report to.
      }
    }
    delete scope[name];
  };
  if (added.length === 0) {
    remove();
    return null;
  }
  let stopped = false;
  return () => {
    if (stopped) return;
    stopped = true;
    remove();
  };
}

/** A property of a host object, read (never tested with `in`: host objects may not list what they have). */
export function hostProperty(object: unknown, name: string): unknown {
  if ((typeof object !== 'object' && typeof object !== 'function') || object === null) return undefined;
  try {
    return (object as Record<string, unknown>)[name];
  } catch {
    return undefined;
  }
}
