import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

interface LintResult {
  messages: { ruleId: string | null; message: string }[];
}

/**
 * The project's own lint (eslint.config.mjs, type-aware) catches a switch over a union — here the Layout ids —
 * whose `default` silently takes the members it does not name: adding a layout must not pass unnoticed.
 */
test('a switch over Layout that falls into default is a lint error', () => {
  const root = join(__dirname, '..', '..');
  const run = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules', 'eslint', 'bin', 'eslint.js'),
      '--no-ignore',
      '--format',
      'json',
      'test/lint/switchOverLayout.fixture.ts',
    ],
    { cwd: root, encoding: 'utf8' },
  );
  const [result] = JSON.parse(run.stdout) as LintResult[];
  const messages = result.messages.filter(
    (m) => m.ruleId === '@typescript-eslint/switch-exhaustiveness-check',
  );
  expect(messages).toHaveLength(1);
  expect(messages[0].message).toMatch(/hubei2019/);
}, 60000);
