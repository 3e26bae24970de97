import {
  Inject,
  Injectable,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
  Optional,
} from '@nestjs/common';
import type { Logger } from 'pino';
import { type BusinessDate, type Clock, SYSTEM_ACTOR } from '@sales/shared/domain';
import { CLOCK, LOGGER } from '@sales/shared/runtime';
import { CustomerIndex } from '../registry/customer-index';
import { CustomerStreams } from './customer-streams';
import { LastFollowUps, NO_FOLLOW_UPS_KNOWN } from './last-follow-ups';
import { PoolPolicies } from './pool-policies';

/** How often the scheduler looks at the business date; 0 turns the timer off (runOnce still works). */
export type PoolSchedule = Readonly<{ intervalMs: number }>;
export const POOL_SCHEDULE = Symbol('POOL_SCHEDULE');
export const DEFAULT_POOL_SCHEDULE: PoolSchedule = { intervalMs: 60_000 };

/** What one round did: customers returned to the pool and owners warned, by customer id. */
export type PoolRound = Readonly<{
  today: BusinessDate;
  policyVersion: number;
  checked: number;
  returned: readonly string[];
  warned: readonly string[];
  failed: number;
}>;

/**
 * 自动退回公海 (C7): a round asks every owned customer's stream `ReturnToPoolIfDue` with today's
 * business date from the Clock, the rules in force and the last follow-up (LastFollowUps). The
 * timer starts a round on the first tick of each business day and after a new policy version;
 * a round that failed for some customer is repeated at the next tick.
 *
 * Idempotent when several replicas run it: each customer is its own stream (optimistic
 * concurrency: a lost race is decided again on the winner's events), and the decision is a no-op
 * once applied (the customer is in the pool, or the warning for that due date is recorded).
 *
 * Started on application bootstrap (a first round at once), stopped before the context closes
 * its store; specs call `runOnce()`, which always runs a full round.
 */
@Injectable()
export class PoolScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private timer?: NodeJS.Timeout;
  private queue: Promise<unknown> = Promise.resolve();
  private done?: Readonly<{ today: BusinessDate; policyVersion: number }>;
  private stopped = false;
  private readonly schedule: PoolSchedule;
  private readonly followUps: LastFollowUps;

  constructor(
    private readonly streams: CustomerStreams,
    private readonly index: CustomerIndex,
    private readonly policies: PoolPolicies,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(LOGGER) private readonly logger: Logger,
    @Optional() followUps?: LastFollowUps,
    @Optional() @Inject(POOL_SCHEDULE) schedule?: PoolSchedule,
  ) {
    this.schedule = schedule ?? DEFAULT_POOL_SCHEDULE;
    this.followUps = followUps ?? NO_FOLLOW_UPS_KNOWN;
  }

  onApplicationBootstrap(): void {
    if (this.schedule.intervalMs <= 0) return;
    this.timer = setInterval(() => this.tick(), this.schedule.intervalMs);
    this.timer.unref();
    this.tick();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.queue;
  }

  /** One full round, after any round in progress in this process (rounds never overlap here). */
  runOnce(): Promise<PoolRound> {
    const round = this.queue.then(() => this.round());
    this.queue = round.catch(() => undefined);
    return round;
  }

  /** A round in the background when this business day or policy version has not had one. */
  private tick(): void {
    const today = this.clock.today();
    void this.policies
      .current()
      .then((policy) => {
        if (this.done?.today === today && this.done.policyVersion === policy.version) return;
        return this.runOnce();
      })
      .catch((error: unknown) =>
        this.logger.error({ err: error }, 'pool round failed; retrying at the next tick'),
      );
  }

  private async round(): Promise<PoolRound> {
    const today = this.clock.today();
    const policy = await this.policies.current();
    const returned: string[] = [];
    const warned: string[] = [];
    let checked = 0;
    let failed = 0;
    // Customers another replica registered or took since this one last looked.
    await this.index.rebuild();
    const owned = this.index.all().filter((c) => c.mergedInto === null && c.ownerId !== null);
    const visits = await this.followUps.lastVisits();
    for (const { customerId } of owned) {
      if (this.stopped) break;
      try {
        const lastVisitOn = visits.get(customerId)?.date ?? null;
        const { events } = await this.streams.execute(
          customerId,
          { type: 'ReturnToPoolIfDue', data: { today, policy, lastVisitOn } },
          SYSTEM_ACTOR,
        );
        checked++;
        if (events.some((e) => e.type === 'CustomerOwnerChanged')) returned.push(customerId);
        if (events.some((e) => e.type === 'PoolReturnWarned')) warned.push(customerId);
      } catch (error) {
        failed++;
        this.logger.error({ err: error, customerId, today }, 'pool check of a customer failed');
      }
    }
    if (failed === 0 && !this.stopped) this.done = { today, policyVersion: policy.version };
    if (returned.length > 0 || warned.length > 0 || failed > 0) {
      this.logger.info(
        { today, policyVersion: policy.version, returned: returned.length, warned: warned.length, failed },
        'pool round finished',
      );
    }
    return { today, policyVersion: policy.version, checked, returned, warned, failed };
  }
}
