import {
  Inject,
  Injectable,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
  Optional,
} from '@nestjs/common';
import type { Logger } from 'pino';
import type { GradingPolicy } from '@sales/customers/domain';
import type { BusinessDate, Clock } from '@sales/shared/domain';
import type { CommandOutcome } from '@sales/shared/event-sourcing';
import {
  CLOCK,
  DailyRounds,
  type DailySchedule,
  DEFAULT_DAILY_SCHEDULE,
  LOGGER,
} from '@sales/shared/runtime';
import { GradeIndex } from './grade-index';
import { GradingPolicyService } from './grading-policy.service';
import { GradingService } from './grading.service';

/** How often the scheduler looks at the business date (and refreshes the grade index). */
export type GradingSchedule = DailySchedule;
export const GRADING_SCHEDULE = Symbol('GRADING_SCHEDULE');
export const DEFAULT_GRADING_SCHEDULE: GradingSchedule = DEFAULT_DAILY_SCHEDULE;

type GradingRoundCircumstances = Readonly<{ policy: GradingPolicy; newPolicy: boolean }>;

/** What one run did: `skipped` when this day and policy version were already gone through. */
export type GradingRun = Readonly<{
  today: BusinessDate;
  policyVersion: number;
  skipped: boolean;
  reviewed: number;
  changed: number;
  failed: number;
}>;

/**
 * 每日评级 (C2 b, c): every `intervalMs` it reads today's business date from the Clock and the
 * policy in force; on a new day it reviews every graded customer once (the window slides), on a
 * new policy version it re-grades every one of them with it (reason: the version). The timing,
 * queue and failure accounting are DailyRounds'; a round that failed for some customer is
 * repeated at the next tick.
 *
 * Idempotent when several replicas run it: each customer is its own stream (optimistic
 * concurrency: a lost race is decided again on the winner's events), and the stream records the
 * day it was graded as of, so a second run for that day, or one whose clock is still on
 * yesterday, decides nothing.
 *
 * Started on application bootstrap (a first run at once), stopped before the context closes its
 * store; specs call `runOnce()`.
 */
@Injectable()
export class GradingScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly rounds: DailyRounds<string, GradingRoundCircumstances, CommandOutcome>;

  constructor(
    private readonly grading: GradingService,
    private readonly policies: GradingPolicyService,
    private readonly index: GradeIndex,
    @Inject(CLOCK) clock: Clock,
    @Inject(LOGGER) logger: Logger,
    @Optional() @Inject(GRADING_SCHEDULE) schedule?: GradingSchedule,
  ) {
    this.rounds = new DailyRounds(
      {
        name: 'grading',
        circumstances: async (_today, completed) => {
          // Every tick: grades other replicas decided, and customers they graded first, show here.
          await this.index.rebuild();
          const policy = await this.policies.current();
          const newPolicy =
            completed !== undefined && completed.circumstances.policy.version !== policy.version;
          return { policy, newPolicy };
        },
        key: (today, { policy }) => `${today}/${policy.version}`,
        items: async () => this.index.gradedCustomers(),
        visit: (customerId, today, { policy, newPolicy }) =>
          newPolicy
            ? this.grading.applyPolicy(customerId, { policy, today })
            : this.grading.review(customerId, { policy, today }),
        describe: (customerId) => ({ customerId }),
      },
      clock,
      logger,
      schedule ?? DEFAULT_GRADING_SCHEDULE,
    );
  }

  onApplicationBootstrap(): void {
    this.rounds.start();
  }

  onModuleDestroy(): Promise<void> {
    return this.rounds.stop();
  }

  /** A run in the background (a tick, or right after the VP set a policy); failures are logged. */
  runSoon(): void {
    this.rounds.runSoon();
  }

  /** One run unless this day and policy version had one, after any run in progress in this process. */
  async runOnce(): Promise<GradingRun> {
    const round = await this.rounds.runIfDue();
    const changed = round.outcomes.reduce(
      (sum, { outcome }) => sum + outcome.events.filter((event) => event.type === 'GradeChanged').length,
      0,
    );
    return {
      today: round.today,
      policyVersion: Number(round.key.split('/')[1]),
      skipped: round.skipped,
      reviewed: round.visited,
      changed,
      failed: round.failed,
    };
  }
}
