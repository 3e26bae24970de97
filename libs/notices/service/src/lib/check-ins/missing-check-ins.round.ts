import {
  Inject,
  Injectable,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
  Optional,
} from '@nestjs/common';
import type { Logger } from 'pino';
import { CUSTOMERS_CONTEXT } from '@sales/customers/events';
import { type FieldWorkFact, type MissingCheckIns, missingCheckInsOf } from '@sales/notices/domain';
import type { BusinessDate, Clock } from '@sales/shared/domain';
import {
  CLOCK,
  type ContextRuntime,
  DEFAULT_DAILY_SCHEDULE,
  type DailyRoundReport,
  DailyRounds,
  type DailySchedule,
  InjectContext,
  LOGGER,
} from '@sales/shared/runtime';
import { NoticeDelivery } from '../inbox/notice-delivery';

export const MISSING_CHECK_INS_SCHEDULE = Symbol('MISSING_CHECK_INS_SCHEDULE');

/** How far back a round looks: a week of days out (a new inbox is not flooded with history). */
export const CHECK_INS_LOOK_BACK_DAYS = 7;

/**
 * The first round waits this long after start: the replica of customers' topic is copied from the
 * beginning at start, and a round on a half-copied replica would see a day out without the
 * check-ins that followed it (the replica has no "caught up" signal; this is a margin, not a proof).
 */
export const FIRST_ROUND_AFTER_MS = 60_000;

/**
 * 外出联系汇报缺失 → a notice to the person, once per day out that ended with too few check-ins.
 * customers publishes the facts but no "missing" event (a missing check-in is the absence of
 * one), so notices derives it: once per business day (DailyRounds) it folds FieldDayOut,
 * CheckInRecorded and FieldWorkPolicySet from its replica of customers' topic and judges the last
 * week's days out that are over (the first round a minute after start). The notice's key is the person and the day, so a repeated round
 * (a restart, another replica) sends nothing new.
 */
@Injectable()
export class MissingCheckInsRound implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly rounds: DailyRounds<MissingCheckIns, readonly FieldWorkFact[], number>;
  private firstRound?: NodeJS.Timeout;

  constructor(
    @InjectContext('notices') private readonly runtime: ContextRuntime,
    private readonly delivery: NoticeDelivery,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(LOGGER) logger: Logger,
    @Optional() @Inject(MISSING_CHECK_INS_SCHEDULE) schedule?: DailySchedule,
  ) {
    this.rounds = new DailyRounds<MissingCheckIns, readonly FieldWorkFact[], number>(
      {
        name: 'missing check-ins',
        circumstances: () => this.fieldWorkFacts(),
        items: async (today, facts) =>
          missingCheckInsOf(facts, { from: daysBefore(today, CHECK_INS_LOOK_BACK_DAYS), today }),
        visit: (missing) => this.announce(missing),
        describe: ({ personId, date }) => ({ personId, date }),
      },
      clock,
      logger,
      schedule ?? DEFAULT_DAILY_SCHEDULE,
    );
  }

  onApplicationBootstrap(): void {
    this.firstRound = setTimeout(() => this.rounds.start(), FIRST_ROUND_AFTER_MS);
    this.firstRound.unref();
  }

  onModuleDestroy(): Promise<void> {
    clearTimeout(this.firstRound);
    return this.rounds.stop();
  }

  /** A full round now (specs, operators). */
  runOnce(): Promise<DailyRoundReport<MissingCheckIns, number>> {
    return this.rounds.runOnce();
  }

  private async announce({ personId, date, checkIns, minimum }: MissingCheckIns): Promise<number> {
    const key = `check-ins-missing/${personId}/${date}`;
    const occasion = {
      source: {
        context: 'notices',
        type: 'notices.round.check-ins-missing',
        key,
        occurredAt: this.clock.now().toISOString(),
      },
      facts: { kind: 'check-ins-missing' as const, personId, date, checkIns, minimum },
    };
    return (await this.delivery.deliver(occasion, undefined, { correlationId: key })).length;
  }

  private async fieldWorkFacts(): Promise<FieldWorkFact[]> {
    const facts: FieldWorkFact[] = [];
    for await (const event of this.runtime.replica(CUSTOMERS_CONTEXT).store.readAll()) {
      if (event.schemaVersion !== 1) continue;
      const data = event.data as Record<string, unknown>;
      const personId = String(data['personId']);
      const date = String(data['businessDate']);
      if (event.type === 'FieldDayOut') facts.push({ type: 'day-out', personId, date });
      else if (event.type === 'CheckInRecorded')
        facts.push({ type: 'check-in', checkInId: String(data['checkInId']), personId, date });
      else if (event.type === 'FieldWorkPolicySet')
        facts.push({
          type: 'policy',
          version: Number(data['version']),
          minimumCheckInsPerDayOut: Number(data['minimumCheckInsPerDayOut']),
          effectiveOn: String(data['effectiveOn']),
        });
    }
    return facts;
  }
}

function daysBefore(date: BusinessDate, days: number): BusinessDate {
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() - days);
  return at.toISOString().slice(0, 10);
}
