import { useCallback, useState } from 'react';
import { TableTargets } from '../../core/declaredTargets';
import { readDeclarations } from '../declarations/readDeclarations';
import { RunTask } from './useTaskRunner';

export interface Declarations {
  /** The picked workbook's name and its annual target tables; null before one is picked. */
  loaded: { fileName: string; tables: TableTargets[] } | null;
  load(file: File): Promise<void>;
  clear(): void;
}

/** The file's bytes; through FileReader where Blob.arrayBuffer is missing (older webviews). */
function bytesOf(file: File): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error(`无法读取文件：${file.name}`));
    reader.readAsArrayBuffer(file);
  });
}

/** A declaration workbook picked from disk, to compare self-evaluations with when the workbook holds none. */
export function useDeclarations(run: RunTask): Declarations {
  const [loaded, setLoaded] = useState<Declarations['loaded']>(null);
  const load = useCallback(
    async (file: File) => {
      await run('busyReadingDeclarations', async (task) => {
        const tables = await readDeclarations(await bytesOf(file), file.name);
        setLoaded({ fileName: file.name, tables });
        task.notify({
          key: 'declarationsLoaded',
          params: { file: file.name, count: tables.length },
          intent: 'success',
        });
      });
    },
    [run],
  );
  const clear = useCallback(() => setLoaded(null), []);
  return { loaded, load, clear };
}
