import pino from 'pino';
import { ConflictError, DomainError, SYSTEM_ACTOR, SettableClock } from '@sales/shared/domain';
import type { EventEnvelope } from '@sales/shared/event-sourcing';
import type { ContextRuntime } from '@sales/shared/runtime';
import type { WorkCalendars } from '../calendar/work-calendars.port';
import { type FactSnapshot, type FactSource, snapshotOf } from '../fact-store/fact-source.port';
import type { KpiOrg } from '../org/kpi-org';
import { KpiPeriodCloser, type PeriodCloseTiming } from './kpi-period-closer';

const START = '2027-04-02T01:00:00.000Z';
const timing: PeriodCloseTiming = { settleMs: 150, quietMs: 200, maxCatchUpMs: 1_000 };

const cycleClosed = (closedAt: string, type = 'CycleClosed'): EventEnvelope => ({
  id: 'ev-closed',
  context: 'appraisal',
  streamId: 'cycle-cy-1',
  version: 3,
  type,
  schemaVersion: 1,
  data: {
    cycleId: 'cy-1',
    period: { kind: 'quarter', label: '2027-Q1', from: '2027-01-01', to: '2027-03-31' },
    closedAt,
    asOf: '2027-04-02',
    subjects: [{ kind: 'person', id: 'p-li' }],
    currency: 'CNY',
  },
  time: closedAt,
  actor: SYSTEM_ACTOR,
  correlationId: 'corr-1',
});

/** A read model that is still being refilled: a new snapshot (a higher version, for the test) on each of the first `changes` reads. */
function refilling(changes: number): FactSource & { reads: number } {
  const snapshots: FactSnapshot[] = Array.from({ length: changes + 1 }, (_, i) => snapshotOf([], i + 1));
  const source = {
    reads: 0,
    snapshot: async () => snapshots[Math.min(source.reads++, changes)],
  };
  return source;
}

function closerWith(facts: FactSource, streamVersion = 0, execute: jest.Mock = jest.fn(async () => ({}))) {
  const runtime = {
    store: { readStream: async () => ({ version: streamVersion, events: [], publishedVersion: 0 }) },
    commands: { execute },
  } as unknown as ContextRuntime;
  const calendars: WorkCalendars = { arrangementsAsOf: async () => new Map() };
  const org = { latestNamesOf: async () => ({ 'p-li': '李娜' }) } as unknown as KpiOrg;
  const closer = new KpiPeriodCloser(
    runtime,
    facts,
    calendars,
    new SettableClock(new Date(START)),
    pino({ level: 'silent' }),
    org,
    timing,
  );
  return { closer, execute };
}

const frozenVersion = (execute: jest.Mock) => execute.mock.calls[0][2].data.readModelVersion;

describe('KpiPeriodCloser: when it reads the read model', () => {
  it('a close of this moment waits out the settle time after the cut-off, then reads', async () => {
    const { closer, execute } = closerWith(refilling(50));
    const started = performance.now();
    expect(await closer.answer(cycleClosed(START))).toBe('closed');
    expect(performance.now() - started).toBeGreaterThanOrEqual(timing.settleMs - 5);
    expect(frozenVersion(execute)).toBe(1);
    expect(execute.mock.calls[0][1]).toBe('kpi-period-cy-1');
    expect(execute.mock.calls[0][4]).toEqual({ correlationId: 'corr-1', causationId: 'ev-closed' });
  });

  it('a close from before the process started waits until the facts stop changing (a refilled read model)', async () => {
    const { closer, execute } = closerWith(refilling(4));
    expect(await closer.answer(cycleClosed('2027-04-01T01:00:00.000Z'))).toBe('closed');
    expect(frozenVersion(execute)).toBe(5);
  });

  it('…but not for ever: after maxCatchUpMs it freezes what is stored', async () => {
    const { closer, execute } = closerWith(refilling(1_000));
    const started = performance.now();
    expect(await closer.answer(cycleClosed('2027-04-01T01:00:00.000Z'))).toBe('closed');
    expect(performance.now() - started).toBeLessThan(timing.maxCatchUpMs + 500);
    expect(frozenVersion(execute)).toBeGreaterThan(1);
  });
});

describe('KpiPeriodCloser: once per cycle', () => {
  it('a cycle already answered is skipped before anything is computed', async () => {
    const facts = refilling(0);
    const { closer, execute } = closerWith(facts, 1);
    expect(await closer.answer(cycleClosed('2027-04-01T01:00:00.000Z'))).toBe('already-answered');
    expect(execute).not.toHaveBeenCalled();
    expect(facts.reads).toBe(0);
  });

  it('a close that lost the race to another is refused by the stream: already answered', async () => {
    const refused = jest.fn(async () => {
      throw new ConflictError('period-already-closed', { requestId: 'cy-1' });
    });
    const { closer } = closerWith(refilling(0), 0, refused);
    expect(await closer.answer(cycleClosed('2027-04-01T01:00:00.000Z'))).toBe('already-answered');
  });

  it('any other refusal is not swallowed (retried, then dead-lettered)', async () => {
    const failing = jest.fn(async () => {
      throw new DomainError('period-figures-incomplete', {});
    });
    const { closer } = closerWith(refilling(0), 0, failing);
    await expect(closer.answer(cycleClosed('2027-04-01T01:00:00.000Z'))).rejects.toThrow(DomainError);
  });

  it('other events of appraisal’s topic are not requests', async () => {
    const { closer, execute } = closerWith(refilling(0));
    expect(await closer.answer(cycleClosed(START, 'CycleOpened'))).toBe('not-a-request');
    expect(execute).not.toHaveBeenCalled();
  });
});
