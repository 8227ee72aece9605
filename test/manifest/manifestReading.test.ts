/**
 * @jest-environment jsdom
 */
/**
 * manifest.xml as Office's own tooling reads it (office-addin-manifest, its local reading only: no online
 * validation), beside the schema check of manifest.test.ts; and the rule that keeps the pane alive: every
 * button that shows the pane shows the same page, so a second button does not reload it (and lose its undo).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ManifestInfo } from 'office-addin-manifest';
import { version } from '../../package.json';

const MANIFEST = join(__dirname, '..', '..', 'manifest.xml');
const DEV_ORIGIN = 'https://localhost:3000';

/**
 * office-addin-manifest's reading, in a node of its own: one of its dependencies ships as an ES module only,
 * which node loads and jest's CommonJS runtime does not.
 */
function readWithOfficeTooling(): { info: ManifestInfo; apps: string[] } {
  const script = `
    const { OfficeAddinManifest, getOfficeAppsForManifestHosts } = require('office-addin-manifest');
    OfficeAddinManifest.readManifestFile(process.argv[1]).then((info) => {
      process.stdout.write(JSON.stringify({ info, apps: getOfficeAppsForManifestHosts(info.hosts) }));
    });`;
  const out = execFileSync(process.execPath, ['-e', script, MANIFEST], {
    cwd: join(__dirname, '..', '..'),
    encoding: 'utf8',
  });
  return JSON.parse(out) as { info: ManifestInfo; apps: string[] };
}

describe('manifest.xml read by office-addin-manifest', () => {
  test('is an Excel task-pane add-in with our identity, locale and permissions', () => {
    const { info, apps } = readWithOfficeTooling();
    expect(info.manifestType).toBe('xml');
    expect(info.officeAppType).toBe('TaskPaneApp');
    expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(info.displayName).toBe('绩效自评助手');
    expect(info.defaultLocale).toBe('zh-CN');
    expect(info.permissions).toBe('ReadWriteDocument');
    expect(info.hosts).toEqual(['Workbook']);
    expect(apps).toEqual(['excel']);
    // the manifest's four-part version follows package.json
    expect(info.version).toBe(`${version}.0`);
    expect(info.defaultSettings?.sourceLocation).toBe(`${DEV_ORIGIN}/taskpane.html`);
    expect(info.appDomains).toEqual([DEV_ORIGIN]);
  });
});

describe('buttons that share a task pane', () => {
  const doc = new DOMParser().parseFromString(readFileSync(MANIFEST, 'utf8'), 'application/xml');
  const all = (name: string) => [...doc.getElementsByTagNameNS('*', name)];
  const urls = new Map(
    all('Url').map((u) => [u.getAttribute('id'), u.getAttribute('DefaultValue')] as const),
  );
  const panes = all('Action')
    .filter((a) => a.getAttributeNS('http://www.w3.org/2001/XMLSchema-instance', 'type') === 'ShowTaskpane')
    .map((a) => ({
      id: a.getElementsByTagNameNS('*', 'TaskpaneId')[0]?.textContent?.trim() ?? '',
      url: urls.get(a.getElementsByTagNameNS('*', 'SourceLocation')[0]?.getAttribute('resid') ?? ''),
    }));

  test('打开助手 and 写入公式 open one pane', () => {
    expect(panes.length).toBeGreaterThanOrEqual(2);
    expect(new Set(panes.map((p) => p.id)).size).toBe(1);
  });

  test('with one page, so that the second button shows the open pane instead of reloading it', () => {
    // Office navigates an open pane whose TaskpaneId comes with another URL: the page reloads and the
    // pane's undo stack is gone.
    for (const id of new Set(panes.map((p) => p.id))) {
      expect(new Set(panes.filter((p) => p.id === id).map((p) => p.url))).toEqual(
        new Set([`${DEV_ORIGIN}/taskpane.html`]),
      );
    }
  });
});
