import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import mongoose, { type Connection } from 'mongoose';
import { factsOf } from '@sales/kpi/projections';
import { type GeneratedEvent, generatePublishedEvents, produceReplay } from '@sales/kpi/testing';
import {
  type ApiCall,
  type DistributedPlatform,
  type ServiceProcess,
  eventually,
  openDistributedPlatform,
} from '@sales/shared/app-testing';
import { testMongoUri, uniqueName } from '@sales/shared/testing';

const EVENTS = 20_000;
const KILLS = 5;
const ROOT = join(__dirname, '../../..');
const OPERATOR = { actor: { userId: 'p-admin', role: 'admin' as const } };

/**
 * A SIGKILLed consumer stays in its group until its session times out; the restarted one waits on
 * it that long (30 s by default). The broker's minimum keeps five restarts within the budget.
 */
const PROJECTOR_ENV = { KAFKA_SESSION_TIMEOUT_MS: '6000' };

type Status = {
  activeVersion: number;
  runs: { version: number; lag: { topic: string; eventsBehind: number }[] }[];
};
type StoredFact = Record<string, unknown> & { _id: string };

/**
 * Issue 11's crash test: ≥ 20,000 published events produced straight to org's, targets',
 * customers' and contracts' topics; the kpi-projector process SIGKILLed at random points while it
 * replays them and restarted each time on the same database; once it has caught up, every fact
 * document of its read model equals, field by field, the one a clean rebuild (a new version read
 * by a new consumer group from the start, no kill) writes — and the number of facts is what the
 * events give, so neither run lost or doubled anything.
 */
describe('kpi-projector killed mid-replay', () => {
  let platform: DistributedPlatform;
  let mongo: Connection;
  const database = uniqueName('kpicrash');
  let events: GeneratedEvent[];

  beforeAll(async () => {
    events = generatePublishedEvents({ events: EVENTS });
    platform = await openDistributedPlatform('kpicrash');
    mongo = await mongoose.createConnection(testMongoUri(database)).asPromise();
  }, 60_000);

  afterAll(async () => {
    await platform?.close();
    await mongo?.dropDatabase().catch(() => undefined);
    await mongo?.close();
  });

  it('generates events the projection reads, valid against their published schemas', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: false });
    addFormats(ajv);
    const validators = new Map<string, ReturnType<typeof ajv.compile>>();
    const invalid: string[] = [];
    for (const { envelope } of events) {
      const name = `${envelope.context}/${envelope.type}.v${envelope.schemaVersion}`;
      let validate = validators.get(name);
      if (!validate) {
        const file = join(
          ROOT,
          'libs',
          envelope.context,
          'events/schemas',
          `${envelope.type}.v${envelope.schemaVersion}.json`,
        );
        validate = ajv.compile(JSON.parse(readFileSync(file, 'utf8')));
        validators.set(name, validate);
      }
      if (!validate(envelope.data))
        invalid.push(`${envelope.id} ${name}: ${ajv.errorsText(validate.errors)}`);
    }
    expect(invalid.slice(0, 5)).toEqual([]);
    expect(events.length).toBeGreaterThanOrEqual(EVENTS);
    expect([...validators.keys()].length).toBeGreaterThanOrEqual(15);
  });

  it('after five SIGKILLs at random points, every fact equals a clean rebuild’s', async () => {
    const topics = await produceReplay(platform.topicPrefix, events);
    const expectedFacts = events.reduce(
      (n, { envelope }) => n + factsOf(envelope, 'Asia/Shanghai').length,
      0,
    );
    const facts = (version: number) => mongo.collection(`kpi_facts_v${version}`);
    const log = (line: string) => console.log(`[kpi crash] ${line}`);
    log(`produced ${JSON.stringify(topics)}; ${expectedFacts} facts expected`);

    // Kill points: random fact counts through the replay (whatever the machine's speed), each
    // followed by a random delay of up to 300 ms, so the kill lands anywhere in a batch's write.
    const points = randomPoints(KILLS, expectedFacts);
    const count = () => facts(1).countDocuments({});
    let projector: ServiceProcess | undefined;
    const started = Date.now();
    for (const [i, point] of points.entries()) {
      const starting = Date.now();
      projector = await platform.start('kpi-projector', { database, env: PROJECTOR_ENV });
      const readyMs = Date.now() - starting;
      const reached = await eventually(
        async () => {
          const now = await count();
          if (now < point) throw new Error(`${now} of ${point} facts before kill ${i + 1}`);
          return now;
        },
        60_000,
        50,
      );
      const delayMs = Math.floor(Math.random() * 300);
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      const exited = new Promise((resolve) => projector?.process.once('exit', resolve));
      projector.process.kill('SIGKILL');
      await exited;
      log(
        `kill ${i + 1}: ready after ${readyMs} ms; ${reached} facts (point ${point}) at ` +
          `${Date.now() - starting - delayMs} ms, killed ${delayMs} ms later; ${await count()} facts stored`,
      );
    }
    expect(await facts(1).countDocuments({})).toBeLessThan(expectedFacts);

    projector = await platform.start('kpi-projector', { database, env: PROJECTOR_ENV });
    const api = platform.api(projector);
    const restarted = Date.now();
    await platform.explained(() => caughtUp(api, 1, expectedFacts, () => facts(1).countDocuments({})));
    log(`caught up ${Date.now() - restarted} ms after the last restart (${Date.now() - started} ms in all)`);

    // Neither lost nor doubled: exactly the facts the events give (checked before the rebuild,
    // which would wait forever for a version to outgrow a doubled count).
    expect(await count()).toBe(expectedFacts);

    const rebuild = await api('POST', '/kpi/projector/rebuild', OPERATOR);
    expect(rebuild).toEqual({ status: 202, body: { version: 2 } });
    const rebuilding = Date.now();
    await platform.explained(() =>
      eventually(async () => {
        const { body } = await api('GET', '/kpi/projector/status', OPERATOR);
        if ((body as Status).activeVersion !== 2) throw new Error(`still building: ${JSON.stringify(body)}`);
      }, 60_000),
    );
    log(`clean rebuild switched to after ${Date.now() - rebuilding} ms`);

    const crashed = await stored(facts(1));
    const clean = await stored(facts(2));
    const differing = clean.filter((doc, i) => !isDeepStrictEqual(doc, crashed[i])).map((doc) => doc._id);
    log(
      `compared ${crashed.length} crashed-run documents with ${clean.length} rebuilt; ${differing.length} differ`,
    );

    expect(crashed.length).toBe(expectedFacts);
    expect(clean.length).toBe(expectedFacts);
    expect(differing.slice(0, 5)).toEqual([]);
    expect(new Set(crashed.map((doc) => doc._id)).size).toBe(expectedFacts);
  }, 175_000);
});

/** `n` fact counts between 5% and 90% of `total`, ascending, at least 5% apart. */
function randomPoints(n: number, total: number): number[] {
  const span = 0.85 - 0.05 * (n - 1);
  const offsets = Array.from({ length: n }, () => Math.random() * span).sort((a, b) => a - b);
  return offsets.map((offset, i) => Math.floor((0.05 + offset + 0.05 * i) * total));
}

/**
 * The run holds at least the facts the events give, its status says no event is behind on any
 * topic, and the count holds still between two looks.
 */
async function caughtUp(
  api: ApiCall,
  version: number,
  expected: number,
  count: () => Promise<number>,
): Promise<void> {
  let last = -1;
  await eventually(
    async () => {
      const { body } = await api('GET', '/kpi/projector/status', OPERATOR);
      const run = (body as Status).runs.find((r) => r.version === version);
      const now = await count();
      const behind = run?.lag.filter((l) => l.eventsBehind > 0) ?? [];
      const settled = run !== undefined && behind.length === 0 && now === last && now >= expected;
      last = now;
      if (!settled) throw new Error(`not caught up: ${now} facts, ${JSON.stringify(run?.lag)}`);
    },
    120_000,
    1_000,
  );
}

/** Every document of a facts collection in `_id` order, without the store's batch number. */
async function stored(collection: mongoose.mongo.Collection): Promise<StoredFact[]> {
  const docs = await collection.find({}).sort({ _id: 1 }).toArray();
  return docs.map(({ _batch, ...doc }) => doc as unknown as StoredFact);
}
