import {
  type DistributedPlatform,
  type ServiceProcess,
  openDistributedPlatform,
} from '@sales/shared/app-testing';
import {
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
  let platform: DistributedPlatform;
  let org: ServiceProcess;
  let targets: ServiceProcess;
  let outcome: VpReplayOutcome;

  beforeAll(async () => {
    platform = await openDistributedPlatform('vp-replay', { SALES_CLOCK: VP_REPLAY_CLOCK });
    const started = Date.now();
    [org, targets] = await Promise.all([platform.start('org'), platform.start('targets')]);
    const ready = Date.now();
    outcome = await platform.explained(() => runVpReplayScenario(platform.api(org), platform.api(targets)));
    console.log(
      `VP replay, distributed: both services ready in ${ready - started} ms, scenario in ${Date.now() - ready} ms`,
    );
  }, 180_000);

  afterAll(() => platform?.close());

  for (const { item, observed, expected } of VP_REPLAY_VERDICTS)
    it(item, () => expect(observed(outcome)).toEqual(expected));

  it('both services stop gracefully on SIGTERM', async () => {
    expect(await org.stop()).toBe(0);
    expect(await targets.stop()).toBe(0);
  });
});
