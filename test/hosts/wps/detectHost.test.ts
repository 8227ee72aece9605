import { createPaneHost, detectHostKind, readyHostKind } from '../../../src/hosts/detectHost';
import { HostError } from '../../../src/hosts/host';
import { WpsHost } from '../../../src/hosts/wps/wpsHost';
import { nationalSheet } from '../excel/nationalSheet';
import { FakeEt } from './fakeEt';

const globals = globalThis as Record<string, unknown>;
const NAMES = ['Application', 'wps', 'Office', 'Excel'];

afterEach(() => {
  for (const name of NAMES) delete globals[name];
});

describe('detectHostKind / readyHostKind', () => {
  test('a plain browser (or node) has no host', async () => {
    expect(detectHostKind()).toBe('browser');
    expect(await readyHostKind()).toBe('browser');
    expect(() => createPaneHost('browser')).toThrow(HostError);
  });

  test('WPS 表格 is told by its Application global, even where office.js is loaded too', async () => {
    globals.Application = new FakeEt([{ snapshot: nationalSheet('甲', 1) }]).application;
    globals.Office = { context: {}, onReady: () => Promise.resolve({ host: null }) };
    expect(detectHostKind()).toBe('wps');
    expect(await readyHostKind()).toBe('wps');
    const pane = createPaneHost('wps');
    expect(pane.host).toBeInstanceOf(WpsHost);
    expect(await pane.host.sheetNames()).toEqual(['甲']);
  });

  test('older WPS builds name the root `wps`; WPS 文字 (no ActiveWorkbook) is not WPS 表格', () => {
    globals.wps = new FakeEt([{ snapshot: nationalSheet('甲', 1) }]).application;
    expect(detectHostKind()).toBe('wps');
    delete globals.wps;
    globals.Application = { ActiveDocument: {} };
    expect(detectHostKind()).toBe('browser');
  });

  test('Excel is told by Office.context.host, or after Office.onReady', async () => {
    globals.Office = { context: { host: 'Excel' } };
    expect(detectHostKind()).toBe('excel');
    globals.Office = { context: null, onReady: () => Promise.resolve({ host: 'Excel' }) };
    expect(await readyHostKind()).toBe('excel');
    globals.Office = { context: null, onReady: () => Promise.resolve({ host: null }) };
    expect(await readyHostKind()).toBe('browser');
  });
});
