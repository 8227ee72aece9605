import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * A private LibreOffice profile that recalculates every formula when a file is loaded (`OOXMLRecalcMode` 0 =
 * always), so the values read back are LibreOffice's own, never the cached values we wrote.
 */
export function makeProfile(dir: string): string {
  const user = join(dir, 'user');
  mkdirSync(user, { recursive: true });
  const item = (name: string) =>
    `<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="${name}" oor:op="fuse"><value>0</value></prop></item>`;
  writeFileSync(
    join(user, 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
${item('OOXMLRecalcMode')}
${item('ODFRecalcMode')}
</oor:items>
`,
  );
  return pathToFileURL(dir).href;
}

/** Runs soffice headless with the profile; rejects on a non-zero exit or after `timeoutMs`. */
export function soffice(profileUrl: string, args: string[], timeoutMs = 180_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      'soffice',
      [`-env:UserInstallation=${profileUrl}`, '--headless', '--norestore', ...args],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`soffice timed out after ${timeoutMs} ms: ${args.join(' ')}`));
    }, timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(output);
      else reject(new Error(`soffice exited ${code}: ${output.trim()}`));
    });
  });
}

/** Loads each .xlsx (recalculating everything) and saves it as .xlsx into `outDir`, same file names. */
export async function recalculate(profileUrl: string, files: string[], outDir: string): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  await soffice(profileUrl, ['--calc', '--convert-to', 'xlsx', '--outdir', outDir, ...files]);
}

/** Renders a workbook to PDF (every sheet, as printed). */
export async function toPdf(profileUrl: string, file: string, outDir: string): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  await soffice(profileUrl, ['--convert-to', 'pdf', '--outdir', outDir, file]);
}
