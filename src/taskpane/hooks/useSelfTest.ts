import { useCallback, useState } from 'react';
import { Host } from '../../hosts/host';
import { runSelfTest } from '../selfTest/runSelfTest';
import { SelfTestEnvironment, SelfTestReport } from '../selfTest/types';
import { RunTask } from './useTaskRunner';

export interface SelfTest {
  report: SelfTestReport | null;
  run(): Promise<void>;
}

/** Runs the self-test in the pane's task queue (so it never interleaves with a write) and keeps its report. */
export function useSelfTest(host: Host, env: SelfTestEnvironment, runTask: RunTask): SelfTest {
  const [report, setReport] = useState<SelfTestReport | null>(null);
  const run = useCallback(async () => {
    const result = await runTask('busySelfTest', () => runSelfTest(host, env));
    if (result) setReport(result);
  }, [host, env, runTask]);
  return { report, run };
}
