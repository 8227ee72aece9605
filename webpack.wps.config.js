/* eslint-disable */
// Builds the WPS 表格 add-in into build/wps/, in the layout wpsjs uses: index.html (loads js/ribbon.js,
// which defines window.ribbon for ribbon.xml's callbacks), ribbon.xml, taskpane.html (the same task pane
// as in Excel, src/taskpane, without office.js), images/ (from assets/), and example jsplugins.xml /
// publish.xml. `npm run build:wps`; serve build/wps/ and point WPS at it (wps/README.md).
const fs = require('node:fs');
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { Compilation, WebpackError, sources } = require('webpack');
const pkg = require('./package.json');
const { POLYFILLS, esbuildRule, webpackTarget, gatedScripts } = require('./webpack.shared');

const FORBIDDEN_PACKAGES = ['exceljs'];
const PANE_ENTRY = './src/taskpane/index.tsx';
/** src/commands/wpsRibbon.ts's BUTTON_IMAGE, for the gate's stand-in ribbon. */
const BUTTON_IMAGE = 'images/icon-32.png';

/**
 * A .xlsx library has no business in what WPS loads to run the ribbon and the pane. The one exception is the
 * declaration reader (比对申报表), which loads it on demand as a chunk of its own when the user picks a file.
 */
class ForbiddenPackagesPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('ForbiddenPackagesPlugin', (compilation) => {
      compilation.hooks.afterSeal.tap('ForbiddenPackagesPlugin', () => {
        for (const chunk of compilation.chunks) {
          if (!chunk.canBeInitial()) continue;
          for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
            const resource = module.resource || (module.rootModule && module.rootModule.resource) || '';
            const hit = FORBIDDEN_PACKAGES.find((p) =>
              resource.includes(`${path.sep}node_modules${path.sep}${p}${path.sep}`),
            );
            if (hit)
              compilation.errors.push(new WebpackError(`${hit} must not be bundled for WPS (${chunk.name}: ${resource})`));
          }
        }
      });
    });
  }
}

/** The pane must choose its host through src/hosts/detectHost: say so when its entry does not yet. */
class PaneHostCheckPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('PaneHostCheckPlugin', (compilation) => {
      const source = fs.readFileSync(path.resolve(__dirname, PANE_ENTRY), 'utf8');
      if (!source.includes('detectHost')) {
        compilation.warnings.push(
          new WebpackError(
            `${PANE_ENTRY} does not pick its host through src/hosts/detectHost: the pane will not start in WPS`,
          ),
        );
      }
    });
  }
}

/**
 * build/wps/package.json: what the wpsjs tool reads (name, version, addonType) when run in build/wps
 * (`npx wpsjs debug` serves that folder to WPS; `wpsjs publish` writes a publish page for it).
 */
class WpsjsProjectPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('WpsjsProjectPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'WpsjsProjectPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const project = { name: 'selfeval', version: pkg.version, addonType: 'et', description: pkg.description };
          compilation.emitAsset('package.json', new sources.RawSource(`${JSON.stringify(project, null, 2)}\n`));
        },
      );
    });
  }
}

module.exports = (_env, argv) => {
  const production = argv.mode !== 'development';
  return {
    mode: production ? 'production' : 'development',
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    // WPS embeds an older Chromium than current browsers: everything, dependencies too, at ES2017.
    target: webpackTarget,
    entry: {
      // With several imports the library is the last one's exports.
      ribbon: { import: [POLYFILLS, './src/commands/wpsRibbon.ts'], library: { name: 'ribbon', type: 'window' } },
      taskpane: [POLYFILLS, PANE_ENTRY],
    },
    output: {
      path: path.resolve(__dirname, 'build', 'wps'),
      filename: 'js/[name].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [esbuildRule],
    },
    plugins: [
      new ForbiddenPackagesPlugin(),
      new PaneHostCheckPlugin(),
      new WpsjsProjectPlugin(),
      // `hash` adds ?<build hash> to script URLs: WPS caches add-in pages aggressively.
      new HtmlWebpackPlugin({
        filename: 'index.html',
        template: 'wps/index.html',
        chunks: ['ribbon'],
        inject: false,
        hash: true,
        templateParameters: (compilation, assets, tags, options) => ({
          gate: gatedScripts({ htmlWebpackPlugin: { files: assets } }, { page: 'wps-ribbon', buttonImage: BUTTON_IMAGE }),
        }),
      }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: 'wps/taskpane.html',
        chunks: ['taskpane'],
        inject: false,
        hash: true,
        templateParameters: (compilation, assets) => ({
          gate: gatedScripts({ htmlWebpackPlugin: { files: assets } }, { page: 'wps-taskpane' }),
        }),
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'wps/ribbon.xml', to: 'ribbon.xml' },
          { from: 'wps/jsplugins.xml', to: 'jsplugins.xml' },
          { from: 'wps/publish.xml', to: 'publish.xml' },
          { from: 'assets/*.png', to: 'images/[name][ext]' },
        ],
      }),
    ],
    performance: { hints: false },
  };
};
