import type { EventEnvelope } from '@sales/shared/event-sourcing';
import { DatedReplicaFold } from './dated-replica-fold';

const event = (id: string) => ({ id }) as EventEnvelope;

describe('DatedReplicaFold', () => {
  it('folds once per copy version and date, and again when the copy grows', async () => {
    let events = [event('e1')];
    const folds: string[] = [];
    const fold = new DatedReplicaFold(
      async () => events,
      (all, date) => {
        folds.push(`${all.length}@${date}`);
        return `${all.length}@${date}`;
      },
    );
    expect(await fold.asOf('2026-11-28')).toBe('1@2026-11-28');
    expect(await fold.asOf('2026-11-28')).toBe('1@2026-11-28');
    expect(await fold.asOf('2026-12-01')).toBe('1@2026-12-01');
    events = [...events, event('e2')];
    expect(await fold.asOf('2026-11-28')).toBe('2@2026-11-28');
    expect(folds).toEqual(['1@2026-11-28', '1@2026-12-01', '2@2026-11-28']);
  });

  it('keeps only the last dates asked for', async () => {
    let calls = 0;
    const fold = new DatedReplicaFold(
      async () => [event('e1')],
      (_all, date) => {
        calls++;
        return date;
      },
      2,
    );
    for (const date of ['2026-01-01', '2026-01-02', '2026-01-03', '2026-01-01']) await fold.asOf(date);
    expect(calls).toBe(4);
  });
});
