import { CALENDAR_2025, type SetWorkCalendar, workCalendarDecider } from '@sales/kpi/domain';
import type { OrgTree } from '@sales/org/events';
import { type Actor, type Clock, ForbiddenError, NotFoundError } from '@sales/shared/domain';
import type { EventEnvelope } from '@sales/shared/event-sourcing';
import type { ContextRuntime } from '@sales/shared/runtime';
import type { KpiOrg } from '../org/kpi-org';
import { WorkCalendarService } from './work-calendar.service';
import { WorkCalendarsReader } from './work-calendars.reader';

const clock: Clock = {
  now: () => new Date('2024-12-01T02:00:00.000Z'),
  today: () => '2024-12-01',
  timeZone: 'Asia/Shanghai',
};

/** Today's tree: 孙丽 is the sales admin, 李娜 a salesperson. */
const org = {
  treeToday: async () =>
    ({
      asOf: '2024-12-01',
      divisions: [],
      people: [
        { id: 'p-sun', role: 'sales_admin' },
        { id: 'p-li', role: 'salesperson' },
      ],
    }) as unknown as OrgTree,
} as KpiOrg;

/** A kpi runtime whose store holds one stream in memory and whose commands run the decider on it. */
function runtimeOf() {
  const stream: EventEnvelope[] = [];
  const commands: SetWorkCalendar[] = [];
  const runtime = {
    store: {
      readStream: async () => ({ version: stream.length, events: [...stream], publishedVersion: 0 }),
      async *readAll() {
        yield* stream;
      },
    },
    commands: {
      execute: async (_decider: unknown, streamId: string, command: SetWorkCalendar, actor: Actor) => {
        commands.push(command);
        const state = stream.reduce(
          (s, e) => workCalendarDecider.evolve(s, e as never),
          workCalendarDecider.initialState(),
        );
        const events = workCalendarDecider.decide(command, state).map((event, i) => ({
          ...event,
          id: `e-${stream.length + i + 1}`,
          context: 'kpi',
          streamId,
          version: stream.length + i + 1,
          schemaVersion: 1,
          time: clock.now().toISOString(),
          actor,
          correlationId: 'c',
        }));
        stream.push(...events);
        return { events, published: [], version: stream.length, state, attempts: 1 };
      },
    },
  };
  return { runtime: runtime as unknown as ContextRuntime, commands };
}

function serviceOf() {
  const { runtime, commands } = runtimeOf();
  const reader = new WorkCalendarsReader(runtime);
  return { service: new WorkCalendarService(runtime, clock, org, reader), reader, commands };
}

const terms = {
  holidays: CALENDAR_2025.holidays,
  makeUpWorkdays: CALENDAR_2025.makeUpWorkdays,
  source: CALENDAR_2025.source,
};

describe('工作日历 service (GET and PUT /kpi/calendar/:year)', () => {
  it('a year nobody set answers its shipped seed, labelled by its source, at version 0', async () => {
    const { service } = serviceOf();
    await expect(service.view(2025)).resolves.toMatchObject({
      year: 2025,
      seeded: true,
      version: 0,
      source: { kind: 'official', reference: expect.stringContaining('国办发明电〔2024〕12号') },
      workingDays: 248,
      setBy: null,
    });
    await expect(service.view(2026)).resolves.toMatchObject({ seeded: true, source: { kind: 'sample' } });
  });

  it('a year neither set nor shipped is a 404 naming the year', async () => {
    const { service } = serviceOf();
    await expect(service.view(2031)).rejects.toThrow(NotFoundError);
    await expect(service.view(2031)).rejects.toMatchObject({
      code: 'work-calendar-not-found',
      details: { year: 2031 },
    });
  });

  it('the sales admin by today’s tree sets it (whatever the request’s role said); the set version answers from then on, and the figures see it at once', async () => {
    const { service, reader, commands } = serviceOf();
    const outcome = await service.set(2027, terms2027(), { userId: 'p-sun', role: 'salesperson' });
    expect(outcome).toMatchObject({ version: 1, events: [{ type: 'WorkCalendarSet' }] });
    expect(commands[0].data).toMatchObject({
      year: 2027,
      by: { personId: 'p-sun', role: 'sales_admin' },
      today: '2024-12-01',
    });
    await expect(service.view(2027)).resolves.toMatchObject({
      seeded: false,
      version: 1,
      setBy: 'p-sun',
      setAt: '2024-12-01T02:00:00.000Z',
      source: { kind: 'company' },
    });
    expect((await reader.arrangementsAsOf(clock.now())).get(2027)?.holidays).toEqual(terms2027().holidays);
  });

  it('a salesperson by today’s tree is refused even when the request says VP', async () => {
    const { service } = serviceOf();
    await expect(service.set(2025, terms, { userId: 'p-li', role: 'vp' })).rejects.toThrow(ForbiddenError);
  });
});

function terms2027() {
  return {
    holidays: [{ date: '2027-01-01', name: '元旦' }],
    makeUpWorkdays: [],
    source: { kind: 'company' as const, reference: '公司行政通知' },
  };
}
