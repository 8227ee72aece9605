/**
 * The webviews the add-ins run in (README, 支持的环境): every built script parses as ES2017, and every page
 * loads its bundles through the ES5 webview gate, which turns an older webview away with a Chinese message
 * (and completes a ribbon command's event) instead of a blank pane or a button that spins until Office's
 * timeout. The built files come from `npm run build` and `npm run build:wps`, which .ci/run runs before jest;
 * without them the bundle checks are skipped with the reason printed, except under CI, where they fail.
 */
import { parse } from 'acorn';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createContext, runInContext } from 'node:vm';

const ROOT = join(__dirname, '..', '..');
const GATE = join(ROOT, 'src', 'bootstrap', 'webviewGate.js');
const BUILDS = [join(ROOT, 'build'), join(ROOT, 'build', 'wps')];
const EXCEL_PAGES = ['taskpane.html', 'commands.html', 'notice.html'];
const WPS_PAGES = ['index.html', 'taskpane.html'];

const gateSource = readFileSync(GATE, 'utf8');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/** Parses `source` as a script of the given edition; null when it parses, else where and why it does not. */
function syntaxError(source: string, ecmaVersion: 5 | 2017): string | null {
  try {
    parse(source, { ecmaVersion, sourceType: 'script' });
    return null;
  } catch (e) {
    const pos = (e as { pos?: number }).pos ?? 0;
    return `${(e as Error).message} near ${JSON.stringify(source.slice(Math.max(0, pos - 60), pos + 20))}`;
  }
}

// ---------------------------------------------------------------------------------------------------------
// The gate itself, run in a sandbox standing for a webview.

interface FakeDialog {
  handlers: Map<string, () => void>;
  closed: boolean;
}

interface Sandbox {
  window?: Sandbox;
  written: string[];
  alerts: string[];
  dialogs: { url: string; dialog: FakeDialog }[];
  associated: Map<string, (event: unknown) => void>;
  body: { html: string };
  selfevalGate?: (options: object) => boolean;
  ribbon?: { OnAddinLoad(): boolean; OnAction(c: object): boolean; GetImage(c: object): string };
  [name: string]: unknown;
}

/**
 * A webview: `modern` runs ES2017 (node's own Function, Map, CSS variables…); otherwise `Function` throws on
 * ES2017 syntax as Internet Explorer 11's does. `dialogs` says whether DialogApi 1.1 is there.
 */
function webview(modern: boolean, dialogs = true): Sandbox {
  const sandbox: Sandbox = {
    written: [],
    alerts: [],
    dialogs: [],
    associated: new Map(),
    body: { html: '' },
  };
  const element = (id: string) => ({ id, textContent: '', innerHTML: '', onclick: null, firstChild: null });
  const elements = new Map([
    ['message', element('message')],
    ['ok', element('ok')],
  ]);
  Object.assign(sandbox, {
    Function: modern
      ? Function
      : function () {
          throw new SyntaxError('Expected identifier');
        },
    CSS: { supports: () => modern },
    URL,
    URLSearchParams,
    location: {
      href: 'https://addin.example/app/commands.html',
      search: '?message=%E5%B7%B2%E5%AE%8C%E6%88%90',
    },
    alert: (m: string) => sandbox.alerts.push(m),
    setTimeout: () => 0,
    document: {
      readyState: 'complete',
      write: (html: string) => sandbox.written.push(html),
      getElementById: (id: string) => elements.get(id) ?? null,
      createElement: () => {
        const holder = {
          innerHTML: '',
          get firstChild() {
            return { html: holder.innerHTML };
          },
        };
        return holder;
      },
      body: { appendChild: (child: { html: string }) => (sandbox.body.html += child.html) },
      addEventListener: () => undefined,
    },
    Office: {
      onReady: (callback: () => void) => callback(),
      actions: {
        associate: (name: string, fn: (event: unknown) => void) => sandbox.associated.set(name, fn),
      },
      context: {
        requirements: { isSetSupported: (set: string) => dialogs && set === 'DialogApi' },
        ui: {
          displayDialogAsync: (
            url: string,
            _options: object,
            callback: (result: { status: string; value: FakeDialog & object }) => void,
          ) => {
            const dialog = {
              handlers: new Map<string, () => void>(),
              closed: false,
              addEventHandler(type: string, handler: () => void) {
                dialog.handlers.set(type, handler);
              },
              close() {
                dialog.closed = true;
              },
            };
            sandbox.dialogs.push({ url, dialog });
            callback({ status: 'succeeded', value: dialog });
          },
          messageParent: (m: string) => sandbox.alerts.push(`messageParent:${m}`),
        },
      },
    },
  });
  sandbox.window = sandbox;
  sandbox.elements = elements;
  createContext(sandbox);
  runInContext(gateSource, sandbox);
  return sandbox;
}

describe('the webview gate (src/bootstrap/webviewGate.js)', () => {
  test('is ES5, so that it runs in the webviews it turns away', () => {
    expect(syntaxError(gateSource, 5)).toBeNull();
  });

  test('in a webview that runs ES2017 it writes the bundles’ script tags, in order', () => {
    const view = webview(true);
    expect(view.selfevalGate?.({ page: 'taskpane', scripts: ['a.js', 'b.js?x=1&y'] })).toBe(true);
    expect(view.written).toEqual(['<script src="a.js"></script>', '<script src="b.js?x=1&amp;y"></script>']);
    expect(view.body.html).toBe('');
  });

  test('in an older webview the pane loads nothing and says why, in Chinese', () => {
    const view = webview(false);
    expect(view.selfevalGate?.({ page: 'taskpane', scripts: ['taskpane.js'] })).toBe(false);
    expect(view.written).toEqual([]);
    expect(view.body.html).toContain('绩效自评助手无法在此环境中运行');
    expect(view.body.html).toContain('Internet Explorer 11');
  });

  test('in an older webview every ribbon function shows the message, then completes its event', () => {
    const view = webview(false);
    view.selfevalGate?.({
      page: 'commands',
      scripts: ['commands.js'],
      functionNames: ['validateSheet', 'insertX'],
    });
    expect([...view.associated.keys()]).toEqual(['validateSheet', 'insertX']);
    expect(typeof view.validateSheet).toBe('function');
    const event = { completed: jest.fn() };
    view.associated.get('validateSheet')?.(event);
    expect(view.dialogs).toHaveLength(1);
    expect(view.dialogs[0].url).toMatch(/^https:\/\/addin\.example\/app\/notice\.html\?message=/);
    expect(decodeURIComponent(view.dialogs[0].url.split('message=')[1])).toContain('无法在此环境中运行');
    expect(event.completed).not.toHaveBeenCalled();
    view.dialogs[0].dialog.handlers.get('dialogMessageReceived')?.();
    expect(view.dialogs[0].dialog.closed).toBe(true);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  test('without DialogApi a ribbon function completes its event at once', () => {
    const view = webview(false, false);
    view.selfevalGate?.({ page: 'commands', scripts: ['commands.js'], functionNames: ['validateSheet'] });
    const event = { completed: jest.fn() };
    (view.validateSheet as (e: unknown) => void)(event);
    expect(view.dialogs).toHaveLength(0);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  test('in an older webview the notice dialog shows its message and closes on 确定', () => {
    const view = webview(false);
    view.selfevalGate?.({ page: 'notice', scripts: ['notice.js'] });
    const elements = view.elements as Map<string, { textContent: string; onclick: (() => void) | null }>;
    expect(elements.get('message')?.textContent).toBe('已完成');
    elements.get('ok')?.onclick?.();
    expect(view.alerts).toEqual(['messageParent:close']);
  });

  test('in an older WPS the ribbon answers its callbacks and says why on a click', () => {
    const view = webview(false);
    view.selfevalGate?.({ page: 'wps-ribbon', scripts: ['js/ribbon.js'], buttonImage: 'images/icon-32.png' });
    expect(view.ribbon?.OnAddinLoad()).toBe(true);
    expect(view.ribbon?.GetImage({ Id: 'selfevalValidate' })).toBe('images/icon-32.png');
    expect(view.ribbon?.OnAction({ Id: 'selfevalValidate' })).toBe(true);
    expect(view.alerts).toHaveLength(1);
    expect(view.alerts[0]).toContain('Chromium 58');
  });
});

// ---------------------------------------------------------------------------------------------------------
// The built add-ins.

function whyNoBuild(): string | null {
  const missing = BUILDS.filter((dir) => !existsSync(join(dir, 'taskpane.html')));
  return missing.length > 0
    ? `not built: ${missing.map((d) => relative(ROOT, d)).join(', ')} (npm run build && npm run build:wps)`
    : null;
}

const skipReason = whyNoBuild();
if (skipReason && !process.env.CI) console.log(`build/ checks skipped: ${skipReason}`);
// Under CI the builds ran first (.ci/run): missing files there are a failure, not a skip.
const builtDescribe = skipReason && !process.env.CI ? describe.skip : describe;

builtDescribe(`the built bundles${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  test('are there (npm run build, npm run build:wps)', () => {
    expect(skipReason).toBeNull();
  });

  test('every built script parses as ES2017', () => {
    const scripts = BUILDS.flatMap((dir) => (existsSync(dir) ? filesUnder(dir) : [])).filter((f) =>
      /\.m?js$/.test(f),
    );
    const unique = [...new Set(scripts)];
    expect(unique.length).toBeGreaterThanOrEqual(8);
    const failures = unique
      .map((file) => [relative(ROOT, file), syntaxError(readFileSync(file, 'utf8'), 2017)] as const)
      .filter(([, error]) => error !== null);
    expect(failures).toEqual([]);
  });

  test.each([
    ...EXCEL_PAGES.map((p) => ['build', p] as const),
    ...WPS_PAGES.map((p) => ['build/wps', p] as const),
  ])('%s/%s loads its bundles only through the ES5 gate', (dir, page) => {
    const html = readFileSync(join(ROOT, dir, page), 'utf8');
    const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    expect(inline.length).toBeGreaterThanOrEqual(2);
    for (const script of inline) expect(syntaxError(script, 5)).toBeNull();
    // No script tag of ours: only office.js (Microsoft's, which runs in every Office webview).
    const sources = [...html.matchAll(/<script[^>]*\bsrc=["']?([^"' >]+)/g)].map((m) => m[1]);
    expect(sources.filter((s) => !s.startsWith('https://appsforoffice.microsoft.com/'))).toEqual([]);
    // The gate's call names bundles that exist.
    const call = /selfevalGate\((\{[\s\S]*?\})\);?\s*$/.exec(inline[inline.length - 1]);
    expect(call).not.toBeNull();
    const options = runInContext(`(${call?.[1] ?? '{}'})`, createContext({})) as { scripts: string[] };
    expect(options.scripts.length).toBeGreaterThan(0);
    for (const script of options.scripts)
      expect(existsSync(join(ROOT, dir, script.split('?')[0]))).toBe(true);
  });
});
