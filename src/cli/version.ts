import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The version in package.json. Read at run time (not imported) because the compiled CLI lives in
 * dist/cli/ and the source in src/cli/: both are two folders below the package root.
 */
export function cliVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as {
      version?: unknown;
    };
    return typeof pkg.version === 'string' ? pkg.version : 'unknown';
  } catch {
    return 'unknown';
  }
}
