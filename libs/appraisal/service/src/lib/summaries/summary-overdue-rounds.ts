import { Inject, Injectable, Optional } from '@nestjs/common';
import type { Logger } from 'pino';
import { type SummaryPeriod, lastPeriodPastDue } from '@sales/appraisal/domain';
import type { Clock } from '@sales/shared/domain';
import type { CommandOutcome } from '@sales/shared/event-sourcing';
import { CLOCK, DailyRoundJob, type DailySchedule, LOGGER } from '@sales/shared/runtime';
import { SummariesService } from './summaries.service';

export const SUMMARY_OVERDUE_SCHEDULE = Symbol('SUMMARY_OVERDUE_SCHEDULE');

/**
 * 未交总结提醒 (A5): once per business day, every salesperson who owes the latest period whose
 * due date has passed is asked `MarkSummaryOverdue` in their summary's own stream. The decision is
 * made there, so `SummaryOverdue` is published once per person and period however many days or
 * replicas run the round: a summary handed in, or one announced already, decides nothing.
 */
@Injectable()
export class SummaryOverdueRounds extends DailyRoundJob<string, SummaryPeriod, CommandOutcome> {
  constructor(
    summaries: SummariesService,
    @Inject(CLOCK) clock: Clock,
    @Inject(LOGGER) logger: Logger,
    @Optional() @Inject(SUMMARY_OVERDUE_SCHEDULE) schedule?: DailySchedule,
  ) {
    super(
      {
        name: 'summaries overdue',
        circumstances: async (today) => lastPeriodPastDue((await summaries.settings()).cadence, today),
        key: (today, period) => `${today}/${period.label}`,
        items: async (_, period) => {
          await summaries.refresh();
          return summaries.writersOf(period);
        },
        visit: (personId, today, period) => summaries.markOverdue(personId, period, today),
        describe: (personId) => ({ personId }),
      },
      clock,
      logger,
      schedule,
    );
  }
}
