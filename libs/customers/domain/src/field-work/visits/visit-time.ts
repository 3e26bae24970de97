import { type BusinessDate, DomainError, businessDateOf, isBusinessDate } from '@sales/shared/domain';

/** `2026-03-16T09:30:00+08:00`, `…T01:30Z`: a time of day with its zone, seconds and fraction optional. */
export const VISIT_TIME_PATTERN =
  /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

/**
 * The business date of a visit entered as ISO-8601 with its zone: the calendar date of that
 * instant in the company's zone (a visit at 2026-03-15T23:30-05:00 is on 2026-03-16 in Shanghai).
 * A time without a zone is refused: it would mean a different day on every server.
 */
export function visitDateOf(visitedAt: string, timeZone: string): BusinessDate {
  const match = VISIT_TIME_PATTERN.exec(visitedAt);
  const instant = match && isBusinessDate(match[1]) ? new Date(visitedAt) : undefined;
  if (!instant || Number.isNaN(instant.getTime())) {
    throw new DomainError('invalid-visit-time', { field: 'visitedAt', value: visitedAt });
  }
  return businessDateOf(instant, timeZone);
}
