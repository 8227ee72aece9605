/**
 * @jest-environment jsdom
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import * as wpsRibbon from '../../../src/commands/wpsRibbon';
import { listTemplates } from '../../../src/core/templates';
import { EtApplication, EtWindow, EtWorkbook, WpsAddinRoot } from '../../../src/hosts/wps/etApi';
import { nationalSheet } from '../excel/nationalSheet';
import { FakeEt } from './fakeEt';

const ROOT = join(__dirname, '..', '..', '..');
const RIBBON_XML = readFileSync(join(ROOT, 'wps', 'ribbon.xml'), 'utf8');
const BUILD = join(ROOT, 'build', 'wps');
const PAGE_URL = 'https://example.org/selfeval/index.html';

const CALLBACK_ATTRIBUTES = [
  'onLoad',
  'onAction',
  'getImage',
  'getLabel',
  'getEnabled',
  'getVisible',
  'getScreentip',
  'getSupertip',
  'getContent',
  'getPressed',
];

function ribbonDocument(): Document {
  const doc = new DOMParser().parseFromString(RIBBON_XML, 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

/** Every callback ribbon.xml names, as `ribbon.<Name>` → Name. */
function callbackNames(): string[] {
  const names = new Set<string>();
  for (const element of Array.from(ribbonDocument().getElementsByTagName('*'))) {
    for (const attribute of CALLBACK_ATTRIBUTES) {
      const value = element.getAttribute(attribute);
      if (value === null) continue;
      expect(value).toMatch(/^ribbon\.[A-Za-z]\w*$/);
      names.add(value.slice('ribbon.'.length));
    }
  }
  return [...names].sort();
}

interface FakePane {
  ID: number;
  Visible: boolean;
  url: string;
  title?: string;
  Navigate(url: string): void;
  reloads: number;
}

/** The WPS add-in root: the fake application plus task panes and plugin storage. */
class FakeAddinRoot implements WpsAddinRoot {
  readonly panes: FakePane[] = [];
  readonly storage = new Map<string, string>();
  readonly PluginStorage = {
    getItem: (key: string) => this.storage.get(key) as string,
    setItem: (key: string, value: string | number | boolean) => void this.storage.set(key, String(value)),
  };

  constructor(private readonly app: EtApplication) {}

  get ActiveWorkbook(): EtWorkbook | null {
    return this.app.ActiveWorkbook;
  }
  get ActiveWindow(): EtWindow | null {
    return this.app.ActiveWindow;
  }
  get ScreenUpdating(): boolean {
    return this.app.ScreenUpdating;
  }
  set ScreenUpdating(on: boolean) {
    this.app.ScreenUpdating = on;
  }
  get DisplayAlerts(): boolean {
    return this.app.DisplayAlerts;
  }
  set DisplayAlerts(on: boolean) {
    this.app.DisplayAlerts = on;
  }

  CreateTaskPane(url: string, title?: string): FakePane {
    const pane: FakePane = {
      ID: 100 + this.panes.length,
      Visible: false,
      url,
      title,
      reloads: 0,
      // WPS loads the page again: whatever the pane held in memory is gone
      Navigate(to: string) {
        this.url = to;
        this.reloads++;
      },
    };
    this.panes.push(pane);
    return pane;
  }

  GetTaskPane(id: number): FakePane {
    const pane = this.panes.find((p) => p.ID === id);
    if (!pane) throw new Error(`no task pane ${id}`);
    return pane;
  }
}

function ribbonOver(snapshots = [nationalSheet('自评表', 2)], inWps = true) {
  const fake = new FakeEt(snapshots.map((snapshot) => ({ snapshot })));
  const root = new FakeAddinRoot(fake.application);
  const said: string[] = [];
  const ribbon = wpsRibbon.createRibbon({
    root: () => (inWps ? root : null),
    pageUrl: () => PAGE_URL,
    say: (message) => said.push(message),
  });
  return { fake, root, said, ribbon };
}

describe('wps/ribbon.xml', () => {
  test('names only callbacks that src/commands/wpsRibbon.ts exports as functions', () => {
    const names = callbackNames();
    expect(names).toEqual(['GetImage', 'OnAction', 'OnAddinLoad']);
    const exported = wpsRibbon as unknown as Record<string, unknown>;
    for (const name of names) expect(typeof exported[name]).toBe('function');
  });

  test('has the 绩效自评 tab with its four controls and one menu item per catalogue form', () => {
    const doc = ribbonDocument();
    const tab = doc.getElementsByTagName('tab')[0];
    expect(tab.getAttribute('label')).toBe('绩效自评');
    const group = tab.getElementsByTagName('group')[0];
    const top = Array.from(group.children).map((c) => [
      c.tagName,
      c.getAttribute('id'),
      c.getAttribute('label'),
    ]);
    expect(top).toEqual([
      ['button', wpsRibbon.CONTROL.openPane, '打开助手'],
      ['menu', wpsRibbon.CONTROL.insertTemplate, '插入模板'],
      ['button', wpsRibbon.CONTROL.validate, '一键校验'],
      ['button', wpsRibbon.CONTROL.formulas, '写入公式'],
    ]);
    const items = Array.from(doc.getElementsByTagName('menu')[0].getElementsByTagName('button'));
    expect(items.map((b) => b.getAttribute('id'))).toEqual(wpsRibbon.templateControlIds());
    expect(items.map((b) => b.getAttribute('label'))).toEqual(listTemplates().map((t) => t.name));
  });

  test('every control with onAction does something when clicked', async () => {
    const ids = Array.from(ribbonDocument().querySelectorAll('[onAction]')).map((e) => e.getAttribute('id')!);
    for (const id of ids) {
      const { root, said, ribbon } = ribbonOver();
      expect(ribbon.OnAction({ Id: id })).toBe(true);
      await ribbon.idle();
      expect(root.panes.length + said.length).toBeGreaterThan(0);
    }
  });
});

describe('ribbon callbacks', () => {
  test('打开助手 creates the task pane once and shows it again afterwards', () => {
    const { root, ribbon } = ribbonOver();
    expect(ribbon.OnAddinLoad({})).toBe(true);
    ribbon.OnAction({ Id: wpsRibbon.CONTROL.openPane });
    expect(root.panes).toHaveLength(1);
    expect(root.panes[0]).toMatchObject({
      url: 'https://example.org/selfeval/taskpane.html',
      title: '绩效自评助手',
      Visible: true,
    });
    root.panes[0].Visible = false;
    ribbon.OnAction({ Id: wpsRibbon.CONTROL.openPane });
    expect(root.panes).toHaveLength(1);
    expect(root.panes[0].Visible).toBe(true);
  });

  test('写入公式 opens a new pane on its formulas view', () => {
    const { root, ribbon } = ribbonOver();
    ribbon.OnAction({ Id: wpsRibbon.CONTROL.formulas });
    expect(root.panes).toHaveLength(1);
    expect(root.panes[0].url).toBe('https://example.org/selfeval/taskpane.html?view=formulas');
  });

  test('写入公式 shows an open pane without reloading it, so that its undo stack stays', () => {
    const { root, ribbon } = ribbonOver();
    ribbon.OnAction({ Id: wpsRibbon.CONTROL.openPane });
    root.panes[0].Visible = false;
    ribbon.OnAction({ Id: wpsRibbon.CONTROL.formulas });
    expect(root.panes).toHaveLength(1);
    expect(root.panes[0].Visible).toBe(true);
    expect(root.panes[0].reloads).toBe(0);
  });

  test('a pane WPS no longer knows is made again', () => {
    const { root, ribbon } = ribbonOver();
    root.storage.set(wpsRibbon.PANE_ID_KEY, '7');
    ribbon.OnAction({ Id: wpsRibbon.CONTROL.formulas });
    expect(root.panes).toHaveLength(1);
    expect(root.storage.get(wpsRibbon.PANE_ID_KEY)).toBe('100');
  });

  test('一键校验 checks the active sheet over the WPS host and says what it found', async () => {
    const snap = nationalSheet('自评表', 2);
    snap.values[6][4] = 50; // 全年执行数 no longer matches the shown 执行率
    const { fake, said, ribbon } = ribbonOver([snap]);
    ribbon.OnAction({ Id: wpsRibbon.CONTROL.validate });
    await ribbon.idle();
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(/^共检查 2 张表，发现 \d+ 个问题/);
    expect(fake.cell('自评表', 6, 6).fill).toBe('#FFC7CE');
    expect(fake.stats.visibleWrites).toBe(0);
  });

  test('each 插入模板 item puts its form on a new sheet', async () => {
    for (const entry of listTemplates()) {
      const { fake, said, ribbon } = ribbonOver();
      ribbon.OnAction({ Id: `${wpsRibbon.TEMPLATE_CONTROL_PREFIX}${entry.id}` });
      await ribbon.idle();
      expect(said[0]).toMatch(/^已在新工作表「.+」中插入/);
      expect(fake.sheetNames()).toHaveLength(2);
      expect(fake.activeSheet).toBe(fake.sheetNames()[1]);
    }
  });

  test('says why when the sheet is protected, when the form is unknown, or outside WPS', async () => {
    const protectedRibbon = ribbonOver();
    protectedRibbon.fake.setProtected('自评表', true);
    const snap = protectedRibbon.fake.sheet('自评表');
    snap.cell(6, 4).value = 50;
    protectedRibbon.ribbon.OnAction({ Id: wpsRibbon.CONTROL.validate });
    await protectedRibbon.ribbon.idle();
    expect(protectedRibbon.said[0]).toContain('工作表受保护');

    const unknown = ribbonOver();
    unknown.ribbon.OnAction({ Id: `${wpsRibbon.TEMPLATE_CONTROL_PREFIX}nope` });
    await unknown.ribbon.idle();
    expect(unknown.said).toEqual(['没有找到模板「nope」。']);

    const outside = ribbonOver(undefined, false);
    outside.ribbon.OnAction({ Id: wpsRibbon.CONTROL.openPane });
    expect(outside.said[0]).toContain('未检测到 WPS 表格');
  });

  test('gives every button the packaged icon', () => {
    expect(wpsRibbon.GetImage({ Id: wpsRibbon.CONTROL.validate })).toBe(wpsRibbon.BUTTON_IMAGE);
    expect(existsSync(join(ROOT, 'assets', wpsRibbon.BUTTON_IMAGE.replace('images/', '')))).toBe(true);
  });
});

const built = existsSync(join(BUILD, 'js', 'ribbon.js'));

(built ? describe : describe.skip)('build/wps (after npm run build:wps)', () => {
  test('holds the package files, and index.html loads the ribbon script', () => {
    for (const file of [
      'index.html',
      'ribbon.xml',
      'taskpane.html',
      'jsplugins.xml',
      'publish.xml',
      'package.json',
    ]) {
      expect(existsSync(join(BUILD, file))).toBe(true);
    }
    expect(readFileSync(join(BUILD, 'ribbon.xml'), 'utf8')).toBe(RIBBON_XML);
    // through the webview gate (test/bundles/es2017Bundles.test.ts), which writes the script tags
    expect(readFileSync(join(BUILD, 'index.html'), 'utf8')).toMatch(/selfevalGate\(\{[^}]*"js\/ribbon\.js/);
    expect(readFileSync(join(BUILD, 'taskpane.html'), 'utf8')).toMatch(
      /selfevalGate\(\{[^}]*"js\/taskpane\.js/,
    );
    expect(existsSync(join(BUILD, wpsRibbon.BUTTON_IMAGE))).toBe(true);
  });

  test('its ribbon script defines window.ribbon with every callback ribbon.xml names', () => {
    const window: { location: { href: string }; ribbon?: Record<string, unknown> } = {
      location: { href: PAGE_URL },
    };
    runInNewContext(readFileSync(join(BUILD, 'js', 'ribbon.js'), 'utf8'), { window, self: window, URL });
    for (const name of callbackNames()) expect(typeof window.ribbon?.[name]).toBe('function');
    expect(
      window.ribbon?.GetImage && (window.ribbon.GetImage as (c: { Id: string }) => string)({ Id: 'x' }),
    ).toBe(wpsRibbon.BUTTON_IMAGE);
  });
});
