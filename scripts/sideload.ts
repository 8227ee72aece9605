/**
 * `npm run start:excel` (or `stop:excel`): sideloads the add-in into desktop Excel with
 * office-addin-debugging, which also starts `npm run dev-server` when port 3000 is free; where it cannot,
 * says why and prints the steps by hand (exit 1).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { installedDebuggingCli, sideloadPlan } from './sideloadPlan';

const plan = sideloadPlan(
  process.argv[2] === 'stop' ? 'stop' : 'start',
  process.platform,
  installedDebuggingCli(),
);
if (plan.kind === 'explain') {
  console.error(plan.message);
  process.exitCode = 1;
} else {
  const run = spawnSync(process.execPath, plan.args, { stdio: 'inherit', cwd: join(__dirname, '..') });
  process.exitCode = run.status ?? 1;
}
