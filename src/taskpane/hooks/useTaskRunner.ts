import { useCallback, useRef, useState } from 'react';
import { MessageKey, Params } from '../i18n';
import { PaneError, paneErrorOf } from '../model/paneError';
import { HostError } from '../../hosts/host';

export interface Progress {
  done: number;
  total: number;
  /** What is being worked on now (a sheet name). */
  item?: string;
}

export interface BusyState {
  label: MessageKey;
  progress?: Progress;
}

export interface Notice {
  key: MessageKey;
  params?: Params;
  intent: 'success' | 'info' | 'warning';
}

/** What a running task may do besides its work: report progress and leave a message for the user. */
export interface TaskContext {
  progress(p: Progress): void;
  notify(notice: Notice): void;
}

export type RunTask = <T>(
  label: MessageKey,
  work: (task: TaskContext) => Promise<T>,
) => Promise<T | undefined>;

export interface TaskRunner {
  busy: BusyState | null;
  error: PaneError | null;
  notice: Notice | null;
  run: RunTask;
  /**
   * Runs work in the same queue without showing it as busy or clearing messages (the live check): a
   * failure still becomes the pane's error message.
   */
  runQuietly<T>(work: (task: TaskContext) => Promise<T>): Promise<T | undefined>;
  dismissError(): void;
  dismissNotice(): void;
}

/**
 * Runs host tasks one after another (a task asked for while another runs waits its turn): shows what is
 * going on, and turns any failure into a message instead of a crash. Messages of the last batch of tasks
 * stay until a task is started while the pane is idle.
 */
export function useTaskRunner(): TaskRunner {
  const [busy, setBusy] = useState<BusyState | null>(null);
  const [error, setError] = useState<PaneError | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const pending = useRef(0);

  const run = useCallback<RunTask>((label, work) => {
    if (pending.current === 0) {
      setError(null);
      setNotice(null);
    }
    pending.current++;
    const execute = async () => {
      setBusy({ label });
      try {
        return await work({
          progress: (progress) => setBusy({ label, progress }),
          notify: setNotice,
        });
      } catch (e) {
        setError(paneErrorOf(e));
        return undefined;
      } finally {
        if (--pending.current === 0) setBusy(null);
      }
    };
    const result = queue.current.then(execute);
    queue.current = result;
    return result;
  }, []);

  const runQuietly = useCallback(<T>(work: (task: TaskContext) => Promise<T>) => {
    const execute = async () => {
      try {
        return await work({ progress: () => undefined, notify: () => undefined });
      } catch (e) {
        // a host busy for a moment (the user in a cell, a recalculation): the next change checks again
        if (e instanceof HostError && e.code === 'busy') return undefined;
        setError(paneErrorOf(e));
        return undefined;
      }
    };
    const result = queue.current.then(execute);
    queue.current = result;
    return result;
  }, []);

  return {
    busy,
    error,
    notice,
    run,
    runQuietly,
    dismissError: useCallback(() => setError(null), []),
    dismissNotice: useCallback(() => setNotice(null), []),
  };
}
