import Ajv2020 from 'ajv/dist/2020';
import { KPI_EVENT_CATALOGUE } from '@sales/kpi/events';
import { DomainError, ForbiddenError, fold, publicationOf } from '@sales/shared/domain';
import { CALENDAR_2025, CALENDAR_2026_SAMPLE, type CalendarSeed } from './calendar-seeds';
import { type SetWorkCalendar, type WorkCalendarEvent, workCalendarDecider } from './work-calendar';
import { daysIn, workingDays, type YearArrangement } from './working-days';

const arranged = (...seeds: CalendarSeed[]) =>
  new Map<number, YearArrangement>(seeds.map((s) => [s.year, s]));

const setting = (
  seed: CalendarSeed,
  role: SetWorkCalendar['data']['by']['role'] = 'sales_admin',
): SetWorkCalendar => ({
  type: 'SetWorkCalendar',
  data: { ...seed, by: { personId: 'p-sun', role }, today: '2024-12-01' },
});

describe('工作日 working days', () => {
  it('2025 under the official arrangement: 248 working days (261 weekdays − 18 holidays on weekdays + 5 调休); January 19 (元旦, 春节 and the Sunday 调休)', () => {
    expect(workingDays('2025-01-01', '2025-12-31', arranged(CALENDAR_2025))).toEqual({
      count: 248,
      unarranged: [],
    });
    expect(workingDays('2025-01-01', '2025-01-31', arranged(CALENDAR_2025)).count).toBe(19);
  });

  it('a holiday week with a 调休 Saturday: 2025-10-01..10-12 has the Sunday before and Saturday after as working days', () => {
    // 9-28 (Sun) works, 9-29 and 9-30 work, 10-1..10-8 off, 10-9 Thu and 10-10 Fri work,
    // 10-11 (Sat) works, 10-12 (Sun) off.
    expect(workingDays('2025-09-28', '2025-10-12', arranged(CALENDAR_2025)).count).toBe(3 + 3);
  });

  it('a year without an arrangement counts weekdays and says so', () => {
    expect(workingDays('2027-01-01', '2027-01-31', arranged(CALENDAR_2025))).toEqual({
      count: 21,
      unarranged: [2027],
    });
    expect(daysIn('2025-01-01', '2025-12-31')).toBe(365);
    expect(daysIn('2025-01-02', '2025-01-01')).toBe(0);
  });

  it('the 2026 seed is labelled a sample, the 2025 one names its official notice', () => {
    expect(CALENDAR_2026_SAMPLE.source.kind).toBe('sample');
    expect(CALENDAR_2025.source).toMatchObject({
      kind: 'official',
      reference: expect.stringContaining('国办发明电〔2024〕12号'),
    });
  });
});

describe('工作日历 the work calendar, set by the sales admin or the VP', () => {
  const decide = (command: SetWorkCalendar, given: WorkCalendarEvent[] = []) =>
    workCalendarDecider.decide(command, fold(workCalendarDecider, given));

  it('the seeds are accepted as they are: every 调休 day a weekend day, nothing twice', () => {
    for (const seed of [CALENDAR_2025, CALENDAR_2026_SAMPLE]) {
      const [event] = decide(setting(seed));
      expect(event).toMatchObject({
        type: 'WorkCalendarSet',
        data: { year: seed.year, version: 1, setBy: 'p-sun' },
      });
    }
  });

  it('setting it again is a new version; the same arrangement again records nothing', () => {
    const first = decide(setting(CALENDAR_2025));
    expect(decide(setting(CALENDAR_2025, 'vp'), first)).toEqual([]);
    const corrected = { ...CALENDAR_2025, holidays: CALENDAR_2025.holidays.slice(1) };
    expect(decide(setting(corrected, 'vp'), first)[0].data.version).toBe(2);
  });

  it('only the sales admin or the VP', () => {
    for (const role of ['salesperson', 'division_manager', 'admin', 'finance'] as const)
      expect(() => decide(setting(CALENDAR_2025, role))).toThrow(ForbiddenError);
  });

  it.each([
    [
      'a date of another year',
      { holidays: [{ date: '2026-01-01', name: '元旦' }] },
      'calendar-date-outside-year',
      'holidays[0].date',
    ],
    [
      'a weekday as 调休',
      { makeUpWorkdays: [{ date: '2025-01-27', name: '调休' }] },
      'make-up-day-not-weekend',
      'makeUpWorkdays[0].date',
    ],
    [
      'a day both off and on',
      { makeUpWorkdays: [{ date: '2025-02-01', name: '调休' }] },
      'calendar-date-twice',
      'makeUpWorkdays[0].date',
    ],
    [
      'a day without a name',
      { holidays: [{ date: '2025-01-01', name: ' ' }] },
      'calendar-day-name-required',
      'holidays[0].name',
    ],
    [
      'no source',
      { source: { kind: 'company', reference: ' ' } },
      'calendar-source-required',
      'source.reference',
    ],
  ] as const)('%s is refused, naming the field', (_, change, code, field) => {
    const seed = { ...CALENDAR_2025, ...change } as CalendarSeed;
    try {
      decide(setting(seed));
      throw new Error('accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({ code, details: expect.objectContaining({ field }) });
    }
  });
});

describe('工作日历 as other systems see it (kpi.WorkCalendarSet.v1)', () => {
  const schema = KPI_EVENT_CATALOGUE.find(
    (spec) => spec.type === 'WorkCalendarSet' && spec.schemaVersion === 1,
  );
  const valid = new Ajv2020({ strict: false }).compile(schema?.schema ?? {});

  it('every version is published whole, with its source and who set it (not when: that is the envelope’s time)', () => {
    const first = workCalendarDecider.decide(setting(CALENDAR_2025), workCalendarDecider.initialState());
    const corrected = { ...CALENDAR_2025, makeUpWorkdays: CALENDAR_2025.makeUpWorkdays.slice(0, 4) };
    const second = workCalendarDecider.decide(setting(corrected, 'vp'), fold(workCalendarDecider, first));
    const { published } = publicationOf(workCalendarDecider, workCalendarDecider.initialState(), [
      ...first,
      ...second,
    ]);
    expect(published).toEqual([
      {
        type: 'WorkCalendarSet',
        schemaVersion: 1,
        data: {
          year: 2025,
          holidays: CALENDAR_2025.holidays,
          makeUpWorkdays: CALENDAR_2025.makeUpWorkdays,
          source: CALENDAR_2025.source,
          version: 1,
          setBy: 'p-sun',
        },
      },
      expect.objectContaining({
        type: 'WorkCalendarSet',
        data: expect.objectContaining({ version: 2, makeUpWorkdays: corrected.makeUpWorkdays }),
      }),
    ]);
    for (const event of published) expect([valid(event.data), valid.errors]).toEqual([true, null]);
  });
});
