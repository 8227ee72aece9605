/**
 * `npm run test:e2e`: the browser page end to end in Debian's Chromium. Builds the page (skip with
 * E2E_SKIP_BUILD=1), serves dist/page on a free localhost port, runs every scenario and prints the last line
 * `N passed, M failed`. Options: `--only <regex>` runs matching scenarios, `--screenshots` also writes the
 * README's screenshots to docs/screenshots (all of them always go to test-results/e2e).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { E2EContext } from './context';
import { Runner } from './harness';
import { CHROMIUM_ARGS } from './pageDriver';
import { accessibilityScenarios } from './scenarios/accessibility';
import { downloadScenarios } from './scenarios/download';
import { fileScenarios } from './scenarios/files';
import { firstHourScenarios } from './scenarios/firstHour';
import { keyboardScenarios } from './scenarios/keyboard';
import { sampleScenarios } from './scenarios/sample';
import { screenshotScenarios } from './scenarios/screenshots';
import { scrollScenarios } from './scenarios/scroll';
import { writeScenarios } from './scenarios/writes';
import { serveDirectory } from './staticServer';

const ROOT = join(__dirname, '..', '..');
const PAGE_DIR = join(ROOT, 'dist', 'page');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function option(name: string): string | null {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? null) : null;
}

async function main(): Promise<number> {
  const only = option('--only');
  const runner = new Runner(only ? new RegExp(only) : null);
  const screenshots = {
    dir: join(ROOT, 'test-results', 'e2e'),
    docs: process.argv.includes('--screenshots') ? join(ROOT, 'docs', 'screenshots') : null,
  };
  for (const dir of [screenshots.dir, screenshots.docs]) if (dir) mkdirSync(dir, { recursive: true });

  if (process.env.E2E_SKIP_BUILD !== '1' || !existsSync(join(PAGE_DIR, 'index.html'))) {
    const ok = await runner.scenario(
      'the page builds (npm run build:page)',
      async () => {
        const start = Date.now();
        execFileSync('npm', ['run', '-s', 'build:page'], { cwd: ROOT, stdio: 'inherit' });
        runner.figure(`page build: ${((Date.now() - start) / 1000).toFixed(0)} s`);
      },
      true,
    );
    if (!ok) return finish(runner);
  }
  if (!existsSync(CHROMIUM)) {
    await runner.scenario('Chromium is installed', async () => {
      throw new Error(`no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);
    });
    return finish(runner);
  }

  const server = await serveDirectory(PAGE_DIR);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const tmp = mkdtempSync(join(tmpdir(), 'selfeval-e2e-'));
  const context: E2EContext = { runner, browser, url: server.url, tmp, screenshots };
  try {
    for (const group of [
      sampleScenarios,
      writeScenarios,
      downloadScenarios,
      fileScenarios,
      scrollScenarios,
      accessibilityScenarios,
      keyboardScenarios,
      firstHourScenarios,
      screenshotScenarios,
    ]) {
      await group(context);
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(tmp, { recursive: true, force: true });
  }
  return finish(runner);
}

function finish(runner: Runner): number {
  const { failed, passed } = runner.summary();
  return failed > 0 || passed === 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
