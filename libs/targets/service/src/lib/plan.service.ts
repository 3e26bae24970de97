import { Injectable } from '@nestjs/common';
import { type Actor, ForbiddenError, NotFoundError } from '@sales/shared/domain';
import {
  type OpenPlan,
  type OrgSnapshot,
  type PlanCommand,
  type PlanEvent,
  type PlanState,
  type RecordedPlanEvent,
  canRead,
  placeNode,
  planDecider,
  planVersions,
  versionsFor,
  planViewFor,
  nodeView,
} from '@sales/targets/domain';
import { type ContextRuntime, InjectContext } from '@sales/shared/runtime';
import { type CommandOutcome, commandOutcome } from '@sales/shared/event-sourcing';
import { OrgSnapshotReader } from './org-snapshot.reader';

export const planStreamId = (fiscalYear: number) => `plan-${fiscalYear}`;

/**
 * A plan command once the decider's view of the org tree is known: the caller states the whole
 * command, the service supplies the org snapshot it is checked against (read as late as possible).
 */
export type PlanCommandFor = (org: OrgSnapshot) => Exclude<PlanCommand, OpenPlan>;

/** 目标计划: the fiscal-year plan aggregate (`plan-<year>` streams) and the reads folded from it. */
@Injectable()
export class PlanService {
  constructor(
    @InjectContext('targets') private readonly runtime: ContextRuntime,
    private readonly org: OrgSnapshotReader,
  ) {}

  /** Opening a plan needs no org tree. */
  async open(command: OpenPlan): Promise<CommandOutcome> {
    return this.execute(command.data.fiscalYear, command);
  }

  async decide(fiscalYear: number, commandFor: PlanCommandFor): Promise<CommandOutcome> {
    return this.execute(fiscalYear, commandFor(await this.org.snapshot()));
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
    const view = nodeView(state, place.node, org);
    if (!view) throw new NotFoundError('unknown-node-targets', { node: place.node, fiscalYear });
    return view;
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
    return versionsFor(planVersions(recorded), actor, org);
  }

  /** The command's actor is the one the envelope records: it is stated once, in the command. */
  private async execute(fiscalYear: number, command: PlanCommand): Promise<CommandOutcome> {
    try {
      const result = await this.runtime.commands.execute(
        planDecider,
        planStreamId(fiscalYear),
        command,
        command.data.actor,
      );
      return commandOutcome(result);
    } catch (error) {
      // The decider knows no year before the plan is opened; the stream does: name it.
      if (error instanceof NotFoundError && error.code === 'plan-not-opened') {
        throw new NotFoundError('plan-not-opened', { ...error.details, fiscalYear });
      }
      throw error;
    }
  }

  private async planState(fiscalYear: number): Promise<PlanState> {
    const { events } = await this.runtime.store.readStream(planStreamId(fiscalYear));
    // The store holds this aggregate's own events, upcast to their current shape.
    return events
      .map((e) => ({ type: e.type, data: e.data }) as PlanEvent)
      .reduce(planDecider.evolve, planDecider.initialState());
  }
}
