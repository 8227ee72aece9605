/**
 * The built-ins newer than ES2017 that the bundles call (our code, React, Fluent UI), for webviews that run
 * ES2017 but predate them (EdgeHTML 16–18 in Excel 2019 on Windows 10, Chromium before 71 in WPS). Each
 * webpack entry loads this module first; the webview gate (webviewGate.js) turns away what is older still.
 * `npm run build` then test/bundles/es2017Bundles.test.ts lists what else the bundles call.
 */
import 'core-js/actual/array/flat';
import 'core-js/actual/array/flat-map';
import 'core-js/actual/object/from-entries';
import 'core-js/actual/global-this';
import 'core-js/actual/promise/finally';
