import { DEFAULT_FIELD_WORK_POLICY, type FieldWorkPolicy } from '../policy/field-work-policy';
import { type DayOutRecord, missingCheckIns } from './missing-check-ins';

const day = (
  personId: string,
  date: string,
  checkIns: number,
  reason: DayOutRecord['reason'] = 'declared',
) => ({
  personId,
  divisionId: 'd-east',
  date,
  reason,
  checkIns,
});
const always = (policy: FieldWorkPolicy) => () => policy;

describe('汇报缺失 missing check-ins (C4)', () => {
  const range = { from: '2026-03-09', to: '2026-03-20' };
  const today = '2026-03-16';

  it('lists each day out with fewer check-ins than the minimum, by date then person', () => {
    const rows = missingCheckIns(
      [day('p-wang', '2026-03-10', 0), day('p-li', '2026-03-10', 0, 'visit'), day('p-li', '2026-03-11', 1)],
      always(DEFAULT_FIELD_WORK_POLICY),
      range,
      today,
    );
    expect(rows).toEqual([
      { ...day('p-li', '2026-03-10', 0, 'visit'), minimum: 1, missing: 1, dayOver: true },
      { ...day('p-wang', '2026-03-10', 0), minimum: 1, missing: 1, dayOver: true },
    ]);
  });

  it('judges each day by the policy version in force on it', () => {
    const two = { ...DEFAULT_FIELD_WORK_POLICY, version: 1, minimumCheckInsPerDayOut: 2 };
    const rows = missingCheckIns(
      [day('p-li', '2026-03-10', 1), day('p-li', '2026-03-12', 1)],
      (date) => (date >= '2026-03-12' ? two : DEFAULT_FIELD_WORK_POLICY),
      range,
      today,
    );
    expect(rows.map((r) => [r.date, r.minimum, r.missing])).toEqual([['2026-03-12', 2, 1]]);
  });

  it('keeps to the range and never lists a day to come; today is listed as not over yet', () => {
    const rows = missingCheckIns(
      [day('p-li', '2026-03-06', 0), day('p-li', '2026-03-16', 0), day('p-li', '2026-03-18', 0)],
      always(DEFAULT_FIELD_WORK_POLICY),
      range,
      today,
    );
    expect(rows.map((r) => [r.date, r.dayOver])).toEqual([['2026-03-16', false]]);
  });
});
