/*
 * The first script of every page the add-ins load (Excel: taskpane, commands, notice; WPS: index, taskpane).
 * ES5 on purpose, and inlined into the page by the webpack configs: it must run in the very webviews it turns
 * away (Internet Explorer 11 in Excel 2016/2019 on Windows 7/8.1, an old Chromium in an old WPS). It checks
 * that the webview runs what the bundles are compiled to (ES2017 syntax and the built-ins they call); then it
 * writes the bundles' script tags (document.write keeps them blocking, in order, as plain tags would be).
 * Otherwise it loads nothing and says why in Chinese instead of leaving a blank pane, and a ribbon command
 * still completes its event (a function file that never loads leaves the button spinning until Office's
 * timeout). test/bundles/es2017Bundles.test.ts parses this file as ES5 and runs it in both outcomes.
 */
(function (global) {
  'use strict';

  var TITLE = '绩效自评助手无法在此环境中运行';
  var OFFICE_ADVICE =
    '此 Office 使用的浏览器内核过旧（如 Windows 7/8.1 上 Excel 2016/2019 使用的 Internet Explorer 11），' +
    '绩效自评助手需要 Microsoft Edge 内核（EdgeHTML 16 及以上或 WebView2）、Chromium 58 及以上或 Safari 11 及以上。' +
    '请在 Windows 10/11 上使用 Excel 2019/2021/Microsoft 365，或使用网页版 Excel。';
  var WPS_ADVICE =
    '此 WPS 内置的浏览器内核过旧（需要 Chromium 58 及以上），绩效自评助手无法运行。请将 WPS Office 升级到新版本。';

  /** The syntax of ES2017 (what every bundle is compiled to), compiled but never run. */
  var ES2017_SYNTAX =
    '"use strict"; class A { m(a = 1, ...rest) { return async () => { await a; }; } }' +
    ' let s = `${1}`; const [x, { y }] = [1, { y: 2 }]; for (const v of [x, y]) { s += v ** 2; }' +
    ' function* g() { yield s; } return [A, g];';

  /** Built-ins the bundles call that a webview of that age may lack (the bundles carry no polyfills). */
  function builtInsPresent() {
    var ap = Array.prototype;
    return (
      typeof Promise === 'function' &&
      typeof Map === 'function' &&
      typeof Set === 'function' &&
      typeof WeakMap === 'function' &&
      typeof Symbol === 'function' &&
      typeof Symbol.iterator === 'symbol' &&
      typeof Object.assign === 'function' &&
      typeof Object.entries === 'function' &&
      typeof Object.values === 'function' &&
      typeof Array.from === 'function' &&
      typeof ap.includes === 'function' &&
      typeof ap.find === 'function' &&
      typeof ap.findIndex === 'function' &&
      typeof String.prototype.padStart === 'function' &&
      typeof String.prototype.startsWith === 'function' &&
      typeof Number.isInteger === 'function' &&
      typeof global.URL === 'function' &&
      typeof global.URLSearchParams === 'function'
    );
  }

  /** CSS custom properties: Fluent UI's theme is made of them. */
  function cssVariablesPresent() {
    var css = global.CSS;
    return !!(css && typeof css.supports === 'function' && css.supports('--selfeval-probe', '0'));
  }

  function supported() {
    try {
      // eslint-disable-next-line no-new-func
      new Function(ES2017_SYNTAX);
    } catch (e) {
      return false;
    }
    return builtInsPresent() && cssVariablesPresent();
  }

  function escapeHtml(text) {
    return String(text).replace(/[&<>"]/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c];
    });
  }

  /** A message in the page, with plain markup and inline styles (no bundle, no Fluent UI). */
  function showMessage(title, detail) {
    var html =
      '<div role="alert" lang="zh-CN" style="margin:12px;padding:12px;border:1px solid #f4bfab;' +
      'background:#fdf6f3;font:14px/1.6 \'Microsoft YaHei\',\'PingFang SC\',sans-serif;color:#242424">' +
      '<strong style="display:block;margin-bottom:4px">' +
      escapeHtml(title) +
      '</strong>' +
      escapeHtml(detail) +
      '</div>';
    var show = function () {
      var holder = global.document.createElement('div');
      holder.innerHTML = html;
      global.document.body.appendChild(holder.firstChild);
    };
    if (global.document.body) show();
    else global.document.addEventListener('DOMContentLoaded', show);
  }

  /** The `message` query parameter of the page (URLSearchParams is missing from IE11). */
  function queryParameter(name) {
    var pairs = global.location.search.replace(/^\?/, '').split('&');
    for (var i = 0; i < pairs.length; i++) {
      var eq = pairs[i].indexOf('=');
      var key = eq < 0 ? pairs[i] : pairs[i].slice(0, eq);
      if (decodeURIComponent(key) === name) {
        return decodeURIComponent((eq < 0 ? '' : pairs[i].slice(eq + 1)).replace(/\+/g, ' '));
      }
    }
    return '';
  }

  /** Excel's function file: every ribbon function says why nothing happens, then completes its event. */
  function turnAwayCommands(functionNames, noticeUrl) {
    var office = global.Office;
    var complete = function (event) {
      if (event && typeof event.completed === 'function') event.completed();
    };
    var handler = function (event) {
      var dialogs =
        office &&
        office.context &&
        office.context.requirements &&
        office.context.requirements.isSetSupported('DialogApi', '1.1');
      if (!dialogs) {
        complete(event);
        return;
      }
      // displayDialogAsync wants an absolute URL: notice.html sits beside the function file.
      var base = global.location.href.replace(/[?#].*$/, '').replace(/[^\/]*$/, '');
      var url = base + noticeUrl + '?message=' + encodeURIComponent(TITLE + '。' + OFFICE_ADVICE);
      office.context.ui.displayDialogAsync(url, { height: 30, width: 35, displayInIframe: true }, function (result) {
        if (result.status === 'failed') {
          complete(event);
          return;
        }
        var dialog = result.value;
        var done = false;
        var finish = function () {
          if (done) return;
          done = true;
          try {
            dialog.close();
          } catch (e) {
            // already closed by the user
          }
          complete(event);
        };
        dialog.addEventHandler('dialogMessageReceived', finish);
        dialog.addEventHandler('dialogEventReceived', finish);
        global.setTimeout(finish, 15000);
      });
    };
    for (var i = 0; i < functionNames.length; i++) global[functionNames[i]] = handler;
    if (office && typeof office.onReady === 'function') {
      office.onReady(function () {
        if (!office.actions || typeof office.actions.associate !== 'function') return;
        for (var j = 0; j < functionNames.length; j++) office.actions.associate(functionNames[j], handler);
      });
    }
  }

  /** Excel's notice dialog: shows its message (the bundle that would do it cannot run) and closes on 确定. */
  function turnAwayNotice() {
    var office = global.Office;
    var close = function () {
      if (office && office.context && office.context.ui) office.context.ui.messageParent('close');
    };
    var fill = function () {
      var message = global.document.getElementById('message');
      if (message) message.textContent = queryParameter('message');
      var ok = global.document.getElementById('ok');
      if (ok) ok.onclick = close;
    };
    if (global.document.readyState !== 'loading') fill();
    else global.document.addEventListener('DOMContentLoaded', fill);
  }

  /** WPS: index.html's window.ribbon, whose callbacks ribbon.xml names, only says why nothing works. */
  function turnAwayWpsRibbon(buttonImage) {
    global.ribbon = {
      OnAddinLoad: function () {
        return true;
      },
      OnAction: function () {
        global.alert(TITLE + '。' + WPS_ADVICE);
        return true;
      },
      GetImage: function () {
        return buttonImage;
      },
    };
  }

  /**
   * options: { page: 'taskpane' | 'commands' | 'notice' | 'wps-ribbon' | 'wps-taskpane', scripts: string[],
   * functionNames?: string[], noticeUrl?: string, buttonImage?: string }
   */
  function selfevalGate(options) {
    if (supported()) {
      for (var i = 0; i < options.scripts.length; i++) {
        global.document.write('<script src="' + escapeHtml(options.scripts[i]) + '"></' + 'script>');
      }
      return true;
    }
    switch (options.page) {
      case 'commands':
        turnAwayCommands(options.functionNames || [], options.noticeUrl || 'notice.html');
        break;
      case 'notice':
        turnAwayNotice();
        break;
      case 'wps-ribbon':
        turnAwayWpsRibbon(options.buttonImage || '');
        break;
      case 'wps-taskpane':
        showMessage(TITLE, WPS_ADVICE);
        break;
      default:
        showMessage(TITLE, OFFICE_ADVICE);
    }
    return false;
  }

  global.selfevalGate = selfevalGate;
})(typeof window !== 'undefined' ? window : this);
