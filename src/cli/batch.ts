import { availableParallelism } from 'node:os';
import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { CheckOptions } from './check';
import { FailedFile, FileCheck } from './checkResults';
import type { WorkerAnswer, WorkerTask } from './checkWorker';

/**
 * A worker's heap ceiling. With the reader's own limits (a sheet past Excel's size, a decompression bomb are
 * refused before parsing) a worker stays well under it; past it the worker dies and only its file fails.
 */
export const WORKER_HEAP_MB = 768;

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/**
 * The code a worker runs: the worker script next to this one. Run from TypeScript sources (tsx, jest) it
 * is required through tsx's CommonJS hook, which a worker does not inherit.
 */
function workerSource(): string {
  const ext = extname(__filename);
  const script = JSON.stringify(join(__dirname, `checkWorker${ext}`));
  if (ext !== '.ts') return `require(${script});`;
  return `require(${JSON.stringify(require.resolve('tsx/cjs'))}); require(${script});`;
}

function workerDied(file: string, reason: string): FailedFile {
  return {
    file,
    error: `检查失败：${file}（${reason}）`,
    errorEn: `Check failed: ${file} (${reason})`,
  };
}

/**
 * Checks `files` on `jobs` worker threads, one file per task. `onResult` is called in the files' order
 * (a result waits for those before it), so output is the same however the work was shared. A worker that
 * dies (out of memory, a crash) fails its own file only; a fresh worker takes over the rest. `source` is
 * the code each worker runs (checkWorker by default; a test gives one that dies on purpose).
 */
export async function checkInParallel(
  files: readonly string[],
  options: CheckOptions,
  jobs: number,
  onResult: (index: number, result: FileCheck) => void,
  source: string = workerSource(),
): Promise<FileCheck[]> {
  const results: (FileCheck | undefined)[] = new Array<FileCheck | undefined>(files.length);
  let nextTask = 0;
  let nextOut = 0;
  // Each task carries the options, but not the list of every file (cloning it per task cost more than the
  // checks themselves on a 1,000-file batch).
  const taskOptions: CheckOptions = { ...options, files: [] };

  const settle = (index: number, result: FileCheck) => {
    results[index] = result;
    while (nextOut < files.length && results[nextOut] !== undefined) {
      onResult(nextOut, results[nextOut]!);
      nextOut++;
    }
  };

  const runWorker = () =>
    new Promise<void>((resolve) => {
      const worker = new Worker(source, {
        eval: true,
        resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
      });
      let current = -1;
      const give = () => {
        if (nextTask >= files.length) {
          current = -1;
          void worker.terminate().then(() => resolve());
          return;
        }
        current = nextTask++;
        const task: WorkerTask = { index: current, file: files[current], options: taskOptions };
        worker.postMessage(task);
      };
      worker.on('message', (answer: WorkerAnswer) => {
        settle(answer.index, answer.result);
        give();
      });
      let failed = false;
      const fail = (reason: string) => {
        if (failed) return;
        failed = true;
        if (current >= 0) settle(current, workerDied(files[current], reason));
        // The rest goes on in a fresh worker.
        if (nextTask < files.length) void runWorker().then(resolve);
        else resolve();
      };
      worker.on('error', (error) => {
        const outOfMemory = (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
        fail(outOfMemory ? `内存不足，超过 ${WORKER_HEAP_MB} MB` : error.message);
      });
      worker.on('exit', (code) => {
        if (current >= 0) fail(`检查进程意外退出（${code}）`);
      });
      give();
    });

  const pool = Math.max(1, Math.min(jobs, files.length));
  await Promise.all(Array.from({ length: pool }, runWorker));
  return results.map((r, i) => r ?? workerDied(files[i], 'no result'));
}
