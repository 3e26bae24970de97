#!/usr/bin/env node
// `npm start`: the embedded default. Installs dependencies if this is a fresh clone, builds the
// standalone app (Nx cache makes a rebuild of unchanged sources instant), then runs it in the
// foreground. Extra arguments go to the app: `npm start -- --demo`.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const run = (command, args) => {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

if (!existsSync(join(root, 'node_modules', '.package-lock.json')))
  run('npm', ['ci', '--no-audit', '--no-fund']);
const nxPackage = JSON.parse(readFileSync(join(root, 'node_modules', 'nx', 'package.json'), 'utf8'));
const nxBin = join(
  root,
  'node_modules',
  'nx',
  typeof nxPackage.bin === 'string' ? nxPackage.bin : nxPackage.bin.nx,
);
run(process.execPath, [nxBin, 'build', 'standalone', '--output-style=stream']);

const app = spawn(
  process.execPath,
  ['--enable-source-maps', join(root, 'dist', 'apps', 'standalone', 'main.js'), ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => app.kill(signal));
app.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
