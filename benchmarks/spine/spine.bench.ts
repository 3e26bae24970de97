/**
 * `npm run bench:spine`: the spine's throughput figures, each against its raw baseline measured in
 * the same run on the same local servers (deploy/local; started here when they are not answering):
 *  - append: MongoEventStore (commit documents, unique index, group commit) vs raw insertMany;
 *  - relay: OutboxRelay (read outbox → publish acks=all → mark) vs a raw kafkajs producer.
 * Prints one JSON document; the ratios are the figures (targets: append ≥ 0.5, relay ≥ 0.7).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { benchAppend } from './append.bench';
import { benchRelay } from './relay.bench';

const ROOT = join(__dirname, '../..');

function ensureInfra(): void {
  if (process.env['KAFKA_BROKERS'] && process.env['MONGODB_URI']) return;
  const up = spawnSync('bash', [join(ROOT, 'deploy/local/infra.sh'), 'up'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (up.status !== 0) throw new Error('local Kafka/FerretDB could not be started (deploy/local/infra.sh up); see .cache/ logs');
}

async function main(): Promise<void> {
  ensureInfra();
  const brokers = (process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092').split(',');
  const mongoUri = process.env['MONGODB_URI'] ?? 'mongodb://127.0.0.1:27017/';
  const append = await benchAppend(mongoUri);
  const relay = await benchRelay(brokers, mongoUri);
  const report = {
    benchmark: 'spine',
    machine: { node: process.version, cpus: require('node:os').cpus().length },
    servers: { kafka: brokers.join(','), mongodbWire: 'FerretDB 1.24 (deploy/local) unless MONGODB_URI says otherwise' },
    append: { ...append, target: 0.5, meetsTarget: append.ratio >= 0.5 },
    relay: { ...relay, target: 0.7, meetsTarget: relay.ratio >= 0.7 },
  };
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
