import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { RULE_SEVERITY } from '../../src/core/findings';

/** The README and docs/ are read in a clone: every link and path they give must be inside the repository. */

const ROOT = join(__dirname, '..', '..');
const DOCS = [
  join(ROOT, 'README.md'),
  ...readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => join(ROOT, 'docs', f)),
];

/** Markdown links `[text](target)` and images, without URLs and in-page anchors. */
function localLinks(text: string): string[] {
  return [...text.matchAll(/!?\[[^\]]*\]\(([^)\s]+)\)/g)]
    .map((m) => m[1].split('#')[0])
    .filter((target) => target !== '' && !/^[a-z]+:/i.test(target));
}

describe.each(DOCS.map((file) => [relative(ROOT, file), file]))('%s', (_name, file) => {
  const text = readFileSync(file, 'utf8');

  test('every local link resolves to a file in the repository', () => {
    const broken = localLinks(text).filter((target) => {
      const path = resolve(dirname(file), target);
      return !path.startsWith(ROOT + '/') || !existsSync(path);
    });
    expect(broken).toEqual([]);
  });

  test('points to no file outside the repository (../shared) as documentation', () => {
    expect(text).not.toMatch(/\]\(\.\.\/shared|see `\.\.\/shared\/DOMAIN\.md`|DOMAIN\.md §/);
  });
});

test('docs/checker.md lists every rule id with its severity', () => {
  const text = readFileSync(join(ROOT, 'docs', 'checker.md'), 'utf8');
  for (const [rule, severity] of Object.entries(RULE_SEVERITY))
    expect(text).toContain(`| \`${rule}\` | ${severity} |`);
});
