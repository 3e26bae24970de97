import { SettableClock, businessDateOf, isBusinessDate, isTimeZone, shiftedClock } from './clock';

describe('Clock', () => {
  it("gives today's date in the company's zone, not in UTC", () => {
    const lateEvening = new Date('2026-11-28T17:30:00Z'); // 01:30 on the 29th in Shanghai
    expect(businessDateOf(lateEvening, 'Asia/Shanghai')).toBe('2026-11-29');
    expect(businessDateOf(lateEvening, 'UTC')).toBe('2026-11-28');
    expect(new SettableClock(lateEvening).today()).toBe('2026-11-29');
  });

  it('accepts only real calendar dates', () => {
    expect(isBusinessDate('2028-02-29')).toBe(true);
    for (const bad of [
      '2026-13-45',
      '2026-02-29',
      '2026-04-31',
      '2026-1-05',
      '20261105',
      '',
      20261105,
      null,
    ]) {
      expect(isBusinessDate(bad)).toBe(false);
    }
  });

  it('knows real time zones only', () => {
    expect(isTimeZone('Asia/Shanghai')).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
  });

  it('runs a shifted clock forward from its start with real time', () => {
    let real = new Date('2026-11-28T02:00:00Z');
    const clock = shiftedClock(new Date('2027-01-15T01:00:00Z'), 'Asia/Shanghai', () => real);
    expect(clock.now().toISOString()).toBe('2027-01-15T01:00:00.000Z');
    real = new Date('2026-11-29T02:00:00Z');
    expect(clock.today()).toBe('2027-01-16');
  });

  it('reads its start at the given real instant, so clocks made apart agree', () => {
    const since = Date.parse('2026-11-28T02:00:00Z');
    const later = new Date('2026-11-28T02:00:40Z'); // a process that took 40 s to boot
    const clock = shiftedClock(new Date('2027-01-15T01:00:00Z'), 'Asia/Shanghai', () => later, since);
    expect(clock.now().toISOString()).toBe('2027-01-15T01:00:40.000Z');
  });

  it('stands still in specs until moved', () => {
    const clock = new SettableClock(new Date('2026-12-31T15:59:59Z'));
    expect(clock.today()).toBe('2026-12-31');
    clock.advanceDays(1);
    expect(clock.today()).toBe('2027-01-01');
    clock.set('2026-06-01T00:00:00+08:00');
    expect(clock.today()).toBe('2026-06-01');
  });
});
