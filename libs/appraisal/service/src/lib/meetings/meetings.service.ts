import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  type ActionStatus,
  type Meeting,
  type MeetingAbsence,
  type MeetingCommand,
  type MeetingEvent,
  type MeetingFilter,
  type MeetingMiss,
  type RecordedMeeting,
  type TeamView,
  canReadMeeting,
  followedActions,
  listMeetings,
  meetingDecider,
  meetingStreamId,
  meetingVisibleTo,
} from '@sales/appraisal/domain';
import {
  type Actor,
  type BusinessDate,
  type Clock,
  ForbiddenError,
  NotFoundError,
  type Role,
} from '@sales/shared/domain';
import { commandOutcome } from '@sales/shared/event-sourcing';
import { CLOCK, type ContextRuntime, InjectContext } from '@sales/shared/runtime';
import { AppraisalOrgReader } from '../org/appraisal-org.reader';
import type { FoldedStreams } from './folded-streams';

export const MEETING_INDEX = Symbol('MEETING_INDEX');
export type MeetingIndex = FoldedStreams<Meeting, MeetingEvent>;

/** Who reads meetings and actions at all (each within their scope). */
export const MEETING_READERS: Role[] = [
  'salesperson',
  'division_manager',
  'vp',
  'general_manager',
  'sales_admin',
];

export type MeetingInput = Readonly<{
  meetingId?: string;
  divisionId?: string | null;
  heldOn: BusinessDate;
  attendeeIds: readonly string[];
  absences?: readonly MeetingAbsence[];
  misses?: readonly Readonly<{ personId: string; cause: string; measure?: string }>[];
  actions?: readonly Readonly<{ description: string; ownerId: string; dueOn: BusinessDate }>[];
}>;

/** 销售会议 (A3): meetings (`meeting-…` streams), their actions' follow-up, and the lists. */
@Injectable()
export class MeetingsService {
  constructor(
    @InjectContext('appraisal') private readonly runtime: ContextRuntime,
    private readonly org: AppraisalOrgReader,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(MEETING_INDEX) private readonly index: MeetingIndex,
  ) {}

  async record(input: MeetingInput, actor: Actor) {
    const meetingId = input.meetingId ?? `m-${randomUUID()}`;
    const misses: MeetingMiss[] = (input.misses ?? []).map((m) => ({ ...m, measure: m.measure ?? '' }));
    const outcome = await this.execute(meetingId, actor, (team, today) => ({
      type: 'RecordMeeting',
      data: {
        actor,
        meetingId,
        divisionId: input.divisionId ?? null,
        heldOn: input.heldOn,
        attendeeIds: [...input.attendeeIds],
        absences: (input.absences ?? []).map(({ personId, reason }) => ({ personId, reason })),
        misses,
        // 决议事项 are numbered in the order the meeting decided them.
        actions: (input.actions ?? []).map(({ description, ownerId, dueOn }, i) => ({
          actionId: `a${i + 1}`,
          description,
          ownerId,
          dueOn,
        })),
        team,
        today,
      },
    }));
    return { ...outcome, meetingId };
  }

  complete(meetingId: string, actionId: string, note: string, actor: Actor) {
    return this.execute(meetingId, actor, (team, today) => ({
      type: 'CompleteMeetingAction',
      data: { actor, actionId, note, team, today },
    }));
  }

  async list(actor: Actor, filter: MeetingFilter) {
    const team = await this.org.treeToday();
    const meetings = listMeetings(this.recorded(), actor, team, filter);
    return { items: meetings.map((m) => this.present(m)), names: await this.namesIn(meetings) };
  }

  async view(meetingId: string, actor: Actor) {
    const meeting = await this.index.current(meetingStreamId(meetingId));
    if (meeting.status === 'none') throw new NotFoundError('meeting-not-found', { meetingId });
    const team = await this.org.treeToday();
    if (!canReadMeeting(actor, team, meeting))
      throw new ForbiddenError('meeting-not-readable', { meetingId });
    const visible = meetingVisibleTo(actor, team, meeting);
    return { ...this.present(visible), names: await this.namesIn([visible]) };
  }

  /** 决议跟进: open, done or overdue actions by the clock, within scope. */
  async actions(actor: Actor, status?: ActionStatus) {
    const team = await this.org.treeToday();
    const items = followedActions(this.recorded(), actor, team, this.clock.today(), status);
    const names = await this.org.namesOf([...new Set(items.map((a) => a.ownerId))]);
    return { today: this.clock.today(), items, names };
  }

  private recorded(): RecordedMeeting[] {
    return this.index.states().filter((m): m is RecordedMeeting => m.status === 'recorded');
  }

  private present(meeting: RecordedMeeting) {
    const today = this.clock.today();
    const { status: _, done, ...rest } = meeting;
    return {
      ...rest,
      actions: meeting.actions.map((a) => ({
        ...a,
        status: done[a.actionId] ? 'done' : a.dueOn < today ? 'overdue' : 'open',
        done: done[a.actionId] ?? null,
      })),
    };
  }

  private namesIn(meetings: readonly RecordedMeeting[]) {
    const ids = meetings.flatMap((m) => [
      m.heldBy,
      ...(m.divisionId ? [m.divisionId] : []),
      ...m.attendeeIds,
      ...m.absences.map((a) => a.personId),
      ...m.misses.map((x) => x.personId),
      ...m.actions.map((a) => a.ownerId),
    ]);
    return this.org.namesOf([...new Set(ids)]);
  }

  private async execute(
    meetingId: string,
    actor: Actor,
    command: (team: TeamView, today: BusinessDate) => MeetingCommand,
  ) {
    const streamId = meetingStreamId(meetingId);
    const result = await this.runtime.commands.execute(
      meetingDecider,
      streamId,
      command(await this.org.treeToday(), this.clock.today()),
      actor,
    );
    await this.index.record(streamId, result.events);
    return commandOutcome(result);
  }
}
