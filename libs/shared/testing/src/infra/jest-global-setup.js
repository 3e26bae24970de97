// Global setup of the jest `integration` project: the real Kafka and MongoDB-wire server must answer before
// any suite runs. When they do not, it starts them with deploy/local/infra.sh; when that fails it
// throws saying what is missing and where its log is. Integration tests are never skipped.
'use strict';

const { spawnSync } = require('node:child_process');
const path = require('node:path');

const root = path.resolve(__dirname, '../../../../..');
const infraScript = path.join(root, 'deploy/local/infra.sh');
const { probeKafka, probeMongo } = require(path.join(root, 'deploy/local/infra-probe.cjs'));

const LOOPBACK = '127.0.0.1';

function kafkaTarget() {
  const brokers = (process.env.KAFKA_BROKERS || `${LOOPBACK}:9092`).split(',').map((b) => b.trim());
  const [host, port] = brokers[0].split(':');
  return {
    name: 'Kafka',
    address: brokers.join(','),
    probe: () => probeKafka(brokers),
    // infra.sh can only start a single local broker; anything else must already be running.
    env: brokers.length === 1 && host === LOOPBACK ? { KAFKA_PORT: port || '9092' } : null,
    log: path.join(root, '.cache/kafka/logs/server.log'),
  };
}

function mongoTarget() {
  const uri = process.env.MONGODB_URI || `mongodb://${LOOPBACK}:27017/`;
  const match = /^mongodb:\/\/([^/,@]+):(\d+)(\/|$)/.exec(uri);
  return {
    name: 'mongo-java-server (MongoDB wire)',
    address: uri,
    probe: () => probeMongo(uri),
    env: match && match[1] === LOOPBACK ? { MONGO_PORT: match[2] } : null,
    log: path.join(root, '.cache/mongo/mongo.log'),
  };
}

async function silent(target) {
  try {
    await target.probe();
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

async function unanswered(targets) {
  const reasons = await Promise.all(targets.map(silent));
  return targets.map((target, i) => ({ target, reason: reasons[i] })).filter((t) => t.reason !== null);
}

function summarise(missing) {
  return missing
    .map(({ target, reason }) => {
      const log = target.env === null ? '' : `; log: ${target.log}`;
      return `${target.name} at ${target.address} (${reason})${log}`;
    })
    .join('\n  ');
}

module.exports = async function integrationGlobalSetup() {
  const targets = [kafkaTarget(), mongoTarget()];
  let missing = await unanswered(targets);
  if (missing.length === 0) return;

  const remote = missing.filter(({ target }) => target.env === null);
  if (remote.length > 0) {
    throw new Error(
      `integration servers not answering and not local, so deploy/local/infra.sh cannot start them:\n  ${summarise(remote)}`,
    );
  }

  process.stderr.write(`\nintegration servers not answering, starting them with ${infraScript} up\n`);
  const env = Object.assign({}, process.env, ...missing.map(({ target }) => target.env));
  const run = spawnSync('bash', [infraScript, 'up'], { cwd: root, env, stdio: 'inherit' });
  if (run.error || run.status !== 0) {
    const why = run.error ? run.error.message : `exit code ${run.status}`;
    throw new Error(
      `"bash deploy/local/infra.sh up" failed (${why}); still missing:\n  ${summarise(missing)}\n` +
        `build/fetch logs: .cache/kafka/mvn.log, .cache/mongo/mvn.log, .cache/mongo/javac.log`,
    );
  }

  missing = await unanswered(targets);
  if (missing.length > 0) {
    throw new Error(`integration servers still not answering after infra.sh up:\n  ${summarise(missing)}`);
  }
};
