#!/usr/bin/env node
// Runs a TypeScript entry point of the workspace (CLIs, benchmarks) without a build step:
// ts-node in transpile-only mode, with the tsconfig path aliases resolved.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  process.stderr.write('usage: node scripts/run-ts.mjs <file.ts> [args…]\n');
  process.exit(2);
}
const result = spawnSync(
  process.execPath,
  ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', join(root, entry), ...args],
  {
    stdio: 'inherit',
    cwd: process.cwd(),
    env: {
      ...process.env,
      TS_NODE_PROJECT: join(root, 'tsconfig.spec.json'),
      TS_NODE_TRANSPILE_ONLY: 'true',
    },
  },
);
process.exit(result.status ?? 1);
