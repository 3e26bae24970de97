import {
  CALENDAR_2025,
  CALENDAR_2026_SAMPLE,
  type WorkCalendarSet,
  workCalendarStreamId,
} from '@sales/kpi/domain';
import type { ContextRuntime } from '@sales/shared/runtime';
import type { EventEnvelope } from '@sales/shared/event-sourcing';
import { WorkCalendarsReader } from './work-calendars.reader';

/** A `WorkCalendarSet` as the kpi store holds it, recorded at `time`. */
function calendarSet(
  version: number,
  time: string,
  data: Partial<WorkCalendarSet['data']> = {},
): EventEnvelope<WorkCalendarSet['data']> {
  const year = data.year ?? 2025;
  return {
    id: `e-${year}-${version}`,
    context: 'kpi',
    streamId: workCalendarStreamId(year),
    version,
    type: 'WorkCalendarSet',
    schemaVersion: 1,
    data: {
      year,
      version,
      holidays: [{ date: `${year}-01-01`, name: '元旦' }],
      makeUpWorkdays: [],
      source: { kind: 'company', reference: '公司行政通知 2025-01' },
      setBy: 'p-sun',
      setOn: time.slice(0, 10),
      ...data,
    },
    time,
    actor: { userId: 'p-sun', role: 'sales_admin' },
    correlationId: `c-${version}`,
  };
}

function readerOf(events: readonly EventEnvelope[]): WorkCalendarsReader {
  const store = {
    async *readAll() {
      yield* events;
    },
  };
  return new WorkCalendarsReader({ store } as unknown as ContextRuntime);
}

const at = (iso: string) => new Date(iso);

describe('工作日历 as the figures read it (WorkCalendarsReader)', () => {
  it('with nothing set: the shipped seeds, the official 2025 and the 2026 sample, and no other year', async () => {
    const reader = readerOf([]);
    await reader.refresh();
    const arrangements = await reader.arrangementsAsOf(at('2026-06-30T15:59:59.999Z'));
    expect([...arrangements.keys()].sort()).toEqual([2025, 2026]);
    expect(arrangements.get(2025)?.holidays).toBe(CALENDAR_2025.holidays);
    expect(arrangements.get(2026)?.makeUpWorkdays).toBe(CALENDAR_2026_SAMPLE.makeUpWorkdays);
  });

  it('a year set through the API replaces its seed, and a year without a seed appears', async () => {
    const reader = readerOf([
      calendarSet(1, '2025-01-10T02:00:00.000Z'),
      calendarSet(1, '2025-01-11T02:00:00.000Z', { year: 2027 }),
    ]);
    await reader.refresh();
    const arrangements = await reader.arrangementsAsOf(at('2025-02-01T00:00:00.000Z'));
    expect(arrangements.get(2025)).toEqual({
      year: 2025,
      holidays: [{ date: '2025-01-01', name: '元旦' }],
      makeUpWorkdays: [],
    });
    expect(arrangements.get(2027)?.holidays).toEqual([{ date: '2027-01-01', name: '元旦' }]);
    expect(arrangements.get(2026)?.holidays).toBe(CALENDAR_2026_SAMPLE.holidays);
  });

  it('as of an instant: before the first setting the seed, then each version from its recorded time on (the instant itself included)', async () => {
    const second = [
      { date: '2025-01-01', name: '元旦' },
      { date: '2025-01-02', name: '公司假' },
    ];
    const reader = readerOf([
      calendarSet(1, '2025-01-10T02:00:00.000Z'),
      calendarSet(2, '2025-03-01T02:00:00.000Z', { holidays: second }),
    ]);
    await reader.refresh();
    const holidaysAt = async (iso: string) => (await reader.arrangementsAsOf(at(iso))).get(2025)?.holidays;
    expect(await holidaysAt('2025-01-10T01:59:59.999Z')).toBe(CALENDAR_2025.holidays);
    expect(await holidaysAt('2025-01-10T02:00:00.000Z')).toEqual([{ date: '2025-01-01', name: '元旦' }]);
    expect(await holidaysAt('2025-02-28T23:59:59.999Z')).toHaveLength(1);
    expect(await holidaysAt('2025-03-01T02:00:00.000Z')).toEqual(second);
  });

  it('a version seen twice (a refresh after this process recorded it) is held once; other streams are ignored', async () => {
    const first = calendarSet(1, '2025-01-10T02:00:00.000Z');
    const reader = readerOf([first, { ...first, id: 'x', streamId: 'something-else', version: 2 }]);
    reader.record([first]);
    await reader.refresh();
    await reader.refresh();
    const later = calendarSet(2, '2025-01-12T02:00:00.000Z', { holidays: [] });
    reader.record([later]);
    expect((await reader.arrangementsAsOf(at('2025-01-11T00:00:00.000Z'))).get(2025)?.holidays).toHaveLength(
      1,
    );
    expect((await reader.arrangementsAsOf(at('2025-01-13T00:00:00.000Z'))).get(2025)?.holidays).toEqual([]);
  });
});
