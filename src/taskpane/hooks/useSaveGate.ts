import { useCallback, useEffect, useRef, useState } from 'react';
import { SETTING_SAVE_GATE } from '../../core/settings';
import { Host, SaveAttempt, SaveDecision } from '../../hosts/host';
import { SheetResult } from '../model/sheetResult';
import { useWorkbookSwitch, WorkbookSwitch } from './useWorkbookSwitch';

/** What the pane says about a save: held until the user answers, or gone through with errors. */
export type SaveGatePrompt = { kind: 'held'; errors: number } | { kind: 'savedWithErrors'; errors: number };

export interface SaveGate {
  /** The host announces saves (WPS); Excel's add-in API has no before-save event. */
  available: boolean;
  option: WorkbookSwitch;
  prompt: SaveGatePrompt | null;
  /** 仍然保存: saves the held save now, without asking again. */
  saveAnyway(): Promise<void>;
  dismiss(): void;
}

export function errorCount(sheets: readonly SheetResult[] | null): number {
  return (sheets ?? []).reduce(
    (n, s) => n + s.analysis.findings.filter((f) => f.severity === 'error').length,
    0,
  );
}

/**
 * 保存前提醒: when the workbook is saved with error findings (as the last check, kept current by the live
 * check, found them), the save is held and the pane asks 「发现 N 个错误，仍要保存吗？」 (查看 / 仍然保存).
 * It never blocks for good: 仍然保存 saves at once, the next save is asked about again, the option turns it
 * off. A save the host cannot hold (no Cancel, or a Save As dialog we could not show again) goes on and
 * the pane says right after that it went out with errors.
 */
export function useSaveGate(host: Host, sheets: readonly SheetResult[] | null, enabled: boolean): SaveGate {
  const option = useWorkbookSwitch(host, SETTING_SAVE_GATE);
  const [prompt, setPrompt] = useState<SaveGatePrompt | null>(null);
  const errors = useRef(0);
  errors.current = errorCount(sheets);

  useEffect(() => {
    if (!enabled || !option.on || !host.onBeforeSave) return undefined;
    return host.onBeforeSave((attempt: SaveAttempt): SaveDecision => {
      const n = errors.current;
      if (n === 0) return 'proceed';
      if (attempt.canHold && !attempt.saveAs) {
        setPrompt({ kind: 'held', errors: n });
        return 'hold';
      }
      setPrompt({ kind: 'savedWithErrors', errors: n });
      return 'proceed';
    });
  }, [host, enabled, option.on]);

  const saveAnyway = useCallback(async () => {
    setPrompt(null);
    if (host.saveWorkbook) await host.saveWorkbook();
  }, [host]);

  return {
    available: host.onBeforeSave !== undefined,
    option,
    prompt,
    saveAnyway,
    dismiss: useCallback(() => setPrompt(null), []),
  };
}
