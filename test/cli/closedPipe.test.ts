/**
 * `selfeval check … | head`: the reader closes the pipe after a few lines. The installed command (bin over
 * the compiled dist, as `npm install` leaves it) stops quietly instead of dying on EPIPE with a stack trace.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { xlsxBytes } from '../hosts/file/helpers';

const ROOT = join(__dirname, '..', '..');

test('a reader that stops early ends the command quietly', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'selfeval-pipe-'));
  const file = join(dir, '表.xlsx');
  writeFileSync(
    file,
    await xlsxBytes((wb) => {
      const ws = wb.addWorksheet('表');
      ws.getCell('A1').value = '项目名称';
    }),
  );
  const child = spawn(
    process.execPath,
    [join(ROOT, 'bin', 'selfeval.js'), 'check', '--jobs', '1', ...Array<string>(300).fill(file)],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  // like `head`: read the first lines, then close the pipe
  child.stdout.once('data', () => child.stdout.destroy());
  const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
  expect(stderr).not.toContain('EPIPE');
  expect(stderr).not.toContain('Error');
  expect(code).toBe(0);
}, 60_000);
