import { setTimeout as sleep } from 'node:timers/promises';
import { Inject, Injectable, type OnModuleInit, Optional } from '@nestjs/common';
import type { Logger } from 'pino';
import { APPRAISAL_CONTEXT } from '@sales/appraisal/events';
import { type PeriodCloseRecord, periodCloseDecider, periodCloseStreamId } from '@sales/kpi/domain';
import { KPI_CONTEXT } from '@sales/kpi/events';
import type { Subject } from '@sales/kpi/projections';
import { type Clock, ConflictError, SYSTEM_ACTOR } from '@sales/shared/domain';
import type { EventEnvelope } from '@sales/shared/event-sourcing';
import { CLOCK, type ContextRuntime, InjectContext, LOGGER } from '@sales/shared/runtime';
import { KPI_WORK_CALENDARS, type WorkCalendars } from '../calendar/work-calendars.port';
import { type FactSnapshot, type FactSource, KPI_FACT_SOURCE } from '../fact-store/fact-source.port';
import { subjectKeyOf } from '../figures/figure-query';
import { DEFAULT_CURRENCY, compute, figuresOf } from '../figures/figure-values';
import { KnownFacts } from '../figures/known-facts';
import { KpiOrg } from '../org/kpi-org';
import { type CloseRequest, type CloseSubject, closeRequestOf } from './close-request';
import { frozenSubject } from './frozen-figures';

/** The consumer group the KPI service reads appraisal's topic with. */
export const PERIOD_CLOSER_GROUP = 'kpi.period-closer';

/** How long a close waits for the read model (overridable with PERIOD_CLOSE_TIMING, for specs). */
export type PeriodCloseTiming = Readonly<{
  /** The read model is read no earlier than this long after the cut-off (projector and cache lag). */
  settleMs: number;
  /** A request from before this process started waits until the facts stop changing for this long… */
  quietMs: number;
  /** …but no longer than this. */
  maxCatchUpMs: number;
}>;

export const PERIOD_CLOSE_TIMING = Symbol('PERIOD_CLOSE_TIMING');

export const DEFAULT_PERIOD_CLOSE_TIMING: PeriodCloseTiming = {
  settleMs: 2_000,
  quietMs: 1_000,
  maxCatchUpMs: 60_000,
};

export type CloseOutcome = 'not-a-request' | 'closed' | 'already-answered';

const subjectOf = ({ kind, id }: CloseSubject): Subject =>
  kind === 'person' ? { kind, personId: id } : { kind, divisionId: id };

/**
 * 考核期指标冻结 (A2): appraisal closes a cycle (`appraisal.CycleClosed.v1`); the KPI service
 * answers once per cycle with every subject's figures (`kpi.KpiPeriodClosed.v1`), computed by the
 * same pure code as `GET /kpi/figures` (compute, figuresOf) for the cycle's period, as of its
 * `asOf` date, from the facts recorded before its `closedAt`, with the work calendars known then.
 *
 * What the freeze rests on, and says so in the event: the read-model version it was computed from
 * (`readModelVersion`) and the cut-off (`recordedBefore`). What it cannot know is whether the
 * projector had already stored every fact recorded before the cut-off — the projector may run in
 * another process and lag. So the close reads the read model no earlier than `settleMs` after the
 * cut-off (the projector's usual lag plus the fact cache's refresh; bench:kpi measures the former
 * at well under a second). A request older than this process (a redelivery after a restart: in
 * standalone the read model is then being refilled from the replayed history) further waits until
 * the facts have stopped changing for `quietMs`, at most `maxCatchUpMs`. Neither is a proof: a
 * projector that was down at the close freezes what it had — the figures then differ from a later
 * `explain` of the same cut-off, and the event's version and cut-off show why.
 *
 * Delivery is at least once. The stream `kpi-period-<cycleId>` answers a cycle once: a stream
 * already closed is skipped before anything is computed, and a close racing another is refused
 * by the decider (`period-already-closed`), which here means "already answered".
 */
@Injectable()
export class KpiPeriodCloser implements OnModuleInit {
  private readonly timing: PeriodCloseTiming;
  private readonly startedAt: number;

  constructor(
    @InjectContext(KPI_CONTEXT) private readonly runtime: ContextRuntime,
    @Inject(KPI_FACT_SOURCE) private readonly facts: FactSource,
    @Inject(KPI_WORK_CALENDARS) private readonly calendars: WorkCalendars,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly org: KpiOrg,
    @Optional() @Inject(PERIOD_CLOSE_TIMING) timing?: PeriodCloseTiming,
  ) {
    this.timing = timing ?? DEFAULT_PERIOD_CLOSE_TIMING;
    this.startedAt = clock.now().getTime();
  }

  async onModuleInit(): Promise<void> {
    await this.runtime.subscribe({
      groupId: PERIOD_CLOSER_GROUP,
      topics: [this.runtime.topicOf(APPRAISAL_CONTEXT)],
      fromBeginning: true,
      handle: async (event) => {
        await this.answer(event);
      },
    });
  }

  /** Answers one event of appraisal's topic: a CycleClosed is closed once, anything else ignored. */
  async answer(event: EventEnvelope): Promise<CloseOutcome> {
    const request = closeRequestOf(event);
    if (!request) return 'not-a-request';
    const streamId = periodCloseStreamId(request.requestId);
    if ((await this.runtime.store.readStream(streamId)).version > 0) return 'already-answered';
    const snapshot = await this.readModelFor(request);
    const command = { type: 'ClosePeriod' as const, data: await this.freeze(request, snapshot) };
    try {
      await this.runtime.commands.execute(periodCloseDecider, streamId, command, SYSTEM_ACTOR, {
        correlationId: event.correlationId,
        causationId: event.id,
      });
      return 'closed';
    } catch (error) {
      if (error instanceof ConflictError && error.code === 'period-already-closed') return 'already-answered';
      throw error;
    }
  }

  /** Every subject's figures from one snapshot of the read model, cut off at the close. */
  private async freeze(request: CloseRequest, snapshot: FactSnapshot): Promise<PeriodCloseRecord> {
    const { requestId, requestedBy, period, asOf, recordedBefore } = request;
    const known = new KnownFacts(snapshot, recordedBefore);
    const calendars = await this.calendars.arrangementsAsOf(new Date(recordedBefore - 1));
    const names = await this.org.latestNamesOf(request.subjects.map((s) => s.id));
    let currency = DEFAULT_CURRENCY;
    const subjects = request.subjects.map((subject) => {
      const of = subjectOf(subject);
      const query = { subject: of, subjectKey: subjectKeyOf(of), period, asOf };
      // `today` is the close's own date: check-ins are judged on the days over by then.
      const computation = compute(query, known, calendars, asOf);
      currency = computation.currency;
      return frozenSubject(subject, names[subject.id] ?? subject.id, computation, figuresOf(computation));
    });
    return {
      requestId,
      requestedBy,
      period: { kind: period.kind, label: period.label, from: period.from, to: period.to },
      asOf,
      recordedBefore: new Date(recordedBefore).toISOString(),
      readModelVersion: snapshot.version,
      currency,
      subjects,
      computedAt: this.clock.now().toISOString(),
    };
  }

  /** The read model once it has had its chance to catch up with the cut-off (see the class comment). */
  private async readModelFor(request: CloseRequest): Promise<FactSnapshot> {
    const { settleMs, quietMs, maxCatchUpMs } = this.timing;
    const early = request.recordedBefore + settleMs - this.clock.now().getTime();
    if (early > 0) await sleep(Math.min(early, settleMs));
    let snapshot = await this.facts.snapshot();
    if (request.recordedBefore >= this.startedAt) return snapshot;
    const poll = Math.max(50, Math.min(250, quietMs / 4));
    const until = Date.now() + maxCatchUpMs;
    let quietSince = Date.now();
    while (Date.now() - quietSince < quietMs) {
      if (Date.now() >= until) {
        this.logger.warn(
          { requestId: request.requestId, readModelVersion: snapshot.version },
          'KPI read model still changing; freezing the period on the facts stored so far',
        );
        break;
      }
      await sleep(poll);
      const next = await this.facts.snapshot();
      if (next !== snapshot) [snapshot, quietSince] = [next, Date.now()];
    }
    return snapshot;
  }
}
