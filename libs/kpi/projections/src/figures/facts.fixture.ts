import type { FactOrigin } from '../facts';

let serial = 0;

/**
 * For specs: a fact's origin with a fresh event id, dated `businessDate` and recorded at
 * `recordedAt` (each later fact a second later by default, so recording order is the writing order).
 */
export function factOrigin(businessDate: string, context = 'x', recordedAt?: string): FactOrigin {
  const id = `e${++serial}`;
  return {
    factId: id,
    eventId: id,
    context,
    eventType: 'x',
    schemaVersion: 1,
    recordedAt: recordedAt ?? new Date(Date.UTC(2030, 0, 1) + serial * 1000).toISOString(),
    businessDate,
  };
}

/** For specs: a level target with `quarter` in each quarter and its months as even as integers allow. */
export function evenLevel(quarter: number) {
  const third = Math.floor(quarter / 3);
  const months = [third, third, quarter - 2 * third];
  return {
    year: 4 * quarter,
    quarters: [quarter, quarter, quarter, quarter],
    months: [...months, ...months, ...months, ...months],
  };
}
