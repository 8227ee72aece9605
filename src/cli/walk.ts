import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** The spreadsheet files a folder's walk picks up; any other file in it is left alone. */
export const SPREADSHEET_EXTENSIONS = /\.(xlsx|xlsm|xls|et|ods)$/i;

/** Office's lock files (`~$自评表.xlsx`) and hidden files are not forms. */
function isSkipped(name: string): boolean {
  return name.startsWith('~$') || name.startsWith('.');
}

/** Code-point order of the full paths: the same on every machine and in every locale. */
const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Every spreadsheet file under `dir`, subfolders included, sorted by path. */
export async function spreadsheetsUnder(dir: string): Promise<string[]> {
  const found: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries) {
    if (isSkipped(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await spreadsheetsUnder(path)));
    else if ((entry.isFile() || entry.isSymbolicLink()) && SPREADSHEET_EXTENSIONS.test(entry.name))
      found.push(path);
  }
  return found.sort(byPath);
}

/**
 * The files a command line names: each folder replaced by the spreadsheets in it (sorted), each file kept
 * where it stands (a file that is no spreadsheet is then reported by the reader, one line, like any other).
 */
export async function expandInputs(inputs: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    let isDir = false;
    try {
      isDir = (await stat(input)).isDirectory();
    } catch {
      // Missing or unreadable: kept, so that the reader reports it.
    }
    if (isDir) files.push(...(await spreadsheetsUnder(input)));
    else files.push(input);
  }
  return files;
}
