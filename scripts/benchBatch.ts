/**
 * `npm run bench`, a reviewer's batch: 1,000 one-form .xlsx files (the bench form with its planted faults,
 * each file with its own project name) checked by `selfeval check DIR --json` on one thread and on every
 * core, by the compiled command in a process of its own: seconds, files per second, speed-up. Figures
 * only, nothing asserted.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { execFileSync, spawnSync } from 'node:child_process';
import { buildWorkbook, SHEET } from './benchWorkbook';

async function writeBatch(dir: string, count: number): Promise<void> {
  const built = await buildWorkbook(1);
  const ws = built.workbook.getWorksheet(SHEET)!;
  // The project name sits beside its label in the form's second row; each file names its own project.
  let nameCell: { row: number; col: number } | null = null;
  ws.eachRow((row, r) =>
    row.eachCell((cell, c) => {
      if (!nameCell && cell.value === '项目名称') nameCell = { row: r, col: c + 1 };
    }),
  );
  for (let i = 0; i < count; i++) {
    if (nameCell) {
      const { row, col } = nameCell as { row: number; col: number };
      ws.getCell(row, col).value = `第${i + 1}号项目工作经费`;
    }
    const bytes = await built.workbook.xlsx.writeBuffer();
    writeFileSync(join(dir, `单位${String(i + 1).padStart(4, '0')}.xlsx`), new Uint8Array(bytes));
  }
}

const ROOT = join(__dirname, '..');

/** The command as installed (bin/selfeval.js over the compiled dist/), started as its own process. */
function timedCheck(dir: string, jobs: number): { seconds: number; code: number; out: string } {
  const start = performance.now();
  const args = [join(ROOT, 'bin', 'selfeval.js'), 'check', '--json', '--jobs', String(jobs), dir];
  const run = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 30 });
  return { seconds: (performance.now() - start) / 1000, code: run.status ?? -1, out: run.stdout };
}

/**
 * What the machine gives right now: the same pure computation on one worker, then on `n` workers doing `n`
 * times the work. A ratio near `n` means free cores; near 1, other work is using them (the batch's speed-up
 * can be no better).
 */
async function parallelCapacity(n: number): Promise<number> {
  const code =
    'let x = 0; for (let i = 0; i < 2e8; i++) x += i % 7; require("worker_threads").parentPort.postMessage(x);';
  const run = async (workers: number) => {
    const start = performance.now();
    await Promise.all(
      Array.from(
        { length: workers },
        () =>
          new Promise<void>((done) => {
            const worker = new Worker(code, { eval: true });
            worker.on('message', () => void worker.terminate().then(() => done()));
          }),
      ),
    );
    return performance.now() - start;
  };
  const one = await run(1);
  return (one * n) / (await run(n));
}

/**
 * The checking alone, without the command around it: the files shared out to `n` workers running the
 * compiled checkFile back to back. Its ratio over one worker is the most the batch could gain here.
 */
async function checkingAlone(dir: string, n: number): Promise<number> {
  const files = readdirSync(dir).map((f) => join(dir, f));
  const check = JSON.stringify(join(ROOT, 'dist', 'cli', 'check.js'));
  const analyze = JSON.stringify(join(ROOT, 'dist', 'core', 'analyze.js'));
  const code = `
    const { parentPort, workerData } = require('worker_threads');
    const { checkFile } = require(${check});
    const { analyzeSheet } = require(${analyze});
    (async () => {
      for (const f of workerData) await checkFile(f, { files: [] }, analyzeSheet, []);
      parentPort.postMessage(0);
    })();`;
  const start = performance.now();
  await Promise.all(
    Array.from(
      { length: n },
      (_, w) =>
        new Promise<void>((done, fail) => {
          const worker = new Worker(code, { eval: true, workerData: files.filter((_f, i) => i % n === w) });
          worker.on('message', () => void worker.terminate().then(() => done()));
          worker.on('error', fail);
        }),
    ),
  );
  return performance.now() - start;
}

export async function benchBatch(count = 1000): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'selfeval-batch-bench-'));
  try {
    const started = performance.now();
    await writeBatch(dir, count);
    // The compiled command, as `npm install` leaves it (npm run build:cli).
    execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
    const cores = availableParallelism();
    console.log('');
    console.log(
      `batch: ${count} one-form files written in ${((performance.now() - started) / 1000).toFixed(1)} s; ${cores} cores, load average ${loadavg()[0].toFixed(1)} (other work on the machine shares them)`,
    );
    const capacity = await parallelCapacity(cores);
    console.log(`  the machine now runs ${capacity.toFixed(2)}× the pure computation on ${cores} threads`);
    const alone = (await checkingAlone(dir, 1)) / (await checkingAlone(dir, cores));
    console.log(
      `  and ${alone.toFixed(2)}× the checking alone (workers reading and checking files, no command around them)`,
    );
    const one = timedCheck(dir, 1);
    const all = timedCheck(dir, cores);
    const rate = (s: number) => `${(count / s).toFixed(0)} files/s`;
    console.log(`  1 thread:   ${one.seconds.toFixed(1)} s, ${rate(one.seconds)}`);
    console.log(`  ${cores} threads:  ${all.seconds.toFixed(1)} s, ${rate(all.seconds)}`);
    console.log(
      `  speed-up ${(one.seconds / all.seconds).toFixed(2)}×; same output: ${one.out === all.out ? 'yes' : 'NO'}; exit ${one.code}/${all.code}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) void benchBatch(Number(process.argv[2]) || 1000);
