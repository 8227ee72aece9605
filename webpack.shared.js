/* eslint-disable */
// What the Excel (webpack.config.js) and WPS (webpack.wps.config.js) builds share: every module, our own and
// node_modules' alike, compiled to ES2017 by esbuild, and pages whose first script is the ES5 webview gate
// (src/bootstrap/webviewGate.js), which loads the bundles only where they can run. test/bundles checks both.
const fs = require('node:fs');
const path = require('node:path');

/** The newest syntax any bundle may contain: EdgeHTML 16+, Chromium 58+, Safari 11+ run it. */
const ES_TARGET = 'es2017';

/** Loaded first by every entry but the notice dialog (which calls nothing newer than ES2017). */
const POLYFILLS = './src/bootstrap/polyfills.ts';

const GATE_SOURCE = fs.readFileSync(path.resolve(__dirname, 'src', 'bootstrap', 'webviewGate.js'), 'utf8');

/** One rule for TypeScript, TSX and the JavaScript of dependencies (React, Fluent UI ship ES2020+). */
const esbuildRule = {
  test: /\.(?:[cm]?js|tsx?)$/,
  loader: 'esbuild-loader',
  // tsconfig.json gives the JSX runtime (react-jsx); types are checked by `npm run typecheck`.
  options: { target: ES_TARGET, tsconfig: path.resolve(__dirname, 'tsconfig.json') },
  // Webpack's strict ESM resolution would refuse Fluent UI's extension-less imports in .mjs files.
  resolve: { fullySpecified: false },
};

/** The webpack runtime and its chunk loading written for ES2017 too. */
const webpackTarget = ['web', ES_TARGET];

/**
 * The page's scripts: office.js (when given) as a plain tag, then the gate inlined, then the gate's call with
 * the bundles' URLs. Used as an HtmlWebpackPlugin templateContent with inject: false.
 */
function gatedScripts({ htmlWebpackPlugin }, gate) {
  const options = { ...gate, scripts: htmlWebpackPlugin.files.js };
  return `<script>${GATE_SOURCE}</script>
    <script>selfevalGate(${JSON.stringify(options)});</script>`;
}

/** The FunctionNames of manifest.xml, for the gate of the function file. */
function manifestFunctionNames() {
  const manifest = fs.readFileSync(path.resolve(__dirname, 'manifest.xml'), 'utf8');
  return [...manifest.matchAll(/<FunctionName>(\w+)<\/FunctionName>/g)].map((m) => m[1]);
}

module.exports = { POLYFILLS, ES_TARGET, esbuildRule, webpackTarget, gatedScripts, manifestFunctionNames };
