/* eslint-disable */
// Builds the Excel add-in: the task pane (React), the ribbon's function file and the commands' notice
// dialog, with the manifest and icons, into build/. `npm run build` for production, `npm run dev-server`
// for https://localhost:3000 (office-addin-dev-certs; HTTPS=0 serves plain http, e.g. for a browser-only
// look at the pane). ADDIN_URL=https://example.org/selfeval rewrites the manifest's localhost URLs.
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { WebpackError } = require('webpack');
const { POLYFILLS, esbuildRule, webpackTarget, gatedScripts, manifestFunctionNames } = require('./webpack.shared');

const DEV_URL = 'https://localhost:3000';
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** Entries that run inside Office and must stay light: a .xlsx library has no business there. */
const BROWSER_ENTRIES = ['taskpane', 'commands', 'notice'];
const FORBIDDEN_PACKAGES = ['exceljs'];

class ForbiddenPackagesPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('ForbiddenPackagesPlugin', (compilation) => {
      compilation.hooks.afterSeal.tap('ForbiddenPackagesPlugin', () => {
        for (const chunk of compilation.chunks) {
          if (![...chunk.groupsIterable].some((g) => BROWSER_ENTRIES.includes(g.name))) continue;
          for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
            const resource = module.resource || (module.rootModule && module.rootModule.resource) || '';
            const hit = FORBIDDEN_PACKAGES.find((p) =>
              resource.includes(`${path.sep}node_modules${path.sep}${p}${path.sep}`),
            );
            if (hit) {
              compilation.errors.push(
                new WebpackError(
                  `${hit} must not be bundled into the ${chunk.name} entry (imported as ${resource})`,
                ),
              );
            }
          }
        }
      });
    });
  }
}

/** A page whose bundles load through the ES5 webview gate (webpack.shared.js), after office.js. */
const page = (title, body, gate) => (params) => `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    <script src="${OFFICE_JS}"></script>
  </head>
  <body>
    ${body}
    ${gatedScripts(params, gate)}
  </body>
</html>`;

const NOTICE_BODY = `<main style="font: 14px 'Microsoft YaHei', 'PingFang SC', sans-serif; padding: 16px">
      <p id="message" role="status" aria-live="polite" style="margin: 0 0 16px; line-height: 1.6"></p>
      <button id="ok" type="button" style="min-width: 80px; padding: 6px 16px">确定</button>
    </main>`;

module.exports = async (env, argv) => {
  const production = argv.mode === 'production';
  const serving = Boolean(env && env.WEBPACK_SERVE);
  const addinUrl = (process.env.ADDIN_URL || '').replace(/\/$/, '');

  let server = 'http';
  if (serving && process.env.HTTPS !== '0') {
    const devCerts = require('office-addin-dev-certs');
    server = { type: 'https', options: await devCerts.getHttpsServerOptions() };
  }

  return {
    mode: production ? 'production' : 'development',
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    target: webpackTarget,
    entry: {
      taskpane: [POLYFILLS, './src/taskpane/index.tsx'],
      commands: [POLYFILLS, './src/commands/commands.ts'],
      notice: './src/commands/notice.ts',
    },
    output: {
      path: path.resolve(__dirname, 'build'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      // build/wps is the WPS package (its own config): keep it
      clean: { keep: /^wps\// },
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [esbuildRule],
    },
    plugins: [
      new ForbiddenPackagesPlugin(),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        chunks: ['taskpane'],
        inject: false,
        templateContent: page('绩效自评助手', '<div id="container"></div>', { page: 'taskpane' }),
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        chunks: ['commands'],
        inject: false,
        templateContent: page('绩效自评助手 命令', '', {
          page: 'commands',
          functionNames: manifestFunctionNames(),
          noticeUrl: 'notice.html',
        }),
      }),
      new HtmlWebpackPlugin({
        filename: 'notice.html',
        chunks: ['notice'],
        inject: false,
        templateContent: page('绩效自评助手', NOTICE_BODY, { page: 'notice' }),
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (addinUrl ? content.toString().split(DEV_URL).join(addinUrl) : content),
          },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      port: 3000,
      server,
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      hot: false,
      client: { overlay: { warnings: false } },
    },
  };
};
