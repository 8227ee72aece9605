/**
 * A worker thread of `selfeval check` over many files (batch.ts): checks one file per message and posts the
 * result back. Declarations (`--targets`) are read once, on the first task.
 */
import { parentPort } from 'node:worker_threads';
import { analyzeSheet } from '../core/analyze';
import { TableTargets } from '../core/declaredTargets';
import { checkFile, CheckOptions, readDeclarations } from './check';
import { FileCheck } from './checkResults';

export interface WorkerTask {
  index: number;
  file: string;
  options: CheckOptions;
}

export interface WorkerAnswer {
  index: number;
  result: FileCheck;
}

let declarations: Promise<TableTargets[]> | null = null;

parentPort?.on('message', (task: WorkerTask) => {
  void (async () => {
    declarations ??= readDeclarations(task.options.targets, analyzeSheet).then((d) => d.tables);
    const { declared: _declared, ...result } = await checkFile(
      task.file,
      task.options,
      analyzeSheet,
      await declarations,
    );
    const answer: WorkerAnswer = { index: task.index, result };
    parentPort?.postMessage(answer);
  })();
});
