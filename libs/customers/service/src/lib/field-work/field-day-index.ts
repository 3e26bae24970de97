import type { OnApplicationShutdown } from '@nestjs/common';
import {
  FIELD_DAY_STREAM_PREFIX,
  type DayOutRecord,
  type FieldDay,
  type FieldDayEvent,
  type LastVisit,
  type VisitLogged,
  fieldDayDecider,
  laterVisit,
} from '@sales/customers/domain';
import type { BusinessDate } from '@sales/shared/domain';
import type { EventEnvelope } from '@sales/shared/event-sourcing';
import { type FoldSource, FoldedStreams } from '@sales/shared/event-sourcing';

/** A visit as the lists show it: the day's facts (who, division on the date) with the visit. */
export type VisitRecord = VisitLogged['data'];

/**
 * 外勤日's read model: every field day (visits, day-out status, check-ins) folded from the
 * store. It answers the visit list, each customer's last visit (overdue revisits, the pool's
 * no-follow-up rule) and the days out for the missing check-in report.
 */
export class FieldDayIndex implements OnApplicationShutdown {
  private readonly days: FoldedStreams<FieldDay, FieldDayEvent>;

  constructor(source: FoldSource, refreshMs?: number) {
    this.days = new FoldedStreams(source, FIELD_DAY_STREAM_PREFIX, fieldDayDecider, refreshMs);
  }

  rebuild = () => this.days.rebuild();
  startRefreshing = () => this.days.startRefreshing();
  onApplicationShutdown = () => this.days.stop();
  apply = (events: readonly EventEnvelope[]) => this.days.apply(events);
  record = (streamId: string, events: readonly EventEnvelope[]) => this.days.record(streamId, events);

  /** Visits between two dates (both included), oldest first. */
  visits(from: BusinessDate, to: BusinessDate): VisitRecord[] {
    return this.days
      .states()
      .filter((day) => day.date !== null && day.date >= from && day.date <= to)
      .flatMap((day) => day.visits)
      .sort((a, b) => a.visitedAt.localeCompare(b.visitedAt) || a.visitId.localeCompare(b.visitId));
  }

  /** Each customer's latest visit, by the customer id it was logged under (merged ones resolved by the caller). */
  lastVisitsAsLogged(): Map<string, LastVisit> {
    const last = new Map<string, LastVisit>();
    for (const day of this.days.states()) {
      for (const { customerId, date, nextContactOn } of day.visits) {
        last.set(customerId, laterVisit(last.get(customerId), { date, nextContactOn }));
      }
    }
    return last;
  }

  /** Every day out, with its check-ins counted. */
  daysOut(): DayOutRecord[] {
    return this.days.states().flatMap((day) =>
      day.out !== null && day.personId !== null && day.date !== null
        ? [
            {
              personId: day.personId,
              divisionId: day.divisionId,
              date: day.date,
              reason: day.out,
              checkIns: day.checkIns.length,
            },
          ]
        : [],
    );
  }
}
