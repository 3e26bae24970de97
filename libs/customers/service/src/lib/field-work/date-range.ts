import { addDays, daysBetween } from '@sales/customers/domain';
import { type BusinessDate, DomainError } from '@sales/shared/domain';

export type DateRange = Readonly<{ from: BusinessDate; to: BusinessDate }>;

/**
 * A list's period: `to` defaults to today, `from` to `defaultDays` − 1 days before `to`; a period
 * that runs backwards or spans more than `maxDays` is refused (naming `from`), so a list stays a
 * page, not the store.
 */
export function dateRange(
  asked: Readonly<{ from?: BusinessDate; to?: BusinessDate }>,
  today: BusinessDate,
  defaultDays: number,
  maxDays: number,
): DateRange {
  const to = asked.to ?? today;
  const from = asked.from ?? addDays(to, 1 - defaultDays);
  const span = daysBetween(from, to) + 1;
  if (span < 1 || span > maxDays)
    throw new DomainError('invalid-date-range', { field: 'from', from, to, maxDays });
  return { from, to };
}
