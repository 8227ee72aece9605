import { Browser } from 'playwright-core';
import { Runner } from './harness';

/** What every group of scenarios gets from the runner. */
export interface E2EContext {
  runner: Runner;
  browser: Browser;
  /** The page's URL on the local server. */
  url: string;
  /** A scratch directory, removed at the end. */
  tmp: string;
  /** Where screenshots go (test-results/e2e), and docs/screenshots for the README's when --screenshots. */
  screenshots: { dir: string; docs: string | null };
}
