import { addDays, addMonths, daysBetween, laterOf } from './calendar-days';

describe('calendar days of business dates', () => {
  it('moves by days across months and years', () => {
    expect(addDays('2026-11-28', 3)).toBe('2026-12-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(daysBetween('2026-10-01', '2026-10-31')).toBe(30);
  });

  it('moves by months, the 31st becoming the last day of a shorter month', () => {
    expect(addMonths('2026-11-28', -12)).toBe('2025-11-28');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
  });

  it('takes the later of two dates, ignoring a missing one', () => {
    expect(laterOf('2026-10-01', null)).toBe('2026-10-01');
    expect(laterOf('2026-10-01', '2026-10-05')).toBe('2026-10-05');
    expect(laterOf('2026-10-05', '2026-10-01')).toBe('2026-10-05');
  });
});
