/* Builds the task pane: TypeScript through ts-loader, the HTML page with the bundle injected, and
 * the manifest and icons copied beside it. Office.js itself is not bundled: Office requires it to
 * be loaded from Microsoft's CDN by a <script> tag in the page. */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

module.exports = (env, argv) => {
  const production = argv.mode === 'production';
  return {
    entry: { taskpane: './src/taskpane/main.ts' },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].[contenthash:8].js',
      clean: true,
    },
    devtool: production ? false : 'source-map',
    resolve: { extensions: ['.ts', '.js'] },
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
      new HtmlWebpackPlugin({ template: './src/taskpane/taskpane.html', filename: 'taskpane.html', chunks: ['taskpane'] }),
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
  };
};
