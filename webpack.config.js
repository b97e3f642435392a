/* Builds the task pane: TypeScript through ts-loader, the HTML page with the bundle injected, and
 * the manifest and icons copied beside it. Office.js itself is not bundled: Office requires it to
 * be loaded from Microsoft's CDN by a <script> tag in the page. */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { ProvidePlugin } = require('webpack');

/**
 * `webpack serve` (npm run dev-server, which `npm start` runs): https://localhost:3000 with Office's
 * trusted development certificate, which office-addin-dev-certs creates and installs on first use.
 */
async function devServer() {
  const devCerts = require('office-addin-dev-certs');
  return {
    port: 3000,
    server: { type: 'https', options: await devCerts.getHttpsServerOptions() },
    headers: { 'Access-Control-Allow-Origin': '*' },
  };
}

module.exports = async (env, argv) => {
  const production = argv.mode === 'production';
  return {
    entry: {
      taskpane: './src/taskpane/main.ts',
      // The browser preview (the pane beside the in-memory workbook), and the fake Office host the
      // browser tests serve in place of Office.js; neither is loaded by the add-in itself.
      preview: './src/preview/main.ts',
      'fake-office': { import: './src/preview/fake-office.ts', filename: 'fake-office.js' },
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].[contenthash:8].js',
      clean: true,
    },
    devtool: production ? false : 'source-map',
    resolve: {
      extensions: ['.ts', '.js'],
      // The preview's download runs the CLI's .xlsx writer (src/renderers/xlsx/write-bytes.ts):
      // ExcelJS's streaming writer with fflate's zip. Its archiver is never used, and the Node
      // modules it names only serve file output.
      alias: { archiver: path.resolve(__dirname, 'src/preview/archiver-stub.js') },
      fallback: { fs: false, path: false, crypto: false, stream: false, events: require.resolve('events'), buffer: require.resolve('buffer') },
    },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { configFile: 'tsconfig.webpack.json' } },
        },
      ],
    },
    plugins: [
      // Node's Buffer and process, which ExcelJS's streaming writer and readable-stream use.
      new ProvidePlugin({ Buffer: ['buffer', 'Buffer'], process: path.resolve(__dirname, 'src/preview/process-stub.js') }),
      new HtmlWebpackPlugin({ template: './src/taskpane/taskpane.html', filename: 'taskpane.html', chunks: ['taskpane'] }),
      new HtmlWebpackPlugin({ template: './src/preview/preview.html', filename: 'preview.html', chunks: ['preview'] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            // ADDIN_URL points the copied manifest at a production host; the source keeps localhost.
            transform: (content) =>
              process.env.ADDIN_URL
                ? content.toString().replace(/https:\/\/localhost:3000\//g, process.env.ADDIN_URL.replace(/\/?$/, '/'))
                : content,
          },
        ],
      }),
    ],
    performance: { hints: false },
    ...(env && env.WEBPACK_SERVE ? { devServer: await devServer() } : {}),
  };
};
