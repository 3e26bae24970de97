import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  type AppealDecision,
  type Cycle,
  type CycleCommand,
  type CycleEvent,
  type CycleKind,
  type CycleSnapshot,
  type OpenedCycle,
  cycleDecider,
  cyclePeriod,
  cycleStreamId,
  cycleSubjectsOf,
  resultsScopeOf,
} from '@sales/appraisal/domain';
import {
  type Actor,
  type Clock,
  DomainError,
  ForbiddenError,
  NotFoundError,
  SYSTEM_ACTOR,
  fold,
} from '@sales/shared/domain';
import { type CommandOutcome, type EventEnvelope, commandOutcome } from '@sales/shared/event-sourcing';
import { CLOCK, type ContextRuntime, InjectContext } from '@sales/shared/runtime';
import { AppraisalOrgReader } from '../org/appraisal-org.reader';
import { CycleIndex } from './cycle-index';
import { CycleSchemes } from './cycle-schemes';
import { cycleDetailView, cycleResultsView, cycleSummaryView } from './cycle-views';
import { earlierConsecutiveMisses } from './earlier-misses';

export type OpenCycleInput = Readonly<{ schemeId: string; kind: CycleKind; label: string }>;
export type EvaluationInput = Readonly<{ score: number; causes: string; measures: string }>;
export type AppealDecisionInput = Readonly<{
  decision: AppealDecision;
  qualitativeScore: number | null;
  reason: string;
}>;

/**
 * 考核周期 (A2): the cycle aggregate (`appraisal-cycle-<cycleId>` streams). Who may act comes from
 * today's tree; whom a cycle appraises from the tree at its period's end; the scheme version from
 * the day it opened; the figures from the KPI service's answer to its close, never from a call.
 */
@Injectable()
export class CyclesService {
  private readonly logger = new Logger('CyclesService');

  constructor(
    @InjectContext('appraisal') private readonly runtime: ContextRuntime,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly org: AppraisalOrgReader,
    private readonly schemes: CycleSchemes,
    private readonly index: CycleIndex,
  ) {}

  /** One cycle per scheme and period: its id says which (`sales-q.2027-Q1`). */
  async open(input: OpenCycleInput, actor: Actor) {
    const period = cyclePeriod(input.kind, input.label);
    if (!period)
      throw new DomainError('invalid-cycle-period', {
        field: 'label',
        periodKind: input.kind,
        label: input.label,
      });
    const today = this.clock.today();
    const scheme = await this.schemes.inForce(input.schemeId, today);
    const subjects = cycleSubjectsOf(await this.org.treeAsOf(period.to), scheme.appliesTo);
    const cycleId = `${input.schemeId}.${input.label}`;
    const outcome = await this.execute(cycleId, actor, {
      type: 'OpenCycle',
      data: {
        ...(await this.acting(actor)),
        cycleId,
        kind: input.kind,
        label: input.label,
        scheme,
        subjects,
      },
    });
    return { ...outcome, cycleId };
  }

  async close(cycleId: string, actor: Actor) {
    return this.execute(cycleId, actor, { type: 'CloseCycle', data: await this.acting(actor) });
  }

  async evaluate(cycleId: string, subjectKey: string, input: EvaluationInput, actor: Actor) {
    return this.execute(cycleId, actor, {
      type: 'EvaluateQualitative',
      data: { ...(await this.acting(actor)), subjectKey, ...input },
    });
  }

  async submit(cycleId: string, actor: Actor) {
    return this.execute(cycleId, actor, { type: 'SubmitCycleForApproval', data: await this.acting(actor) });
  }

  async approve(cycleId: string, actor: Actor) {
    return this.execute(cycleId, actor, { type: 'ApproveCycle', data: await this.acting(actor) });
  }

  async reject(cycleId: string, reason: string, actor: Actor) {
    return this.execute(cycleId, actor, {
      type: 'RejectCycle',
      data: { ...(await this.acting(actor)), reason },
    });
  }

  /** Computed under the cycle's own scheme version, with each subject's earlier consecutive misses. */
  async publish(cycleId: string, actor: Actor) {
    const cycle = await this.cycle(cycleId);
    const scheme = await this.schemes.version(cycle.scheme.schemeId, cycle.scheme.version);
    // Earlier cycles' results as they stand now (after appeals), whichever replica recorded them.
    await this.index.rebuild();
    const previousConsecutiveMisses = earlierConsecutiveMisses(cycle, this.index.cycles());
    return this.execute(cycleId, actor, {
      type: 'PublishResults',
      data: { ...(await this.acting(actor)), scheme, previousConsecutiveMisses },
    });
  }

  async appeal(cycleId: string, subjectKey: string, reason: string, actor: Actor) {
    return this.execute(cycleId, actor, {
      type: 'FileAppeal',
      data: { ...(await this.acting(actor)), subjectKey, reason },
    });
  }

  async decideAppeal(cycleId: string, subjectKey: string, input: AppealDecisionInput, actor: Actor) {
    const cycle = await this.cycle(cycleId);
    const scheme = await this.schemes.version(cycle.scheme.schemeId, cycle.scheme.version);
    return this.execute(cycleId, actor, {
      type: 'DecideAppeal',
      data: { ...(await this.acting(actor)), subjectKey, ...input, scheme },
    });
  }

  /**
   * The KPI service's answer to a close (`kpi.KpiPeriodClosed`), recorded as the system. An answer
   * for a cycle this store does not hold is not ours (another deployment's); a second, different
   * answer leaves the frozen one as it is, with a warning.
   */
  async recordSnapshot(snapshot: CycleSnapshot, event: EventEnvelope): Promise<void> {
    const streamId = cycleStreamId(snapshot.requestId);
    if ((await this.runtime.store.readStream(streamId)).version === 0) {
      this.logger.warn(
        `KpiPeriodClosed ${event.id} answers ${snapshot.requestId}, which is no cycle here: skipped`,
      );
      return;
    }
    try {
      const result = await this.runtime.commands.execute(
        cycleDecider,
        streamId,
        { type: 'RecordSnapshot', data: { snapshot } },
        SYSTEM_ACTOR,
        { correlationId: event.correlationId, causationId: event.id },
      );
      await this.index.record(streamId, result.events);
    } catch (error) {
      if ((error as { code?: string }).code !== 'snapshot-frozen') throw error;
      this.logger.warn(
        `KpiPeriodClosed ${event.id} for ${snapshot.requestId} refused: the snapshot is frozen`,
      );
    }
  }

  async list(actor: Actor) {
    const scope = this.scopeOf(actor);
    return this.index
      .cycles()
      .filter((cycle) => scope === 'all' || cycle.subjects.some((s) => s.personId === actor.userId))
      .sort((a, b) => b.period.to.localeCompare(a.period.to) || a.cycleId.localeCompare(b.cycleId))
      .map(cycleSummaryView);
  }

  async detail(cycleId: string, actor: Actor) {
    this.scopeOf(actor);
    return cycleDetailView(await this.visibleCycle(cycleId, actor), actor, await this.org.treeToday());
  }

  async results(cycleId: string, actor: Actor) {
    this.scopeOf(actor);
    return cycleResultsView(await this.visibleCycle(cycleId, actor), actor, await this.org.treeToday());
  }

  private scopeOf(actor: Actor) {
    const scope = resultsScopeOf(actor);
    if (!scope) throw new ForbiddenError('results-forbidden', { role: actor.role });
    return scope;
  }

  /** A salesperson who is no subject of the cycle learns nothing of it (404, as for no cycle). */
  private async visibleCycle(cycleId: string, actor: Actor): Promise<OpenedCycle> {
    const cycle = await this.cycle(cycleId);
    if (this.scopeOf(actor) === 'own' && !cycle.subjects.some((s) => s.personId === actor.userId))
      throw new NotFoundError('cycle-not-found', { cycleId });
    return cycle;
  }

  private async cycle(cycleId: string): Promise<OpenedCycle> {
    const { events } = await this.runtime.store.readStream(cycleStreamId(cycleId));
    const cycle: Cycle = fold(
      cycleDecider,
      events.map(({ type, data }) => ({ type, data }) as CycleEvent),
    );
    if (cycle.status === 'none') throw new NotFoundError('cycle-not-found', { cycleId });
    return cycle;
  }

  private async acting(actor: Actor) {
    return {
      actor,
      now: this.clock.now().toISOString(),
      today: this.clock.today(),
      org: await this.org.treeToday(),
    };
  }

  private async execute(cycleId: string, actor: Actor, command: CycleCommand): Promise<CommandOutcome> {
    const streamId = cycleStreamId(cycleId);
    try {
      const result = await this.runtime.commands.execute(cycleDecider, streamId, command, actor);
      await this.index.record(streamId, result.events);
      return commandOutcome(result);
    } catch (error) {
      // The decider knows no id for a stream that does not exist; the URL names it (404).
      if (error instanceof NotFoundError && error.code === 'cycle-not-found')
        throw new NotFoundError('cycle-not-found', { cycleId });
      throw error;
    }
  }
}
