/**
 * The WPS ribbon's callbacks (wps/ribbon.xml names them `ribbon.<Name>`). WPS loads wps/index.html when
 * the add-in starts; its script assigns this module's exports to `window.ribbon`. Buttons that act on the
 * sheet (一键校验, one 插入模板 item per catalogue form) run here over a WpsHost and say what they did; the
 * others open the task pane (src/taskpane, built into taskpane.html) with `Application.CreateTaskPane`.
 */
import { listTemplates } from '../core/templates';
import { WpsAddinRoot } from '../hosts/wps/etApi';
import { findWpsRoot } from '../hosts/wps/createWpsHost';
import { WpsHost } from '../hosts/wps/wpsHost';
import { PANE_ID_KEY } from '../hosts/wps/ownPane';
import {
  ActionOutcome,
  catalogueTemplate,
  failureMessage,
  insertTemplateOnNewSheet,
  validateActiveSheet,
} from './actions';

/** Control ids of wps/ribbon.xml. */
export const CONTROL = {
  openPane: 'selfevalOpenPane',
  insertTemplate: 'selfevalInsertTemplate',
  validate: 'selfevalValidate',
  formulas: 'selfevalFormulas',
} as const;

/** 插入模板 menu items are `selfevalTemplate_<catalogue id>`. */
export const TEMPLATE_CONTROL_PREFIX = 'selfevalTemplate_';

export const PANE_TITLE = '绩效自评助手';
export { PANE_ID_KEY };
/** The button image, copied from assets/ into the package's images/. */
export const BUTTON_IMAGE = 'images/icon-32.png';

/** What WPS passes to a control's callbacks (the typings declare no type for it). */
export interface RibbonControl {
  readonly Id: string;
}

export interface RibbonEnvironment {
  /** The WPS add-in root, or null outside WPS 表格. */
  root(): WpsAddinRoot | null;
  /** The URL of the page the callbacks run in; taskpane.html sits beside it. */
  pageUrl(): string;
  /** Tells the user what happened (a modal message in WPS). */
  say(message: string): void;
}

export interface RibbonCallbacks {
  OnAddinLoad(ribbonUI: unknown): boolean;
  OnAction(control: RibbonControl): boolean;
  GetImage(control: RibbonControl): string;
  /** Settles when the last action's work is done (for tests; WPS ignores what OnAction returns later). */
  idle(): Promise<void>;
}

const NOT_IN_WPS = '未检测到 WPS 表格，请在 WPS 表格中使用绩效自评助手。';

export function paneUrl(pageUrl: string, view?: string): string {
  const url = new URL('taskpane.html', pageUrl);
  if (view) url.searchParams.set('view', view);
  return url.toString();
}

/** The ribbon callbacks over an environment (WPS itself, or a test's fake). */
export function createRibbon(env: RibbonEnvironment): RibbonCallbacks {
  let work: Promise<void> = Promise.resolve();

  /**
   * Shows the pane, reusing the one this WPS session made as it is: navigating it would reload the page
   * and lose its undo stack. `view` is where a pane made now opens.
   */
  const showPane = (root: WpsAddinRoot, view?: string) => {
    const url = paneUrl(env.pageUrl(), view);
    const id = Number(root.PluginStorage.getItem(PANE_ID_KEY));
    if (id) {
      try {
        const pane = root.GetTaskPane(id);
        if (pane) {
          pane.Visible = true;
          return;
        }
      } catch {
        // The pane was closed for good: make a new one.
      }
    }
    const pane = root.CreateTaskPane(url, PANE_TITLE);
    root.PluginStorage.setItem(PANE_ID_KEY, pane.ID);
    pane.Visible = true;
  };

  const runAction = (root: WpsAddinRoot, action: (host: WpsHost) => Promise<ActionOutcome>) => {
    work = work
      .then(() => action(new WpsHost(root)))
      .then(
        (outcome) => env.say(outcome.message),
        (e: unknown) => env.say(failureMessage(e)),
      );
  };

  return {
    OnAddinLoad: () => true,

    OnAction: (control) => {
      const root = env.root();
      if (!root) {
        env.say(NOT_IN_WPS);
        return true;
      }
      try {
        const id = control.Id;
        if (id === CONTROL.openPane) showPane(root);
        else if (id === CONTROL.formulas) showPane(root, 'formulas');
        else if (id === CONTROL.validate) runAction(root, (host) => validateActiveSheet(host));
        else if (id.startsWith(TEMPLATE_CONTROL_PREFIX)) {
          const build = catalogueTemplate(id.slice(TEMPLATE_CONTROL_PREFIX.length));
          runAction(root, (host) => insertTemplateOnNewSheet(host, build));
        }
      } catch (e) {
        env.say(failureMessage(e));
      }
      return true;
    },

    GetImage: () => BUTTON_IMAGE,

    idle: () => work,
  };
}

/** The ids of the 插入模板 menu items, one per catalogue form (ribbon.xml must list exactly these). */
export function templateControlIds(): string[] {
  return listTemplates().map((t) => `${TEMPLATE_CONTROL_PREFIX}${t.id}`);
}

const wpsRibbon = createRibbon({
  root: findWpsRoot,
  pageUrl: () => window.location.href,
  say: (message) => window.alert(message),
});

export const OnAddinLoad = wpsRibbon.OnAddinLoad;
export const OnAction = wpsRibbon.OnAction;
export const GetImage = wpsRibbon.GetImage;
