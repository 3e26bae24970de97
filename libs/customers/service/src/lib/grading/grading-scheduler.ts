import {
  Inject,
  Injectable,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
  Optional,
} from '@nestjs/common';
import type { Logger } from 'pino';
import type { BusinessDate, Clock } from '@sales/shared/domain';
import { CLOCK, LOGGER } from '@sales/shared/runtime';
import { GradeIndex } from './grade-index';
import { GradingPolicyService } from './grading-policy.service';
import { GradingService } from './grading.service';

/** How often the scheduler looks at the business date (and refreshes the grade index). */
export type GradingSchedule = Readonly<{ intervalMs: number }>;
export const GRADING_SCHEDULE = Symbol('GRADING_SCHEDULE');
export const DEFAULT_GRADING_SCHEDULE: GradingSchedule = { intervalMs: 60_000 };

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
 * new policy version it re-grades every one of them with it (reason: the version).
 *
 * Idempotent when several replicas run it: each customer is its own stream (optimistic
 * concurrency: a lost race is decided again on the winner's events), and the stream records the
 * day it was graded as of, so a second run for that day, or one whose clock is still on
 * yesterday, decides nothing. A run that failed for some customer is repeated at the next tick.
 *
 * Started on application bootstrap (a first run at once), stopped before the context closes its
 * store; specs call `runOnce()`.
 */
@Injectable()
export class GradingScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private timer?: NodeJS.Timeout;
  private queue: Promise<unknown> = Promise.resolve();
  private done?: Readonly<{ today: BusinessDate; policyVersion: number }>;
  private stopped = false;
  private readonly schedule: GradingSchedule;

  constructor(
    private readonly grading: GradingService,
    private readonly policies: GradingPolicyService,
    private readonly index: GradeIndex,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(LOGGER) private readonly logger: Logger,
    @Optional() @Inject(GRADING_SCHEDULE) schedule?: GradingSchedule,
  ) {
    this.schedule = schedule ?? DEFAULT_GRADING_SCHEDULE;
  }

  onApplicationBootstrap(): void {
    if (this.schedule.intervalMs <= 0) return;
    this.timer = setInterval(() => this.runSoon(), this.schedule.intervalMs);
    this.timer.unref();
    this.runSoon();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.queue;
  }

  /** A run in the background (a tick, or right after the VP set a policy); failures are logged. */
  runSoon(): void {
    this.runOnce().catch((error: unknown) =>
      this.logger.error({ err: error }, 'grading run failed; retrying at the next tick'),
    );
  }

  /** One run, after any run in progress in this process (runs never overlap here). */
  runOnce(): Promise<GradingRun> {
    const run = this.queue.then(() => this.run());
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async run(): Promise<GradingRun> {
    const today = this.clock.today();
    const policy = await this.policies.current();
    const idle = { today, policyVersion: policy.version, reviewed: 0, changed: 0, failed: 0 };
    if (this.stopped) return { ...idle, skipped: true };
    // Every tick: grades other replicas decided, and customers they graded first, show here.
    await this.index.rebuild();
    if (this.done?.today === today && this.done.policyVersion === policy.version)
      return { ...idle, skipped: true };
    const newPolicy = this.done !== undefined && this.done.policyVersion !== policy.version;
    let reviewed = 0;
    let changed = 0;
    let failed = 0;
    for (const customerId of this.index.gradedCustomers()) {
      if (this.stopped) break;
      try {
        const outcome = newPolicy
          ? await this.grading.applyPolicy(customerId, { policy, today })
          : await this.grading.review(customerId, { policy, today });
        reviewed++;
        changed += outcome.events.filter((event) => event.type === 'GradeChanged').length;
      } catch (error) {
        failed++;
        this.logger.error({ err: error, customerId, today }, 'grading review of a customer failed');
      }
    }
    if (failed === 0 && !this.stopped) this.done = { today, policyVersion: policy.version };
    if (changed > 0 || failed > 0)
      this.logger.info(
        { today, policyVersion: policy.version, reviewed, changed, failed },
        'grading run finished',
      );
    return { today, policyVersion: policy.version, skipped: false, reviewed, changed, failed };
  }
}
