import Ajv2020 from 'ajv/dist/2020';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APPRAISAL_EVENT_CATALOGUE } from '@sales/appraisal/events';
import { KPI_EVENT_CATALOGUE, type KpiPeriodClosedV1 } from '@sales/kpi/events';
import { KPI_QUARTER_EXPECTED, feedKpiQuarter, kpiActors, kpiCaughtUp } from '@sales/kpi/testing';
import { type AppHarness, type ApiCall, eventually, startApp } from '@sales/shared/app-testing';
import type { Clock } from '@sales/shared/domain';
import type { EventEnvelope } from '@sales/shared/event-sourcing';
import type { EventBus } from '@sales/shared/messaging';
import { CLOCK, type ContextRuntime, EVENT_BUS, contextRuntimeToken } from '@sales/shared/runtime';
import { standaloneApp } from './standalone.app';

type ClosedData = KpiPeriodClosedV1['data'];
type ApiFigure = Readonly<{ id: string; unit: string; value: any }>;

const vp = kpiActors.vp;
const SUBJECTS = [
  { kind: 'person', id: 'p-li' },
  { kind: 'person', id: 'p-wang' },
  { kind: 'division', id: 'd-east' },
] as const;

/**
 * The GET /kpi/figures answer written as the contract writes a frozen figure — read here from the
 * API's JSON, not with the KPI service's own mapping: a rate's or average's exact decimal, a count
 * as an integer, money in 分, null for the distributions.
 */
function asFrozen(figure: ApiFigure) {
  const { id, unit, value } = figure;
  if (unit === 'rate' || unit === 'per-working-day') return { figureId: id, unit, value: value.value };
  if (unit === 'count') return { figureId: id, unit, value: String(value) };
  if (unit === 'money') return { figureId: id, unit, value: String(value.amountMinor) };
  return { figureId: id, unit, value: null };
}

/**
 * 考核期指标冻结 (A2) in standalone: the KPI quarter of issue 11 is fed, then appraisal's
 * `CycleClosed` for 2027-Q1 is published on the in-process bus as the contract writes it (a raw
 * envelope: the test does not depend on appraisal's cycle service). The KPI service must answer
 * with one `kpi.KpiPeriodClosed.v1` whose figures are those of `GET /kpi/figures` for the same
 * subject, period and as-of date — and answer a redelivered CycleClosed with nothing.
 */
describe('KPI period close in standalone: CycleClosed → KpiPeriodClosed once', () => {
  let dataDir: string;
  let harness: AppHarness | undefined;
  let kpi: ApiCall;
  let bus: EventBus;
  let kpiRuntime: ContextRuntime;
  const published: EventEnvelope<ClosedData>[] = [];
  let cycleClosed: EventEnvelope;

  const closerHandled = async (): Promise<number> => {
    const text = (await (harness as AppHarness).request('GET', '/metrics')).body as string;
    const line = /sales_events_consumed_total\{group="kpi\.period-closer",outcome="ok"\} (\d+)/.exec(text);
    return Number(line?.[1] ?? 0);
  };

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'kpi-period-close-'));
    await feedKpiQuarter({
      async onDay(instant) {
        await harness?.close();
        harness = await startApp(standaloneApp, { SALES_CLOCK: instant, DATA_DIR: dataDir });
        const running = harness;
        const call: ApiCall = (method, path, options) => running.request(method, path, options);
        return { org: call, targets: call, customers: call, contracts: call, kpi: call };
      },
    });
    const running = harness as AppHarness;
    kpi = (method, path, options) => running.request(method, path, options);
    await kpiCaughtUp(kpi);
    bus = running.app.get<EventBus>(EVENT_BUS);
    kpiRuntime = running.app.get<ContextRuntime>(contextRuntimeToken('kpi'));
    await bus.subscribe({
      groupId: 'test.kpi-period-closed',
      topics: [kpiRuntime.topic],
      fromBeginning: true,
      handle: async (event) => {
        if (event.type === 'KpiPeriodClosed') published.push(event as EventEnvelope<ClosedData>);
      },
    });
    const now = running.app.get<Clock>(CLOCK).now();
    cycleClosed = {
      id: randomUUID(),
      context: 'appraisal',
      streamId: 'cycle-cy-2027-q1',
      version: 7,
      type: 'CycleClosed',
      schemaVersion: 1,
      data: {
        cycleId: 'cy-2027-q1',
        schemeId: 'sc-sales',
        schemeVersion: 1,
        period: { kind: 'quarter', label: '2027-Q1', from: '2027-01-01', to: '2027-03-31' },
        closedAt: now.toISOString(),
        asOf: '2027-04-02',
        subjects: SUBJECTS,
        currency: 'CNY',
      },
      time: now.toISOString(),
      actor: vp,
      correlationId: randomUUID(),
    };
    await bus.publish(kpiRuntime.topicOf('appraisal'), [cycleClosed]);
    await eventually(async () => {
      if (published.length === 0) throw new Error('no KpiPeriodClosed yet');
    }, 60_000);
  }, 400_000);
  afterAll(async () => {
    await harness?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const validator = (catalogue: typeof KPI_EVENT_CATALOGUE, type: string) => {
    const spec = catalogue.find((s) => s.type === type && s.schemaVersion === 1);
    if (!spec) throw new Error(`${type} v1 is not in the catalogue`);
    return new Ajv2020({ strict: false, validateFormats: false }).compile(spec.schema);
  };

  it('the CycleClosed sent is valid under appraisal’s published schema, the answer under kpi’s', () => {
    const cycle = validator(APPRAISAL_EVENT_CATALOGUE, 'CycleClosed');
    expect([cycle(cycleClosed.data), cycle.errors]).toEqual([true, null]);
    const answer = validator(KPI_EVENT_CATALOGUE, 'KpiPeriodClosed');
    expect([answer(published[0].data), answer.errors]).toEqual([true, null]);
  });

  it('answers the cycle with kpi.KpiPeriodClosed.v1, caused by it, cut off at its close', () => {
    expect(published).toHaveLength(1);
    const [event] = published;
    expect(event).toMatchObject({
      context: 'kpi',
      streamId: 'kpi-period-cy-2027-q1',
      schemaVersion: 1,
      causationId: cycleClosed.id,
      correlationId: cycleClosed.correlationId,
    });
    const closedAt = (cycleClosed.data as { closedAt: string }).closedAt;
    expect(event.data).toMatchObject({
      requestId: 'cy-2027-q1',
      requestedBy: { context: 'appraisal', eventId: cycleClosed.id },
      period: { kind: 'quarter', label: '2027-Q1', from: '2027-01-01', to: '2027-03-31' },
      asOf: '2027-04-02',
      recordedBefore: new Date(closedAt).toISOString(),
      currency: 'CNY',
    });
    expect(event.data.subjects.map((s) => [s.kind, s.id, s.name])).toEqual([
      ['person', 'p-li', '李娜'],
      ['person', 'p-wang', '王磊'],
      ['division', 'd-east', '华东事业部'],
    ]);
  });

  it.each(SUBJECTS.map((s) => [`${s.kind}:${s.id}`]))(
    '%s: every frozen figure equals GET /kpi/figures for the same period and as-of date',
    async (subject) => {
      const frozen = published[0].data.subjects.find((s) => `${s.kind}:${s.id}` === subject);
      const answer = await kpi('GET', `/kpi/figures?subject=${subject}&period=2027-Q1&asOf=2027-04-02`, {
        actor: vp,
      });
      expect(answer.status).toBe(200);
      expect(published[0].data.readModelVersion).toBe(answer.body.readModelVersion);
      expect(frozen?.figures.map(({ figureId, unit, value }) => ({ figureId, unit, value }))).toEqual(
        answer.body.figures.map(asFrozen),
      );
      expect(frozen?.explain).toBe(`/kpi/figures/explain?subject=${subject}&period=2027-Q1&asOf=2027-04-02`);
    },
  );

  it.each([
    ['salesperson:p-li', 'person:p-li'],
    ['division:d-east', 'division:d-east'],
  ] as const)('%s: the amounts are the hand-worked ones of the quarter', (expectedKey, subject) => {
    const q1 = KPI_QUARTER_EXPECTED.figures[expectedKey]['2027-Q1'];
    const frozen = published[0].data.subjects.find((s) => `${s.kind}:${s.id}` === subject);
    expect(frozen?.amounts).toEqual({
      signedMinor: q1.p1.achievedMinor,
      grossMarginMinor: q1.p2.achievedMinor,
      collectedMinor: q1.collectionsAttainment.achievedMinor,
      targets: {
        sales: { realisticMinor: q1.p1.targetRealisticMinor, stretchMinor: q1.p1.targetStretchMinor },
        grossMargin: { realisticMinor: q1.p2.targetRealisticMinor, stretchMinor: q1.p2.targetStretchMinor },
        collections: {
          realisticMinor: q1.collectionsAttainment.targetRealisticMinor,
          stretchMinor: q1.collectionsAttainment.targetStretchMinor,
        },
      },
    });
  });

  it('a redelivered CycleClosed — the same event again, or republished under a new id — publishes nothing more', async () => {
    const handledBefore = await closerHandled();
    const republished = { ...cycleClosed, id: randomUUID() };
    await bus.publish(kpiRuntime.topicOf('appraisal'), [cycleClosed, republished]);
    // The bus skips the id it has handled; the republished one reaches the closer, which answers nothing.
    await eventually(async () => {
      if ((await closerHandled()) < handledBefore + 1) throw new Error('the closer has not seen it yet');
    }, 30_000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(published).toHaveLength(1);
    const stream = await kpiRuntime.store.readStream('kpi-period-cy-2027-q1');
    expect(stream.events.map((e) => e.type)).toEqual(['PeriodClosed']);
  });
});
