import { addDays } from '@sales/kpi/domain';
import type { FactKind, KpiFact } from '@sales/kpi/projections';
import type { BusinessDate } from '@sales/shared/domain';
import type { FactSnapshot } from '../fact-store/fact-source.port';

const parts = new Map<string, Intl.DateTimeFormat>();

/** How far the zone's wall clock is ahead of UTC at `instant` (ms; +8 h in Asia/Shanghai). */
function zoneOffsetMs(instant: number, timeZone: string): number {
  let format = parts.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    parts.set(timeZone, format);
  }
  const field = Object.fromEntries(
    format.formatToParts(new Date(instant)).map((p) => [p.type, Number(p.value)]),
  ) as Record<string, number>;
  const wall = Date.UTC(field.year, field.month - 1, field.day, field.hour, field.minute, field.second);
  return wall - Math.floor(instant / 1000) * 1000;
}

/**
 * The first instant after `date` ends in the company's zone (ms since the epoch): a fact recorded
 * before it is one the system knew "as of" that date. Computed once per query, so filtering
 * thousands of facts compares numbers rather than formatting each recorded time in the zone.
 */
export function endOfBusinessDay(date: BusinessDate, timeZone: string): number {
  const midnight = Date.parse(`${addDays(date, 1)}T00:00:00Z`);
  // Twice: the offset at the guess, then at the corrected instant (a zone's offset can change that night).
  const guess = midnight - zoneOffsetMs(midnight, timeZone);
  return midnight - zoneOffsetMs(guess, timeZone);
}

/**
 * The facts of a snapshot the system had recorded by an instant: figures "as of" a date read
 * only these (periods then filter on business dates). Each kind is filtered once, when first asked.
 */
export class KnownFacts {
  private readonly byKind = new Map<FactKind, readonly KpiFact[]>();

  constructor(
    private readonly snapshot: FactSnapshot,
    /** Exclusive: facts recorded at or after it are not known yet. */
    readonly recordedBefore: number,
  ) {}

  of<K extends FactKind>(kind: K): readonly Extract<KpiFact, { kind: K }>[] {
    let known = this.byKind.get(kind);
    if (!known) {
      known = this.snapshot.of(kind).filter((f) => Date.parse(f.recordedAt) < this.recordedBefore);
      this.byKind.set(kind, known);
    }
    return known as readonly Extract<KpiFact, { kind: K }>[];
  }
}
