const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('path');

/**
 * The webpack config of every Node app: tsc (not esbuild/swc type-stripping) so Nest's decorator
 * metadata survives; node_modules stay external (installed in the image with `npm ci --omit=dev`).
 */
module.exports = function nodeAppWebpack(appDir, appName) {
  return {
    output: { path: join(__dirname, '../../dist/apps', appName), clean: true },
    devtool: 'source-map',
    plugins: [
      new NxAppWebpackPlugin({
        target: 'node',
        compiler: 'tsc',
        main: join(appDir, 'src/main.ts'),
        tsConfig: join(appDir, 'tsconfig.app.json'),
        optimization: false,
        outputHashing: 'none',
        generatePackageJson: false,
        sourceMap: true,
      }),
    ],
  };
};
