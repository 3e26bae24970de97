import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  type CoachingCommand,
  type CoachingEvent,
  type CoachingFile,
  type PlanFilter,
  type TeamView,
  canSeePerson,
  coachingFileDecider,
  coachingStreamId,
  listPlans,
  planView,
} from '@sales/appraisal/domain';
import {
  type Actor,
  type BusinessDate,
  type Clock,
  ForbiddenError,
  SYSTEM_ACTOR,
} from '@sales/shared/domain';
import { commandOutcome } from '@sales/shared/event-sourcing';
import { CLOCK, type ContextRuntime, InjectContext } from '@sales/shared/runtime';
import type { FoldedStreams } from '../meetings/folded-streams';
import { AppraisalOrgReader } from '../org/appraisal-org.reader';

export const COACHING_INDEX = Symbol('COACHING_INDEX');
export type CoachingIndex = FoldedStreams<CoachingFile, CoachingEvent>;

/** A coaching command once the service knows today's tree and date; the caller states the rest. */
type CommandFor = (team: TeamView, today: BusinessDate) => CoachingCommand;

/** 培训和指导 (A4): each person's coaching file (`coaching-<personId>`) and the plans list. */
@Injectable()
export class CoachingService {
  constructor(
    @InjectContext('appraisal') private readonly runtime: ContextRuntime,
    private readonly org: AppraisalOrgReader,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(COACHING_INDEX) private readonly index: CoachingIndex,
  ) {}

  async recordOneOnOne(
    personId: string,
    input: Readonly<{ sessionId?: string; heldOn: BusinessDate; topics: string; agreements?: string }>,
    actor: Actor,
  ) {
    const sessionId = input.sessionId ?? `s-${randomUUID()}`;
    const outcome = await this.execute(personId, actor, (team, today) => ({
      type: 'RecordOneOnOne',
      data: {
        actor,
        personId,
        sessionId,
        heldOn: input.heldOn,
        topics: input.topics,
        agreements: input.agreements ?? '',
        team,
        today,
      },
    }));
    return { ...outcome, sessionId };
  }

  async openPlan(
    personId: string,
    input: Readonly<{
      planId?: string;
      startsOn: BusinessDate;
      goals: string;
      followUpDates: readonly BusinessDate[];
    }>,
    actor: Actor,
  ) {
    const planId = input.planId ?? `plan-${randomUUID()}`;
    const outcome = await this.execute(personId, actor, (team, today) => ({
      type: 'OpenImprovementPlan',
      data: {
        actor,
        personId,
        planId,
        startsOn: input.startsOn,
        goals: input.goals,
        followUpDates: [...input.followUpDates],
        team,
        today,
      },
    }));
    return { ...outcome, planId };
  }

  /** Steps on an existing plan: goals, follow-ups, closing. */
  onPlan(personId: string, actor: Actor, command: CommandFor) {
    return this.execute(personId, actor, command);
  }

  /** The ladder's help step (帮助): a plan for the subject, once per cycle and subject. */
  openLadderPlan(personId: string, command: Extract<CoachingCommand, { type: 'OpenLadderPlan' }>['data']) {
    return this.execute(personId, SYSTEM_ACTOR, () => ({ type: 'OpenLadderPlan', data: command }));
  }

  /** 联合拜访 noted from customers' VisitLogged (idempotent by visit id). */
  noteJointVisit(data: Extract<CoachingCommand, { type: 'NoteJointVisit' }>['data']) {
    return this.execute(data.personId, SYSTEM_ACTOR, () => ({ type: 'NoteJointVisit', data }));
  }

  /** One person's file — sessions, joint visits, plans with their follow-ups' status — within scope. */
  async file(personId: string, actor: Actor) {
    const team = await this.org.treeToday();
    const file = await this.index.current(coachingStreamId(personId));
    const coached = file.plans.some((p) => p.coachId === actor.userId);
    if (!canSeePerson(actor, team, personId) && !coached)
      throw new ForbiddenError('coaching-file-not-readable', { personId });
    const today = this.clock.today();
    return {
      personId,
      today,
      sessions: file.sessions,
      jointVisits: file.jointVisits,
      plans: file.plans.map((p) => planView(personId, p, today)),
      names: await this.org.namesOf([
        personId,
        ...file.sessions.map((s) => s.coachId),
        ...file.plans.flatMap((p) => (p.coachId ? [p.coachId] : [])),
      ]),
    };
  }

  async plans(actor: Actor, filter: PlanFilter) {
    const team = await this.org.treeToday();
    const today = this.clock.today();
    const items = listPlans(this.index.states(), actor, team, today, filter);
    const names = await this.org.namesOf([
      ...new Set(items.flatMap((p) => [p.personId, ...(p.coachId ? [p.coachId] : [])])),
    ]);
    return { today, items, names };
  }

  private async execute(personId: string, actor: Actor, command: CommandFor) {
    const streamId = coachingStreamId(personId);
    const result = await this.runtime.commands.execute(
      coachingFileDecider,
      streamId,
      command(await this.org.treeToday(), this.clock.today()),
      actor,
    );
    await this.index.record(streamId, result.events);
    return commandOutcome(result);
  }
}
