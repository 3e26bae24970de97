import type { OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import type { Logger } from 'pino';
import type { Clock } from '@sales/shared/domain';
import {
  DEFAULT_DAILY_SCHEDULE,
  type DailyRound,
  type DailyRoundReport,
  DailyRounds,
  type DailySchedule,
} from './daily-rounds';

/**
 * A daily job as a Nest provider: its DailyRounds start with the application and stop before the
 * context closes; `runOnce()` runs a full round now (specs, operators). A job names only its
 * round (what it visits and decides) in its constructor.
 */
export abstract class DailyRoundJob<Item, Circumstances = void, Outcome = unknown>
  implements OnApplicationBootstrap, OnModuleDestroy
{
  protected readonly rounds: DailyRounds<Item, Circumstances, Outcome>;

  protected constructor(
    round: DailyRound<Item, Circumstances, Outcome>,
    clock: Clock,
    logger: Pick<Logger, 'info' | 'error'>,
    schedule: DailySchedule = DEFAULT_DAILY_SCHEDULE,
  ) {
    this.rounds = new DailyRounds(round, clock, logger, schedule);
  }

  onApplicationBootstrap(): void {
    this.rounds.start();
  }

  onModuleDestroy(): Promise<void> {
    return this.rounds.stop();
  }

  /** A full round now, after any round in progress in this process. */
  runOnce(): Promise<DailyRoundReport<Item, Outcome>> {
    return this.rounds.runOnce();
  }
}
