/**
 * `npm start`: serves the production build of the browser page (dist/page, written by `npm run build:page`
 * just before) at http://localhost:3000/ (PAGE_PORT to change) — the page as a user gets it, minified,
 * not the development bundle. `npm run start:dev` is the watch mode for working on the page.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { serveDirectory } from '../test/e2e/staticServer';

const PAGE_DIR = join(__dirname, '..', 'dist', 'page');

async function main(): Promise<void> {
  if (!existsSync(join(PAGE_DIR, 'index.html'))) {
    console.error('selfeval: 尚未构建网页版，请先运行 npm run build:page');
    process.exitCode = 2;
    return;
  }
  const scripts = readdirSync(PAGE_DIR).filter((f) => f.endsWith('.js'));
  const bytes = scripts.reduce((n, f) => n + statSync(join(PAGE_DIR, f)).size, 0);
  const server = await serveDirectory(PAGE_DIR, Number(process.env.PAGE_PORT || 3000));
  console.log(
    `绩效自评助手 · 网页版: ${server.url}  (production build, ${(bytes / 1024 / 1024).toFixed(1)} MB of script)`,
  );
  console.log('Ctrl+C 停止 / to stop');
}

void main();
