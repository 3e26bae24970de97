// Answers "is this server really serving?" with a protocol round trip, not an open port: a Kafka
// broker accepts TCP long before it has a controller or can host a consumer group, and a MongoDB
// server is probed with a real command too. Used by deploy/local/infra.sh and by the jest
// global setup of the integration project.
//
// CLI: node deploy/local/infra-probe.cjs kafka|mongo <address> [--wait <seconds>] [--pid <pid>]
//   exit 0 = answering, 1 = not answering (reason on stderr), 2 = the watched process died.
'use strict';

function loadDriver(name) {
  try {
    return require(name);
  } catch (error) {
    throw new Error(`cannot load the ${name} package (${error.code ?? error.message}); run "npm ci" first`);
  }
}

/** One admin round trip: cluster metadata, topic list, and a group-coordinator lookup. */
async function probeKafka(brokers) {
  const { Kafka, logLevel } = loadDriver('kafkajs');
  const admin = new Kafka({
    clientId: 'infra-probe',
    brokers,
    logLevel: logLevel.NOTHING,
    connectionTimeout: 2000,
    requestTimeout: 5000,
    retry: { retries: 2, initialRetryTime: 100, maxRetryTime: 1000 },
  }).admin();
  try {
    await admin.connect();
    const cluster = await admin.describeCluster();
    if (cluster.brokers.length === 0 || cluster.controller === null) {
      throw new Error('broker answers but has no controller yet');
    }
    await admin.listTopics();
    // Finding a group coordinator makes the broker create __consumer_offsets; until that works a
    // consumer cannot join, so "ready" includes it.
    await admin.describeGroups(['infra-probe']);
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

/** A `ping` command through the MongoDB driver that mongoose ships. */
async function probeMongo(uri) {
  const { MongoClient } = loadDriver('mongoose').mongo;
  const client = new MongoClient(uri, { serverSelectionTimeoutMS: 2000, connectTimeoutMS: 2000 });
  try {
    await client.connect();
    await client.db('admin').command({ ping: 1 });
  } finally {
    await client.close().catch(() => undefined);
  }
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Probes until the server answers, the deadline passes, or the process being waited for exits.
 * Resolves to { ok: true } or { ok: false, reason, died }.
 */
async function waitUntilAnswering(probe, { waitSeconds = 0, pid } = {}) {
  const deadline = Date.now() + waitSeconds * 1000;
  for (;;) {
    try {
      await probe();
      return { ok: true };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      if (pid !== undefined && !isAlive(pid))
        return { ok: false, reason: `process ${pid} exited (${reason})`, died: true };
      if (Date.now() >= deadline) return { ok: false, reason, died: false };
    }
    await sleep(500);
  }
}

async function main(argv) {
  const [kind, address, ...rest] = argv;
  const options = {};
  for (let i = 0; i < rest.length; i += 2) {
    if (rest[i] === '--wait') options.waitSeconds = Number(rest[i + 1]);
    else if (rest[i] === '--pid') options.pid = Number(rest[i + 1]);
    else throw new Error(`unknown option ${rest[i]}`);
  }
  let probe;
  if (kind === 'kafka' && address) probe = () => probeKafka(address.split(','));
  else if (kind === 'mongo' && address) probe = () => probeMongo(address);
  else throw new Error('usage: infra-probe.cjs kafka|mongo <address> [--wait <seconds>] [--pid <pid>]');

  const result = await waitUntilAnswering(probe, options);
  if (result.ok) return 0;
  process.stderr.write(`${kind} at ${address} does not answer: ${result.reason}\n`);
  return result.died ? 2 : 1;
}

module.exports = { probeKafka, probeMongo, waitUntilAnswering };

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    },
  );
}
