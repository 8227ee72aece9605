/**
 * Part of `npm run test:calc`: the same form saved by LibreOffice as .xlsx, .xls and .ods (and the .xls
 * renamed .et, as WPS writes most .et files in the Excel 97–2003 structure) gives identical `check --json`
 * output; an .ods's cells counted before parsing (limits.ts, odsRefusal) are the ones SheetJS creates;
 * `fix` on an .xls writes an .xlsx that checks like the fixed .xlsx, and leaves the .xls untouched.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { runCli } from '../../src/cli/main';
import { zipEntries } from '../../src/hosts/file/limits';
import { odsCells } from '../../src/hosts/file/odsCells';
import { zipEntryBytes } from '../../src/hosts/file/zipEntryBytes';
import { cellsCreatedBySheetJs } from '../hosts/file/sheetJsCells';
import { soffice } from './libreoffice';

type Expect = (name: string, ok: boolean, detail?: string) => void;

const FORMATS = ['xlsx', 'xls', 'ods'] as const;

/** `check --json` of one file, with the file name taken out so that formats compare. */
async function checkJson(file: string, extra: string[] = []): Promise<{ code: number; json: string }> {
  let out = '';
  const code = await runCli(['check', '--json', ...extra, file], {
    out: (t) => (out += t),
    err: () => undefined,
  });
  const doc = JSON.parse(out) as { files: { file: string }[] };
  return { code, json: JSON.stringify(doc.files.map((f) => ({ ...f, file: undefined }))) };
}

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `…${a.slice(Math.max(0, i - 60), i + 80)}\n     vs …${b.slice(Math.max(0, i - 60), i + 80)}`;
}

export async function verifyFormats(
  profileUrl: string,
  fixtures: string[],
  dir: string,
  expect: Expect,
): Promise<void> {
  const saved = join(dir, 'formats');
  mkdirSync(saved, { recursive: true });
  const started = Date.now();
  for (const format of FORMATS) {
    await soffice(profileUrl, ['--calc', '--convert-to', format, '--outdir', saved, ...fixtures]);
  }
  console.log(
    `LibreOffice saved ${fixtures.length} fixtures as ${FORMATS.join('/')} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  for (const fixture of fixtures) {
    const name = basename(fixture, '.xlsx');
    const file = (ext: string) => join(saved, `${name}.${ext}`);
    if (!FORMATS.every((f) => existsSync(file(f)))) {
      expect(`${name}: LibreOffice saved every format`, false, FORMATS.map((f) => file(f)).join(', '));
      continue;
    }
    copyFileSync(file('xls'), file('et'));
    const odsBytes = new Uint8Array(readFileSync(file('ods')));
    const content = zipEntries(odsBytes)?.find((e) => e.name === 'content.xml');
    const contentBytes = content ? await zipEntryBytes(odsBytes, content) : null;
    const counted = contentBytes ? odsCells(new TextDecoder().decode(contentBytes)).cells : -1;
    const created = await cellsCreatedBySheetJs(odsBytes);
    expect(
      `${name}: the .ods's cells counted before parsing are the cells SheetJS creates (${created})`,
      counted === created,
      `counted ${counted}, created ${created}`,
    );
    const reference = await checkJson(file('xlsx'));
    for (const ext of ['xls', 'ods', 'et']) {
      const other = await checkJson(file(ext));
      expect(
        `${name}: .${ext} checks exactly as .xlsx (exit ${reference.code})`,
        other.json === reference.json && other.code === reference.code,
        `exit ${other.code} vs ${reference.code}: ${firstDifference(other.json, reference.json)}`,
      );
    }
    if (!/^seed00[0-2]$|variant-formulas/.test(name)) continue;
    const before = readFileSync(file('xls'));
    const quiet = { out: () => undefined, err: () => undefined };
    await runCli(['fix', file('xlsx'), '-o', join(saved, `${name}.fixed-from-xlsx.xlsx`)], quiet);
    let said = '';
    await runCli(['fix', file('xls'), '-o', join(saved, `${name}.fixed-from-xls.xls`)], {
      out: (t) => (said += t),
      err: () => undefined,
    });
    const written = join(saved, `${name}.fixed-from-xls.xlsx`);
    expect(
      `${name}: fix on .xls says it saves .xlsx and names the file`,
      said.includes(`结果以 .xlsx 格式保存为：${written}`) && existsSync(written),
      said.split('\n')[0],
    );
    expect(`${name}: fix leaves the .xls untouched`, before.equals(readFileSync(file('xls'))));
    const fromXlsx = await checkJson(join(saved, `${name}.fixed-from-xlsx.xlsx`));
    const fromXls = await checkJson(written);
    expect(
      `${name}: the .xlsx fixed from .xls checks as the one fixed from .xlsx`,
      fromXls.json === fromXlsx.json,
      firstDifference(fromXls.json, fromXlsx.json),
    );
  }
}
