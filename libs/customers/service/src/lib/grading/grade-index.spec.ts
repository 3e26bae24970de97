import type { EventEnvelope } from '@sales/shared/event-sourcing';
import { GradeIndex, type GradeSource } from './grade-index';

const envelope = (streamId: string, version: number, type: string, data: object): EventEnvelope => ({
  id: `${streamId}-${version}`,
  context: 'customers',
  streamId,
  version,
  type,
  schemaVersion: 1,
  data,
  time: '2026-03-10T10:00:00+08:00',
  actor: { userId: 'system', role: 'admin' },
  correlationId: 'c-1',
});

const change = (customerId: string, previousGrade: string, grade: string) => ({
  customerId,
  previousGrade,
  grade,
  windowTotalMinor: 0,
  currency: 'CNY',
  windowStart: '2025-03-11',
  windowEnd: '2026-03-10',
  reason: { kind: 'payment', ref: 'pay-1' },
  policyVersion: 0,
  changedOn: '2026-03-10',
});

const S1 = 'customer-grade-c-1';
const c1 = [
  envelope(S1, 1, 'CustomerActivatedForGrading', {
    customerId: 'c-1',
    contractId: 'k-1',
    activatedOn: '2026-01-05',
  }),
  envelope(S1, 2, 'GradeChanged', change('c-1', 'ungraded', 'D')),
  envelope(S1, 3, 'PaymentRecorded', {
    customerId: 'c-1',
    paymentId: 'pay-1',
    amountMinor: 40_000_000,
    currency: 'CNY',
    receivedOn: '2026-03-10',
  }),
  envelope(S1, 4, 'GradeChanged', change('c-1', 'D', 'B')),
];
/** A registry stream beside it: not grading's. */
const registry = envelope('customer-c-2', 1, 'CustomerRegistered', { customerId: 'c-2' });

function storeOf(events: readonly EventEnvelope[]): GradeSource {
  return {
    async *readAll() {
      yield* events;
    },
    async readStream(streamId) {
      const stream = events.filter((e) => e.streamId === streamId);
      return { version: stream.length, events: stream, publishedVersion: 0 };
    },
  };
}

describe('GradeIndex (current grades read model, C2)', () => {
  it('rebuilds from the store: graded customers, and everyone else ungraded', async () => {
    const index = new GradeIndex(storeOf([registry, ...c1]));
    await index.rebuild();
    expect(await index.gradeOf('c-1')).toBe('B');
    expect(await index.gradeOf('c-2')).toBe('ungraded');
    expect(index.gradedCustomers()).toEqual(['c-1']);
  });

  it('every event delivered twice, and a rebuild over what is held, change nothing', async () => {
    const index = new GradeIndex(storeOf(c1));
    for (const event of c1) {
      index.apply([event]);
      index.apply([event]);
    }
    await index.rebuild();
    expect(await index.gradeOf('c-1')).toBe('B');
    expect(index.gradedCustomers()).toEqual(['c-1']);
  });

  it('a gap is not folded over: the stream is read instead', async () => {
    const index = new GradeIndex(storeOf(c1));
    expect(index.apply([c1[0], c1[3]])).toBe(false);
    expect(await index.gradeOf('c-1')).toBe('ungraded');
    await index.record(S1, [c1[3]]);
    expect(await index.gradeOf('c-1')).toBe('B');
  });
});
