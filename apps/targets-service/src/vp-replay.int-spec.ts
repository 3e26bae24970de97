import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalIssuer } from '@sales/shared/auth';
import { type ServiceProcess, callJson, startServiceProcess } from '@sales/shared/app-testing';
import { testKafkaBrokers, testMongoUri, uniqueName } from '@sales/shared/testing';
import {
  type ApiCall,
  VP_REPLAY_CLOCK,
  VP_REPLAY_VERDICTS,
  type VpReplayOutcome,
  runVpReplayScenario,
} from '@sales/targets/testing';

/*
 * Issue 8, "What it must show", distributed: items 1–4 replayed over the API of org-service and
 * targets-service, two processes on the real Kafka broker and the MongoDB-wire server, targets
 * knowing the tree only from org's events. Both processes live on the same business date
 * (SALES_CLOCK): the replay's "today" and "next year" mean the same to both.
 */
describe('the new VP’s findings replayed on org-service and targets-service over Kafka and MongoDB (issue 8 items 1–4)', () => {
  let dir: string;
  let org: ServiceProcess;
  let targets: ServiceProcess;
  let outcome: VpReplayOutcome;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'vp-replay-'));
    const issuer = await LocalIssuer.open(dir, 'urn:sales:e2e', 'sales-platform');
    await writeFile(join(dir, 'jwks.json'), JSON.stringify(issuer.jwks()));
    const common = {
      SALES_MODE: 'distributed',
      SALES_CLOCK: VP_REPLAY_CLOCK,
      KAFKA_BROKERS: testKafkaBrokers().join(','),
      KAFKA_TOPIC_PREFIX: `${uniqueName('vp-replay')}.`,
      AUTH_JWKS_FILE: join(dir, 'jwks.json'),
      AUTH_ISSUER: 'urn:sales:e2e',
    };
    const started = Date.now();
    [org, targets] = await Promise.all([
      startServiceProcess('apps/org-service/src/main.ts', {
        ...common,
        MONGODB_URI: testMongoUri(uniqueName('org')),
      }),
      startServiceProcess('apps/targets-service/src/main.ts', {
        ...common,
        MONGODB_URI: testMongoUri(uniqueName('targets')),
      }),
    ]);
    const ready = Date.now();
    const api =
      (service: ServiceProcess): ApiCall =>
      async (method, path, { actor, body }) =>
        callJson(service.baseUrl, method, path, await issuer.issue(actor), body);
    try {
      outcome = await runVpReplayScenario(api(org), api(targets));
    } catch (error) {
      throw new Error(
        `${(error as Error).message}\n--- org-service ---\n${org.output()}\n--- targets-service ---\n${targets.output()}`,
      );
    }
    console.log(
      `VP replay, distributed: both services ready in ${ready - started} ms, scenario in ${Date.now() - ready} ms`,
    );
  }, 180_000);

  afterAll(async () => {
    await Promise.all([org?.stop(), targets?.stop()]);
    await rm(dir, { recursive: true, force: true });
  });

  for (const { item, observed, expected } of VP_REPLAY_VERDICTS)
    it(item, () => expect(observed(outcome)).toEqual(expected));

  it('both services stop gracefully on SIGTERM', async () => {
    expect(await org.stop()).toBe(0);
    expect(await targets.stop()).toBe(0);
  });
});
