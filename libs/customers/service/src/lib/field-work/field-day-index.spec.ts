import type { FieldDayEvent } from '@sales/customers/domain';
import type { EventEnvelope } from '@sales/shared/event-sourcing';
import { FieldDayIndex } from './field-day-index';

const envelope = (streamId: string, version: number, event: FieldDayEvent): EventEnvelope => ({
  id: `${streamId}#${version}`,
  context: 'customers',
  streamId,
  version,
  type: event.type,
  schemaVersion: 1,
  data: event.data,
  time: '2026-03-16T02:00:00.000Z',
  actor: { userId: 'p-li', role: 'salesperson' },
  correlationId: 'c',
});

const day = { personId: 'p-li', divisionId: 'd-east', date: '2026-03-16' };
const visit = (visitId: string, customerId: string, date = day.date): FieldDayEvent => ({
  type: 'VisitLogged',
  data: {
    ...day,
    date,
    visitId,
    visitedAt: `${date}T10:00:00+08:00`,
    customerId,
    kind: 'in-person',
    coachId: null,
    purpose: '拜访',
    outcome: '顺利',
    nextStep: '',
    nextContactOn: null,
  },
});
const out: FieldDayEvent = {
  type: 'DayMarkedOut',
  data: { ...day, reason: 'visit', visitId: 'v-1', note: '' },
};
const checkIn: FieldDayEvent = {
  type: 'CheckedIn',
  data: {
    ...day,
    checkInId: 'ci-1',
    recordedAt: '2026-03-16T03:00:00.000Z',
    place: '苏州',
    coordinates: null,
    customerId: null,
    note: '',
  },
};

const STREAM = 'field-day-p-li-2026-03-16';
const history = [
  envelope(STREAM, 1, visit('v-1', 'c-1')),
  envelope(STREAM, 2, out),
  envelope(STREAM, 3, checkIn),
  envelope('field-day-p-li-2026-03-10', 1, visit('v-0', 'c-1', '2026-03-10')),
  envelope('customer-c-1', 1, visit('not-a-day', 'c-9')),
];

const source = (events: EventEnvelope[]) => ({
  async *readAll() {
    yield* events;
  },
  readStream: async (streamId: string) => ({
    version: events.filter((e) => e.streamId === streamId).length,
    events: events.filter((e) => e.streamId === streamId),
    publishedVersion: 0,
  }),
});

describe('外勤日 read model (field days)', () => {
  it('delivering every event twice changes nothing (idempotent by stream version)', async () => {
    const once = new FieldDayIndex(source(history));
    await once.rebuild();
    const twice = new FieldDayIndex(source([...history, ...history]));
    await twice.rebuild();
    twice.apply(history);
    expect(twice.daysOut()).toEqual(once.daysOut());
    expect(twice.visits('2026-03-01', '2026-03-31')).toEqual(once.visits('2026-03-01', '2026-03-31'));
    expect(once.daysOut()).toEqual([
      { personId: 'p-li', divisionId: 'd-east', date: '2026-03-16', reason: 'visit', checkIns: 1 },
    ]);
    expect(once.visits('2026-03-01', '2026-03-31').map((v) => v.visitId)).toEqual(['v-0', 'v-1']);
  });

  it('only field-day streams are folded', async () => {
    const index = new FieldDayIndex(source(history));
    await index.rebuild();
    expect([...index.lastVisitsAsLogged().keys()]).toEqual(['c-1']);
  });

  it('a gap is filled by reading the stream', async () => {
    const index = new FieldDayIndex(source(history));
    await index.record(STREAM, [history[2]]);
    expect(index.daysOut()).toEqual([expect.objectContaining({ checkIns: 1 })]);
  });

  it('each customer’s last visit is its latest date', async () => {
    const index = new FieldDayIndex(source(history));
    await index.rebuild();
    expect(index.lastVisitsAsLogged().get('c-1')).toEqual({ date: '2026-03-16', nextContactOn: null });
  });
});
