import { type ApiCall, expectStatus, kpiActors } from './kpi-department';

/*
 * 2027 work calendar of the scenario (P4's denominator). There is no official 2027 arrangement to
 * cite, so the scenario sets a SAMPLE through the KPI API, labelled as such. Weekdays of 2027
 * (1 January is a Friday): 52 full weeks + Friday 31 December = 52 × 5 + 1 = 261.
 *
 *   holiday                      dates                     weekdays off   make-up days (调休上班)
 *   元旦                          01-01 Fri … 01-03 Sun      1 (01-01)
 *   春节 (the holiday week)       02-06 Sat … 02-14 Sun      5 (02-08…02-12)  02-20 Sat
 *   清明节                        04-03 Sat … 04-05 Mon      1 (04-05)
 *   劳动节                        05-01 Sat … 05-05 Wed      3 (05-03…05-05)  04-25 Sun, 05-08 Sat
 *   端午节                        06-09 Wed                  1
 *   中秋节                        09-15 Wed                  1
 *   国庆节                        10-01 Fri … 10-07 Thu      5 (10-01, 10-04…10-07)  09-26 Sun, 10-09 Sat
 *
 * Working days 2027 = 261 − (1 + 5 + 1 + 3 + 1 + 1 + 5 = 17) + 5 make-up days = 249.
 */

const span = (from: string, days: number, name: string) =>
  Array.from({ length: days }, (_, i) => {
    const day = new Date(`${from}T00:00:00Z`);
    day.setUTCDate(day.getUTCDate() + i);
    return { date: day.toISOString().slice(0, 10), name };
  });

export const KPI_CALENDAR_2027 = {
  holidays: [
    ...span('2027-01-01', 3, '元旦'),
    ...span('2027-02-06', 9, '春节'),
    ...span('2027-04-03', 3, '清明节'),
    ...span('2027-05-01', 5, '劳动节'),
    ...span('2027-06-09', 1, '端午节'),
    ...span('2027-09-15', 1, '中秋节'),
    ...span('2027-10-01', 7, '国庆节'),
  ],
  makeUpWorkdays: [
    { date: '2027-02-20', name: '春节调休上班' },
    { date: '2027-04-25', name: '劳动节调休上班' },
    { date: '2027-05-08', name: '劳动节调休上班' },
    { date: '2027-09-26', name: '国庆节调休上班' },
    { date: '2027-10-09', name: '国庆节调休上班' },
  ],
  source: {
    kind: 'sample',
    reference:
      '考核场景样例：2027 年尚无官方安排，按惯例拟定，非国务院办公厅通知 / scenario sample: no official 2027 arrangement yet',
  },
} as const;

/**
 * 设定 2027 年工作日历: `PUT /kpi/calendar/2027` by the sales admin 孙丽 (the VP may too). The one
 * write to the KPI API in the feed; the figures are read by the test.
 */
export async function setWorkCalendar2027(kpi: ApiCall): Promise<void> {
  await expectStatus(
    'set the 2027 work calendar (KPI API)',
    200,
    kpi('PUT', '/kpi/calendar/2027', { actor: kpiActors.salesAdmin, body: KPI_CALENDAR_2027 }),
  );
}
