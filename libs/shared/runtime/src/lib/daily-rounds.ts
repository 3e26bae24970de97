import type { Logger } from 'pino';
import type { BusinessDate, Clock } from '@sales/shared/domain';

/** How often DailyRounds looks at the business date; 0 turns the timer off (`runOnce` still works). */
export type DailySchedule = Readonly<{ intervalMs: number }>;
export const DEFAULT_DAILY_SCHEDULE: DailySchedule = { intervalMs: 60_000 };

/**
 * What a daily job does, item by item (a customer, a contract): DailyRounds owns the timing, the
 * queue, the failure accounting and the shutdown, the job only the business.
 */
export type DailyRound<Item, Circumstances, Outcome> = Readonly<{
  /** For logs: `grading`, `pool`, `receivables overdue`. */
  name: string;
  /**
   * What a round is decided with besides today (the policy in force, …), given the last round
   * this process completed (so a job can tell a new policy version from a new day). Read at every
   * tick, due or not, so it may also refresh what other replicas wrote (an index pass).
   */
  circumstances: (
    today: BusinessDate,
    completed: CompletedRound<Circumstances> | undefined,
  ) => Promise<Circumstances>;
  /**
   * When a round is due again: a new business day by default; a job whose rules change during the
   * day adds their version (`${today}/${policy.version}`).
   */
  key?: (today: BusinessDate, circumstances: Circumstances) => string;
  /** The items of this round (read after `circumstances`). */
  items: (today: BusinessDate, circumstances: Circumstances) => Promise<Iterable<Item>>;
  /** One item's decision; a throw counts the item as failed and the round is repeated at the next tick. */
  visit: (item: Item, today: BusinessDate, circumstances: Circumstances) => Promise<Outcome>;
  /** How an item is named in logs. */
  describe?: (item: Item) => unknown;
}>;

/** The last round a process completed (every item visited without failure). */
export type CompletedRound<Circumstances> = Readonly<{
  today: BusinessDate;
  key: string;
  circumstances: Circumstances;
}>;

/** What one round did. `skipped`: this key had its round already (only `runIfDue` skips). */
export type DailyRoundReport<Item, Outcome> = Readonly<{
  today: BusinessDate;
  key: string;
  skipped: boolean;
  visited: number;
  failed: number;
  outcomes: readonly Readonly<{ item: Item; outcome: Outcome }>[];
}>;

/**
 * A daily job on the injected Clock (每日巡检): every `intervalMs` it reads today's business date;
 * when the round's key (the day, and whatever else the job names) has not had a complete round in
 * this process, it visits every item once. A round in which some item failed is not complete and
 * runs again at the next tick; rounds in one process never overlap (a queue).
 *
 * Idempotency across replicas is the job's business, and the house way is to decide it in the
 * item's own stream: each visit is a command whose decision is a no-op once applied (the grade
 * reviewed as of that day, the warning recorded, the overdue instalment announced), so two
 * replicas racing append once — the loser's optimistic-concurrency retry decides again on the
 * winner's events and finds nothing to do. DailyRounds only keeps each process from repeating a
 * round it already completed.
 *
 * Its users: customers' GradingScheduler (key `${today}/${policy.version}`, `runIfDue`: a new day
 * reviews, a new policy version re-grades, told apart by `completed`) and PoolScheduler (same key,
 * `runOnce` from specs), and contracts' OverdueRounds (one round a day).
 *
 * `start()` on application bootstrap (a first tick at once), `stop()` before the context closes its
 * store (it waits for the round in flight, which stops between items).
 */
export class DailyRounds<Item, Circumstances = void, Outcome = unknown> {
  private timer?: NodeJS.Timeout;
  private queue: Promise<unknown> = Promise.resolve();
  private completed?: CompletedRound<Circumstances>;
  private stopped = false;

  constructor(
    private readonly round: DailyRound<Item, Circumstances, Outcome>,
    private readonly clock: Clock,
    private readonly logger: Pick<Logger, 'info' | 'error'>,
    private readonly schedule: DailySchedule = DEFAULT_DAILY_SCHEDULE,
  ) {}

  start(): void {
    if (this.schedule.intervalMs <= 0 || this.timer) return;
    this.timer = setInterval(() => this.runSoon(), this.schedule.intervalMs);
    this.timer.unref();
    this.runSoon();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.queue;
  }

  /** A round in the background if one is due (a tick, or right after the rules changed); failures are logged. */
  runSoon(): void {
    this.runIfDue().catch((error: unknown) =>
      this.logger.error(
        { err: error, round: this.round.name },
        `${this.round.name} round failed; retrying at the next tick`,
      ),
    );
  }

  /** A full round whatever was done before (specs, an operator), after any round in progress here. */
  runOnce(): Promise<DailyRoundReport<Item, Outcome>> {
    return this.enqueue(false);
  }

  /** A round only when its key has not had a complete one in this process; else a skipped report. */
  runIfDue(): Promise<DailyRoundReport<Item, Outcome>> {
    return this.enqueue(true);
  }

  private enqueue(onlyIfDue: boolean): Promise<DailyRoundReport<Item, Outcome>> {
    const run = this.queue.then(() => this.run(onlyIfDue));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async run(onlyIfDue: boolean): Promise<DailyRoundReport<Item, Outcome>> {
    const today = this.clock.today();
    const circumstances = await this.round.circumstances(today, this.completed);
    const key = this.round.key?.(today, circumstances) ?? today;
    const idle = { today, key, visited: 0, failed: 0, outcomes: [] };
    if (this.stopped || (onlyIfDue && this.completed?.key === key)) return { ...idle, skipped: true };
    const outcomes: { item: Item; outcome: Outcome }[] = [];
    let failed = 0;
    for (const item of await this.round.items(today, circumstances)) {
      if (this.stopped) break;
      try {
        outcomes.push({ item, outcome: await this.round.visit(item, today, circumstances) });
      } catch (error) {
        failed++;
        const named = this.round.describe?.(item) ?? item;
        this.logger.error(
          { err: error, round: this.round.name, item: named, today },
          `${this.round.name}: an item failed`,
        );
      }
    }
    if (failed === 0 && !this.stopped) this.completed = { today, key, circumstances };
    if (failed > 0)
      this.logger.info(
        { round: this.round.name, key, visited: outcomes.length, failed },
        `${this.round.name} round finished`,
      );
    return { today, key, skipped: false, visited: outcomes.length, failed, outcomes };
  }
}
