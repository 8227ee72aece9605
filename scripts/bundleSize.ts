/**
 * Size of the JavaScript the task pane loads before it can show anything: the scripts taskpane.html
 * references from build/ (Office.js from Microsoft's CDN is not ours and not counted), raw and gzipped.
 *
 *   npx tsx scripts/bundleSize.ts [--build] [--json]
 *
 * Builds first with --build or when build/taskpane.html is missing. `taskpaneBundleSize()` is for
 * scripts/bench.ts.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleFile {
  file: string;
  raw: number;
  gzip: number;
}

export interface BundleSize {
  files: BundleFile[];
  raw: number;
  gzip: number;
}

export const BUILD_DIR = join(__dirname, '..', 'build');

/** Local scripts of an HTML page, in order (absolute URLs such as the Office.js CDN are skipped). */
export function localScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const m of html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/gi)) {
    if (!/^(https?:)?\/\//i.test(m[1])) scripts.push(m[1].replace(/^\.?\//, ''));
  }
  return scripts;
}

export function buildAddin(): void {
  execFileSync('npx', ['webpack', '--mode', 'production'], {
    cwd: join(__dirname, '..'),
    stdio: 'inherit',
  });
}

export function taskpaneBundleSize(buildDir = BUILD_DIR): BundleSize {
  const html = readFileSync(join(buildDir, 'taskpane.html'), 'utf8');
  const files = localScripts(html).map((file) => {
    const bytes = readFileSync(join(buildDir, file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  return {
    files,
    raw: files.reduce((n, f) => n + f.raw, 0),
    gzip: files.reduce((n, f) => n + f.gzip, 0),
  };
}

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

function main(): void {
  const args = process.argv.slice(2);
  if (args.includes('--build') || !existsSync(join(BUILD_DIR, 'taskpane.html'))) buildAddin();
  const size = taskpaneBundleSize();
  if (args.includes('--json')) {
    console.log(JSON.stringify(size, null, 2));
    return;
  }
  for (const f of size.files) console.log(`${f.file}: ${kib(f.raw)} raw, ${kib(f.gzip)} gzipped`);
  console.log(`task pane initial JS: ${kib(size.raw)} raw, ${kib(size.gzip)} gzipped`);
}

if (require.main === module) main();
