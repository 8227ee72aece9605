import { useCallback, useEffect, useRef, useState } from 'react';
import { SETTING_LIVE_CHECK } from '../../core/settings';
import { Host } from '../../hosts/host';
import { expireTrail, FIXED_SHOWN_MS, followTrail, freshTrail, TrailEntry } from '../model/findingsTrail';
import { LiveChecker } from '../model/liveCheck';
import { SheetResult } from '../model/sheetResult';
import { TaskContext } from './useTaskRunner';
import { useWorkbookSwitch, WorkbookSwitch } from './useWorkbookSwitch';
import { WorkbookAnalysis } from './useWorkbookAnalysis';

export interface LiveCheck {
  /** 边输入边检查 (only where the host reports edits). */
  available: boolean;
  option: WorkbookSwitch;
  /**
   * The findings as the list shows them: in place, fixed ones marked for a moment; undefined until it
   * follows the sheets shown (the list then shows the checks' own order).
   */
  trail: TrailEntry[] | undefined;
}

type RunQuietly = <T>(work: (task: TaskContext) => Promise<T>) => Promise<T | undefined>;

/**
 * Checks the sheets in view again after the user pauses typing in one of them (one read and one check per
 * pause, LiveChecker), then lets the marks follow. Changes our own writes make never reach here
 * (withOwnWrites), and changes on sheets not being checked are ignored. The list of findings follows
 * the checks in place (findingsTrail); a check the user asks for starts it afresh.
 */
export function useLiveCheck(
  host: Host,
  runQuietly: RunQuietly,
  analysis: WorkbookAnalysis,
  enabled: boolean,
  afterCheck: (sheets: readonly SheetResult[]) => Promise<void>,
): LiveCheck {
  const option = useWorkbookSwitch(host, SETTING_LIVE_CHECK);
  const [state, setState] = useState<{ of: readonly SheetResult[] | null; trail: TrailEntry[] }>({
    of: null,
    trail: [],
  });
  const trail = state.trail;
  const live = useRef(false);
  const checkedNames = useRef<Set<string>>(new Set());
  const latest = useRef({ analysis, afterCheck });
  latest.current = { analysis, afterCheck };

  const sheets = analysis.sheets;
  useEffect(() => {
    if (!sheets) return;
    checkedNames.current = new Set(sheets.map((s) => s.snapshot.name));
    const findings = sheets.flatMap((s) => s.analysis.findings);
    const followed = live.current;
    live.current = false;
    setState((previous) => ({
      of: sheets,
      trail: followed ? followTrail(previous.trail, findings, Date.now()) : freshTrail(findings),
    }));
  }, [sheets]);

  // Fixed findings leave once shown long enough.
  useEffect(() => {
    if (!trail.some((e) => e.fixedAt !== null)) return undefined;
    const timer = setTimeout(
      () => setState((s) => ({ of: s.of, trail: expireTrail(s.trail, Date.now()) })),
      FIXED_SHOWN_MS,
    );
    return () => clearTimeout(timer);
  }, [trail]);

  const check = useCallback(async () => {
    await runQuietly(async (task) => {
      live.current = true;
      let checked: SheetResult[];
      try {
        checked = await latest.current.analysis.analyze(task);
      } catch (e) {
        live.current = false;
        throw e;
      }
      await latest.current.afterCheck(checked);
    });
  }, [runQuietly]);

  const available = host.onCellsChange !== undefined;
  useEffect(() => {
    if (!enabled || !option.on || !host.onCellsChange) return undefined;
    const checker = new LiveChecker(check);
    const stop = host.onCellsChange((change) => {
      if (checkedNames.current.has(change.sheet)) checker.changed();
    });
    return () => {
      stop();
      checker.stop();
    };
  }, [host, enabled, option.on, check]);

  return { available, option, trail: state.of === sheets ? trail : undefined };
}
