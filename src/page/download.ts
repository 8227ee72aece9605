import { BrowserHost } from './browserHost';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** `自评表.xlsx` (or .xls, .et, .ods) → `自评表-已校验.xlsx`: always an .xlsx; the original stays as it was. */
export function checkedFileName(original: string): string {
  const base = original.replace(/\.(xlsx|xlsm|xls|et|ods)$/i, '') || '工作簿';
  return `${base}-已校验.xlsx`;
}

/** Saves the workbook as it is now (formulas with their computed values, highlights) through the browser. */
export async function downloadWorkbook(host: BrowserHost): Promise<string> {
  // A copy into a plain ArrayBuffer: Blob does not take views over a SharedArrayBuffer.
  const bytes = new Uint8Array(await host.toBuffer());
  const name = checkedFileName(host.fileName);
  const url = URL.createObjectURL(new Blob([bytes], { type: XLSX_TYPE }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The browser has taken its copy once the click is handled.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}
