/* eslint-disable */
// Builds the browser page (src/page): the task pane beside a grid over an .xlsx opened in the browser, with
// ExcelJS inside. A config of its own so that ExcelJS never reaches the Office entries of webpack.config.js.
// `npm run build:page` writes dist/page/; `npm start` serves it at http://localhost:3000/ (PAGE_PORT to change).
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const PAGE_HTML = `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>绩效自评助手 · 网页版</title>
    <link rel="icon" href="data:," />
    <style>
      html, body, #root { height: 100%; margin: 0; }
      body { font-family: 'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', 'Segoe UI', sans-serif; }
    </style>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

module.exports = (_env, argv) => {
  const production = argv.mode !== 'development';
  return {
    mode: production ? 'production' : 'development',
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    entry: { page: './src/page/index.tsx' },
    output: {
      path: path.resolve(__dirname, 'dist', 'page'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      assetModuleFilename: 'assets/[name].[contenthash:8][ext]',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      // ExcelJS's browser build without its bundled polyfills: the page targets current browsers.
      alias: { exceljs$: path.resolve(__dirname, 'node_modules/exceljs/dist/exceljs.bare.min.js') },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: { transpileOnly: true, compilerOptions: { module: 'es2020', sourceMap: true } },
          },
        },
        // The sample workbook ships next to the script and is fetched when the page opens.
        { test: /\.xlsx$/, type: 'asset/resource' },
      ],
    },
    plugins: [new HtmlWebpackPlugin({ filename: 'index.html', templateContent: PAGE_HTML })],
    performance: { hints: false },
    devServer: {
      port: Number(process.env.PAGE_PORT || 3000),
      host: 'localhost',
      static: false,
      hot: false,
      client: { overlay: { warnings: false } },
    },
  };
};
