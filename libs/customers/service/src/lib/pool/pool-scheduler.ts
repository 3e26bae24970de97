import {
  Inject,
  Injectable,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
  Optional,
} from '@nestjs/common';
import type { Logger } from 'pino';
import { type BusinessDate, type Clock, SYSTEM_ACTOR } from '@sales/shared/domain';
import type { PoolPolicyVersion } from '@sales/customers/domain';
import type { CommandOutcome } from '@sales/shared/event-sourcing';
import {
  CLOCK,
  DailyRounds,
  type DailySchedule,
  DEFAULT_DAILY_SCHEDULE,
  LOGGER,
} from '@sales/shared/runtime';
import { CustomerIndex } from '../registry/customer-index';
import { CustomerStreams } from './customer-streams';
import { LastFollowUps, NO_FOLLOW_UPS_KNOWN } from './last-follow-ups';
import { PoolPolicies } from './pool-policies';

/** How often the scheduler looks at the business date; 0 turns the timer off (runOnce still works). */
export type PoolSchedule = DailySchedule;
export const POOL_SCHEDULE = Symbol('POOL_SCHEDULE');
export const DEFAULT_POOL_SCHEDULE: PoolSchedule = DEFAULT_DAILY_SCHEDULE;

type OwnedCustomer = Readonly<{ customerId: string; lastVisitOn: BusinessDate | null }>;

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
 * timer (DailyRounds) starts a round on the first tick of each business day and after a new
 * policy version; a round that failed for some customer is repeated at the next tick.
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
  private readonly rounds: DailyRounds<OwnedCustomer, PoolPolicyVersion, CommandOutcome>;
  private readonly followUps: LastFollowUps;

  constructor(
    private readonly streams: CustomerStreams,
    private readonly index: CustomerIndex,
    private readonly policies: PoolPolicies,
    @Inject(CLOCK) clock: Clock,
    @Inject(LOGGER) logger: Logger,
    @Optional() followUps?: LastFollowUps,
    @Optional() @Inject(POOL_SCHEDULE) schedule?: PoolSchedule,
  ) {
    this.followUps = followUps ?? NO_FOLLOW_UPS_KNOWN;
    this.rounds = new DailyRounds(
      {
        name: 'pool',
        circumstances: () => this.policies.current(),
        key: (today, policy) => `${today}/${policy.version}`,
        items: async () => {
          // Customers another replica registered or took since this one last looked.
          await this.index.rebuild();
          const visits = await this.followUps.lastVisits();
          return this.index
            .all()
            .filter((c) => c.mergedInto === null && c.ownerId !== null)
            .map(({ customerId }) => ({ customerId, lastVisitOn: visits.get(customerId)?.date ?? null }));
        },
        visit: ({ customerId, lastVisitOn }, today, policy) =>
          this.streams.execute(
            customerId,
            { type: 'ReturnToPoolIfDue', data: { today, policy, lastVisitOn } },
            SYSTEM_ACTOR,
          ),
        describe: ({ customerId }) => ({ customerId }),
      },
      clock,
      logger,
      schedule ?? DEFAULT_POOL_SCHEDULE,
    );
  }

  onApplicationBootstrap(): void {
    this.rounds.start();
  }

  onModuleDestroy(): Promise<void> {
    return this.rounds.stop();
  }

  /** One full round, after any round in progress in this process (rounds never overlap here). */
  async runOnce(): Promise<PoolRound> {
    const round = await this.rounds.runOnce();
    const which = (type: string) =>
      round.outcomes
        .filter(({ outcome }) => outcome.events.some((e) => e.type === type))
        .map(({ item }) => item.customerId);
    return {
      today: round.today,
      policyVersion: Number(round.key.split('/')[1]),
      checked: round.visited,
      returned: which('CustomerOwnerChanged'),
      warned: which('PoolReturnWarned'),
      failed: round.failed,
    };
  }
}
