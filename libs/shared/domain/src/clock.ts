/** An ISO calendar date (`YYYY-MM-DD`) in the company's zone: the date a business fact is about. */
export type BusinessDate = string;

/**
 * The one notion of "now" every decision that depends on time reads (ARCHITECTURE.md §6): the
 * recorded time of what is entered, and today's business date in the company's zone. Deciders get
 * the values in their commands; services read them from the Clock they were given, never from
 * `new Date()`, so specs and multi-process tests can set the day.
 */
export interface Clock {
  /** The recorded time: this instant. */
  now(): Date;
  /** Today, in the company's zone. */
  today(): BusinessDate;
  readonly timeZone: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar date of an instant in a zone (`2026-11-28T17:00:00Z` is `2026-11-29` in Asia/Shanghai). */
export function businessDateOf(instant: Date, timeZone: string): BusinessDate {
  let format = formatters.get(timeZone);
  if (!format) {
    // en-CA writes dates as YYYY-MM-DD.
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formatters.set(timeZone, format);
  }
  return format.format(instant);
}

/** Is `text` a real calendar date written `YYYY-MM-DD` (no 2026-02-30, no 2026-13-01)? */
export function isBusinessDate(text: unknown): text is BusinessDate {
  if (typeof text !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const [year, month, day] = text.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Is the zone one the runtime knows (`Asia/Shanghai`, `UTC`, …)? */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The machine's clock in the company's zone: production. */
export function systemClock(timeZone: string): Clock {
  return { timeZone, now: () => new Date(), today: () => businessDateOf(new Date(), timeZone) };
}

/**
 * A clock that reads `start` at the real instant `since` (default: the moment it is made) and runs
 * with real time: test and demo processes living on another day (`SALES_CLOCK`, refused in
 * production; `SALES_CLOCK_SINCE` so that processes started together agree to the millisecond).
 */
export function shiftedClock(
  start: Date,
  timeZone: string,
  realNow: () => Date = () => new Date(),
  since?: number,
): Clock {
  const offsetMs = start.getTime() - (since ?? realNow().getTime());
  const now = () => new Date(realNow().getTime() + offsetMs);
  return { timeZone, now, today: () => businessDateOf(now(), timeZone) };
}

/** A clock that stands still until moved: specs. */
export class SettableClock implements Clock {
  constructor(
    private instant: Date,
    readonly timeZone = 'Asia/Shanghai',
  ) {}

  now(): Date {
    return new Date(this.instant.getTime());
  }

  today(): BusinessDate {
    return businessDateOf(this.instant, this.timeZone);
  }

  set(instant: Date | string): void {
    this.instant = new Date(instant);
  }

  advanceDays(days: number): void {
    this.instant = new Date(this.instant.getTime() + days * 86_400_000);
  }
}
