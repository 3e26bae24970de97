import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import { type AppHarness, eventually, startApp } from '@sales/shared/app-testing';
import { installTracing } from '@sales/shared/observability';
import { type ContextRuntime, contextRuntimeToken } from '@sales/shared/runtime';
import { standaloneApp } from './standalone.app';

/** These org changes are dated before today (倒签): only with a reason, by the VP or an admin. */
const BACKDATED = '补录既有组织 / recording the existing department';

/** One trace from the HTTP request to the consumer on the other side of the bus (ARCHITECTURE.md §6). */
describe('trace context HTTP → command → append → publish → consume', () => {
  const exporter = new InMemorySpanExporter();
  let harness: AppHarness;
  beforeAll(async () => {
    installTracing({ exporter, batch: false });
    harness = await startApp(standaloneApp);
  });
  afterAll(() => harness.close());

  it('carries the caller’s trace id through every step into the event, and counts each step', async () => {
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const response = await harness.request('POST', '/org/people', {
      actor: { userId: 'p-admin', role: 'admin' },
      headers: { traceparent: `00-${traceId}-00f067aa0ba902b7-01` },
      body: {
        personId: 'p-vp',
        name: '王建国',
        role: 'vp',
        effectiveOn: '2026-01-01',
        backdatingReason: BACKDATED,
      },
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('traceparent')).toContain(traceId);

    const names = await eventually(async () => {
      const spans = exporter.getFinishedSpans().filter((s) => s.spanContext().traceId === traceId);
      const found = spans.map((s) => s.name);
      for (const expected of [
        /^HTTP POST/,
        /^command org\.HirePerson$/,
        /^append org$/,
        /^publish .*sales\.org\.events$/,
        /sales\.org\.events/,
      ]) {
        if (!found.some((n) => expected.test(n)))
          throw new Error(`no span matching ${expected} in ${JSON.stringify(found)}`);
      }
      if (!spans.some((s) => s.kind === 4 /* CONSUMER */))
        throw new Error(`no consumer span in ${JSON.stringify(found)}`);
      return found;
    });
    expect(names.length).toBeGreaterThanOrEqual(5);

    const org = harness.app.get<ContextRuntime>(contextRuntimeToken('org'));
    const [event] = (await org.store.readStream('org-tree')).events;
    expect(event.traceparent).toContain(traceId);
    expect(event.actor).toEqual({ userId: 'p-admin', role: 'admin' });

    const metrics = String((await harness.request('GET', '/metrics')).body);
    expect(metrics).toMatch(/sales_events_appended_total\{context="org"\} 1/);
    expect(metrics).toMatch(/sales_events_published_total\{topic="sales\.org\.events"\} 1/);
    expect(metrics).toMatch(/sales_events_consumed_total\{group="targets\.replica\.org",outcome="ok"\} 1/);
    expect(metrics).toMatch(
      /sales_command_duration_seconds_count\{context="org",command="HirePerson",outcome="ok"\} 1/,
    );
  });
});
