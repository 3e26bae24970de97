import { Inject, Injectable } from '@nestjs/common';
import { type Actor, type Clock, ForbiddenError, NotFoundError } from '@sales/shared/domain';
import {
  type ExistingReview,
  type NodeTargetsInput,
  type PlanCommand,
  type PlanState,
  type QuarterlyReview,
  type QuarterlyReviewCommand,
  type QuarterlyReviewFilter,
  canRead,
  listQuarterlyReviews,
  placeNode,
  planDecider,
  planVersions,
  type RecordedPlanEvent,
  planViewFor,
  quarterlyReviewDecider,
  quarterlyReviewStreamId,
  yearToDate,
  type PlanEvent,
  type QuarterlyReviewEvent,
} from '@sales/targets/domain';
import { LEVELS, type Metric } from '@sales/targets/events';
import { CLOCK, type ContextRuntime, InjectContext } from '@sales/shared/runtime';
import { OrgSnapshotReader } from './org-snapshot.reader';

export const planStreamId = (fiscalYear: number) => `plan-${fiscalYear}`;

/** Commands whose data the service completes with the org snapshot and today's date. */
type WithoutOrg<C> = C extends { type: infer T; data: infer D }
  ? { type: T; data: Omit<D, 'org' | 'today'> }
  : never;

export type CommandOutcome = Readonly<{ version: number; events: readonly { id: string; type: string }[] }>;

@Injectable()
export class TargetsService {
  constructor(
    @InjectContext('targets') private readonly runtime: ContextRuntime,
    private readonly org: OrgSnapshotReader,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async openPlan(fiscalYear: number, currency: string, actor: Actor): Promise<CommandOutcome> {
    return this.run(
      planStreamId(fiscalYear),
      { type: 'OpenPlan', data: { actor, fiscalYear, currency } },
      actor,
    );
  }

  async onPlan(
    fiscalYear: number,
    command: WithoutOrg<Exclude<PlanCommand, { type: 'OpenPlan' }>>,
    actor: Actor,
  ): Promise<CommandOutcome> {
    const org = await this.org.snapshot();
    return this.run(
      planStreamId(fiscalYear),
      { ...command, data: { ...command.data, org } } as PlanCommand,
      actor,
    );
  }

  async plan(fiscalYear: number, actor: Actor) {
    const [state, org] = await Promise.all([this.planState(fiscalYear), this.org.snapshot()]);
    const view = planViewFor(state, actor, org);
    if (!view) throw new NotFoundError('unknown-plan', { fiscalYear });
    return view;
  }

  /** One node's targets with derived year-to-date figures (T3). */
  async node(fiscalYear: number, node: string, actor: Actor) {
    const [state, org] = await Promise.all([this.planState(fiscalYear), this.org.snapshot()]);
    if (state.status !== 'open') throw new NotFoundError('unknown-plan', { fiscalYear });
    const place = placeNode(node, org);
    if (!canRead(actor, place.node, org))
      throw new ForbiddenError('out-of-scope', { node: place.node, userId: actor.userId });
    const entry = state.nodes[place.node];
    if (!entry) throw new NotFoundError('unknown-node-targets', { node: place.node, fiscalYear });
    const yearToDateTargets = Object.fromEntries(
      Object.entries(entry.targets).map(([metric, target]) => [
        metric,
        Object.fromEntries(LEVELS.map((level) => [level, yearToDate(target[level])])),
      ]),
    ) as Record<Metric, unknown>;
    return { ...entry, yearToDate: yearToDateTargets };
  }

  async versions(fiscalYear: number, actor: Actor) {
    const [{ events }, org] = await Promise.all([
      this.runtime.store.readStream(planStreamId(fiscalYear)),
      this.org.snapshot(),
    ]);
    if (events.length === 0) throw new NotFoundError('unknown-plan', { fiscalYear });
    // Each step is shown with who recorded it and when: the envelope's actor and time.
    const recorded = events.map(
      (e) => ({ type: e.type, data: e.data, time: e.time, recordedBy: e.actor.userId }) as RecordedPlanEvent,
    );
    return planVersions(recorded).filter((v) => canRead(actor, v.unit, org));
  }

  async onReview(
    fiscalYear: number,
    quarter: number,
    salespersonId: string,
    command: WithoutOrg<QuarterlyReviewCommand>,
    actor: Actor,
  ): Promise<CommandOutcome> {
    const org = await this.org.snapshot();
    return this.run(
      quarterlyReviewStreamId(fiscalYear, quarter, salespersonId),
      { ...command, data: { ...command.data, org, today: this.clock.today() } } as QuarterlyReviewCommand,
      actor,
      'review',
    );
  }

  async reviews(actor: Actor, filter: QuarterlyReviewFilter): Promise<ExistingReview[]> {
    const byStream = new Map<string, QuarterlyReview>();
    for await (const event of this.runtime.store.readAll()) {
      if (!event.type.startsWith('QuarterlyReview')) continue;
      const current = byStream.get(event.streamId) ?? quarterlyReviewDecider.initialState();
      byStream.set(
        event.streamId,
        quarterlyReviewDecider.evolve(current, {
          type: event.type,
          data: event.data,
        } as QuarterlyReviewEvent),
      );
    }
    const existing = [...byStream.values()].filter((r): r is ExistingReview => r.status !== 'none');
    return listQuarterlyReviews(existing, actor, await this.org.snapshot(), filter);
  }

  private async run(
    streamId: string,
    command: PlanCommand | QuarterlyReviewCommand,
    actor: Actor,
    kind: 'plan' | 'review' = 'plan',
  ): Promise<CommandOutcome> {
    const result =
      kind === 'plan'
        ? await this.runtime.commands.execute(planDecider, streamId, command as PlanCommand, actor)
        : await this.runtime.commands.execute(
            quarterlyReviewDecider,
            streamId,
            command as QuarterlyReviewCommand,
            actor,
          );
    return { version: result.version, events: result.events.map((e) => ({ id: e.id, type: e.type })) };
  }

  private async planEvents(fiscalYear: number): Promise<PlanEvent[]> {
    const { events } = await this.runtime.store.readStream(planStreamId(fiscalYear));
    return events.map((e) => ({ type: e.type, data: e.data }) as PlanEvent);
  }

  private async planState(fiscalYear: number): Promise<PlanState> {
    return (await this.planEvents(fiscalYear)).reduce(planDecider.evolve, planDecider.initialState());
  }
}

/** The validated DTO as the plain data the decider takes (class instances must not reach events). */
export function toNodeTargetsInput(targets: object): NodeTargetsInput {
  return JSON.parse(JSON.stringify(targets)) as NodeTargetsInput;
}
