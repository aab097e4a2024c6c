/**
 * Builds the playground (the task pane beside a view of the test host's workbook) for the end-to-end tests
 * and `npm run playground`. It reuses the add-in's module rules and resolution (webpack.config.js), so the
 * pane is compiled exactly as in dist/; the test host and hyperformula (GPL) go only into this build, never
 * into dist/.
 *
 *   webpack --config test/e2e/webpack.e2e.js [--env out=DIR]     (default test-output/e2e-dist)
 */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const addinConfig = require('../../webpack.config.js');

const ROOT = path.resolve(__dirname, '..', '..');
const DEFAULT_OUT = path.join(ROOT, 'test-output', 'e2e-dist');

module.exports = async (env = {}) => {
  const addin = await addinConfig({}, { mode: 'development' });
  return {
    mode: 'development',
    context: ROOT,
    entry: { playground: './src/playground/index.tsx' },
    output: { path: path.resolve(env.out || DEFAULT_OUT), filename: '[name].js', clean: true },
    devtool: false,
    resolve: addin.resolve,
    module: addin.module,
    performance: { hints: false },
    infrastructureLogging: { level: 'error' },
    stats: 'errors-warnings',
    plugins: [new HtmlWebpackPlugin({ filename: 'index.html', template: './src/playground/playground.html', chunks: ['playground'] })],
  };
};

module.exports.DEFAULT_OUT = DEFAULT_OUT;
