import { FileHost } from '../hosts/file/fileHost';
import { BrowserHost } from './browserHost';
import sampleUrl from './sample/sample.xlsx';

/** The name the bundled sample goes by, in the page and in the downloaded copy. */
export const SAMPLE_NAME = '绩效自评表示例.xlsx';

/** Opens .xlsx bytes; a file that is not a readable workbook raises WorkbookReadError (Chinese message). */
export async function openBytes(bytes: ArrayBuffer, fileName: string): Promise<BrowserHost> {
  return new BrowserHost(await FileHost.fromData(bytes, fileName), fileName);
}

/** Opens a file the user picked or dropped. */
export async function openFile(file: File): Promise<BrowserHost> {
  return openBytes(await file.arrayBuffer(), file.name);
}

/** Opens the sample built from the test fixtures (seed forms with their real faults). */
export async function openSample(): Promise<BrowserHost> {
  const response = await fetch(sampleUrl);
  if (!response.ok) throw new Error(`示例工作簿无法加载（HTTP ${response.status}）。`);
  return openBytes(await response.arrayBuffer(), SAMPLE_NAME);
}
