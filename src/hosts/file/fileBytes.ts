import { readFile } from 'node:fs/promises';
import { WorkbookReadError } from './readErrors';

/** Reads a file's bytes; a missing or unreadable path becomes a WorkbookReadError with a one-line message. */
export async function loadFileBytes(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new WorkbookReadError('not-found', path);
    if (code === 'EISDIR') throw new WorkbookReadError('not-xlsx', path);
    throw new WorkbookReadError('unreadable', path);
  }
}
