#!/usr/bin/env node
// `npm test`: the whole suite — unit specs, then the integration project against the real Kafka
// broker and FerretDB (its jest global setup starts them through deploy/local/infra.sh when they
// are not answering, and fails saying why if it cannot). Extra arguments go to jest.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const result = spawnSync(
  process.execPath,
  [join(root, 'node_modules', 'jest', 'bin', 'jest.js'), '--ci', '--maxWorkers=2', ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit', env: { ...process.env, KAFKAJS_NO_PARTITIONER_WARNING: '1' } },
);
process.exit(result.status ?? 1);
