import {
  type DistributedPlatform,
  type ServiceProcess,
  eventually,
  openDistributedPlatform,
} from '@sales/shared/app-testing';
import { testKafkaBrokers, uniqueName } from '@sales/shared/testing';
import { type ApiCall, runPlanApprovalScenario } from '@sales/targets/testing';
import { ORG_EVENT_CATALOGUE } from '@sales/org/events';
import { TARGETS_EVENT_CATALOGUE } from '@sales/targets/events';
import { Kafka, logLevel } from 'kafkajs';

/** Every message of a topic from the beginning, read as an outside system would: plain kafkajs. */
async function readTopic(topic: string, until: (types: string[]) => boolean): Promise<string[]> {
  const kafka = new Kafka({
    clientId: uniqueName('outside'),
    brokers: testKafkaBrokers(),
    logLevel: logLevel.NOTHING,
  });
  const consumer = kafka.consumer({ groupId: uniqueName('outside') });
  const types: string[] = [];
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    let done!: () => void;
    const finished = new Promise<void>((resolve) => (done = resolve));
    await consumer.run({
      eachMessage: async ({ message }) => {
        types.push(String(message.headers?.['ce_type'] ?? '(none)'));
        if (until(types)) done();
      },
    });
    await Promise.race([finished, new Promise((resolve) => setTimeout(resolve, 30_000))]);
  } finally {
    await consumer.disconnect();
  }
  return types;
}

/**
 * The end-to-end test: org-service and targets-service as separate processes on the real
 * Kafka broker and the MongoDB-wire server. Org publishes the tree; targets learns it only from those events.
 */
describe('org-service and targets-service, distributed over Kafka and MongoDB', () => {
  let platform: DistributedPlatform;
  let org: ServiceProcess;
  let targets: ServiceProcess;
  let outcome: Awaited<ReturnType<typeof runPlanApprovalScenario>>;
  let call: Record<'org' | 'targets', ApiCall>;
  let prefix: string;

  beforeAll(async () => {
    platform = await openDistributedPlatform('e2e');
    prefix = platform.topicPrefix;
    [org, targets] = await Promise.all([platform.start('org'), platform.start('targets')]);
    call = { org: platform.api(org), targets: platform.api(targets) };
    outcome = await platform.explained(() => runPlanApprovalScenario(call.org, call.targets));
  }, 180_000);

  afterAll(() => platform?.close());

  it('refuses approval while under-allocated, naming the node and the shortfall', () => {
    expect(outcome.refused.status).toBe(400);
    expect(outcome.refused.body.error).toBe('under-allocated');
    expect(outcome.refused.body.details).toMatchObject({
      node: 'company',
      metric: 'salesAmount',
      level: 'realistic',
    });
  });

  it('accepts it once the split is complete, down to each salesperson', () => {
    expect(outcome.accepted.status).toBe(200);
    // Separation of duties: the manager who submitted cannot approve; the VP above him does.
    expect(outcome.ownApproval.status).toBe(403);
    expect(outcome.ownApproval.body.error).toBe('own-submission');
    expect(outcome.eastApproved.status).toBe(200);
    expect(outcome.ownView.body.nodes.map((n: any) => n.node)).toEqual(['salesperson:p-li']);
  });

  it('an outside consumer of the topics sees only published event types: no draft edit leaves targets', async () => {
    const published = (catalogue: typeof ORG_EVENT_CATALOGUE) =>
      new Set(catalogue.map((e) => `${e.context}.${e.type}.v${e.schemaVersion}`));
    const targetsTypes = await readTopic(`${prefix}sales.targets.events`, (types) =>
      types.includes('targets.TargetsApproved.v1'),
    );
    const orgTypes = await readTopic(`${prefix}sales.org.events`, (types) => types.length >= 5);
    // The scenario drafted targets (TargetsSet) many times; none of it was published.
    expect(targetsTypes).toContain('targets.TargetsApproved.v1');
    expect(targetsTypes.filter((t) => !published(TARGETS_EVENT_CATALOGUE).has(t))).toEqual([]);
    expect(targetsTypes.some((t) => t.includes('TargetsSet'))).toBe(false);
    expect(orgTypes.length).toBeGreaterThanOrEqual(5);
    expect(orgTypes.filter((t) => !published(ORG_EVENT_CATALOGUE).has(t))).toEqual([]);
  }, 90_000);

  it('50 parallel edits of 50 different nodes of one plan on the MongoDB-wire server: none conflicts (issue 8 item 8)', async () => {
    const vp = { userId: 'p-vp', role: 'vp' as const };
    const people = Array.from({ length: 49 }, (_, i) => `p-c-${String(i + 1).padStart(2, '0')}`);
    for (const personId of people) {
      const hired = await call.org('POST', '/org/people', {
        actor: vp,
        body: {
          personId,
          name: `业务员${personId.slice(-2)}`,
          role: 'salesperson',
          divisionId: 'd-south',
          effectiveOn: '2026-01-01',
          backdatingReason: '补录既有组织 / recording the existing department',
        },
      });
      expect(hired.status).toBe(201);
    }
    const nodes = ['p-zhao', ...people].map((id) => `salesperson:${id}`);
    const body = { targets: { salesAmount: { realistic: 1_000_000_00, stretch: 1_200_000_00 } } };
    // Targets learns the new people from org's events.
    await eventually(async () => {
      const last = await call.targets('GET', `/targets/plans/2026/nodes/${nodes.at(-1)}`, { actor: vp });
      if (last.status !== 404 || last.body.error !== 'unknown-node-targets')
        throw new Error(`not yet: ${last.status}`);
    }, 30_000);
    const started = Date.now();
    const answers = await Promise.all(
      nodes.map((node) => call.targets('PUT', `/targets/plans/2026/nodes/${node}`, { actor: vp, body })),
    );
    const statuses = answers.map((a) => a.status);
    console.log(
      `50 parallel edits of 50 nodes: ${statuses.filter((s) => s === 200).length} ok, ${statuses.filter((s) => s === 409).length} × 409 in ${Date.now() - started} ms`,
    );
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
  }, 120_000);

  it('both services stop gracefully on SIGTERM', async () => {
    expect(await org.stop()).toBe(0);
    expect(await targets.stop()).toBe(0);
  });
});
