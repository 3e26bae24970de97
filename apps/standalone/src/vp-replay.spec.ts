import { type AppHarness, startApp } from '@sales/shared/app-testing';
import {
  type ApiCall,
  VP_REPLAY_CLOCK,
  VP_REPLAY_VERDICTS,
  type VpReplayOutcome,
  runVpReplayScenario,
} from '@sales/targets/testing';
import { standaloneApp } from './standalone.app';

/*
 * Issue 8, "What it must show": items 1–4 replayed over the API as the new VP found them, now
 * with the right outcome — here in one process (in-process bus); the same verdicts hold for
 * org-service and targets-service on Kafka (apps/targets-service/src/vp-replay.int-spec.ts).
 */
describe('the new VP’s findings replayed in standalone mode (issue 8 items 1–4)', () => {
  let harness: AppHarness;
  let outcome: VpReplayOutcome;

  beforeAll(async () => {
    harness = await startApp(standaloneApp, { SALES_CLOCK: VP_REPLAY_CLOCK });
    const call: ApiCall = (method, path, options) => harness.request(method, path, options);
    outcome = await runVpReplayScenario(call, call);
  }, 60_000);
  afterAll(() => harness.close());

  for (const { item, observed, expected } of VP_REPLAY_VERDICTS)
    it(item, () => expect(observed(outcome)).toEqual(expected));
});
