import { ConflictError, DomainError, ForbiddenError, NotFoundError, specify } from '@sales/shared/domain';
import type { MeetingCommand, RecordMeeting } from './meeting-commands';
import type { MeetingEvent, MeetingRecorded } from './meeting-events';
import { type RecordedMeeting, meetingDecider } from './meeting';
import { followedActions, listMeetings } from './meeting-list';
import { team, who } from './team.fixture';

const spec = specify(meetingDecider);

const record = (data: Partial<RecordMeeting['data']> = {}): MeetingCommand => ({
  type: 'RecordMeeting',
  data: {
    actor: who.wang,
    meetingId: 'm-1',
    divisionId: 'd-east',
    heldOn: '2027-03-05',
    attendeeIds: ['p-wang', 'p-li'],
    absences: [{ personId: 'p-zhao', reason: '外出拜访客户' }],
    misses: [{ personId: 'p-li', cause: '大客户推迟采购', measure: '加大回访频率' }],
    actions: [{ actionId: 'a1', description: '整理华东重点客户名单', ownerId: 'p-li', dueOn: '2027-03-12' }],
    team,
    today: '2027-03-05',
    ...data,
  },
});

const recorded: MeetingRecorded = {
  type: 'MeetingRecorded',
  data: {
    meetingId: 'm-1',
    divisionId: 'd-east',
    heldOn: '2027-03-05',
    heldBy: 'p-wang',
    attendeeIds: ['p-wang', 'p-li'],
    absences: [{ personId: 'p-zhao', reason: '外出拜访客户' }],
    misses: [{ personId: 'p-li', cause: '大客户推迟采购', measure: '加大回访频率' }],
    actions: [{ actionId: 'a1', description: '整理华东重点客户名单', ownerId: 'p-li', dueOn: '2027-03-12' }],
  },
};

const complete = (actor = who.li, today = '2027-03-10', actionId = 'a1'): MeetingCommand => ({
  type: 'CompleteMeetingAction',
  data: { actor, actionId, note: '已完成', team, today },
});

describe('销售会议 sales meetings (A3)', () => {
  it('a division manager records their division’s meeting: attendees, absentees and why, misses and causes, actions', () => {
    spec.given([]).when(record()).then([recorded]);
  });

  it('the VP holds any division’s meeting, or the whole department’s (no division)', () => {
    const [event] = spec
      .given([])
      .when(record({ actor: who.vp, divisionId: null }))
      .events();
    expect(event.data).toMatchObject({ heldBy: 'p-vp', divisionId: null });
  });

  it('another division’s manager, a salesperson or the sales admin may not record it', () => {
    spec
      .given([])
      .when(record({ actor: who.he }))
      .thenThrows(ForbiddenError, 'meeting-not-your-division');
    spec
      .given([])
      .when(record({ divisionId: null }))
      .thenThrows(ForbiddenError, 'meeting-not-your-division');
    spec
      .given([])
      .when(record({ actor: who.li }))
      .thenThrows(ForbiddenError, 'meeting-holder-role');
    spec
      .given([])
      .when(record({ actor: who.sun }))
      .thenThrows(ForbiddenError, 'meeting-holder-role');
  });

  it('an absentee needs a reason', () => {
    const error = spec
      .given([])
      .when(record({ absences: [{ personId: 'p-zhao', reason: '  ' }] }))
      .thenThrows(DomainError, 'meeting-absence-reason-required');
    expect(error.details).toEqual({ field: 'absences[0].reason', personId: 'p-zhao' });
  });

  it('nobody both attends and is absent', () => {
    spec
      .given([])
      .when(record({ absences: [{ personId: 'p-li', reason: '病假' }] }))
      .thenThrows(DomainError, 'meeting-attendee-absent');
  });

  it('a miss needs its cause', () => {
    const error = spec
      .given([])
      .when(record({ misses: [{ personId: 'p-li', cause: '', measure: '' }] }))
      .thenThrows(DomainError, 'meeting-miss-cause-required');
    expect(error.details).toMatchObject({ field: 'misses[0].cause' });
  });

  it('an action needs an owner and a due date, not before the meeting', () => {
    const action = { actionId: 'a1', description: '回访', ownerId: 'p-li', dueOn: '2027-03-12' };
    expect(
      spec
        .given([])
        .when(record({ actions: [{ ...action, ownerId: '' }] }))
        .thenThrows(DomainError, 'meeting-action-owner-required').details,
    ).toEqual({ field: 'actions[0].ownerId' });
    expect(
      spec
        .given([])
        .when(record({ actions: [{ ...action, dueOn: '' }] }))
        .thenThrows(DomainError, 'meeting-action-due-required').details,
    ).toEqual({ field: 'actions[0].dueOn' });
    spec
      .given([])
      .when(record({ actions: [{ ...action, dueOn: '2027-03-04' }] }))
      .thenThrows(DomainError, 'meeting-action-due-before-meeting');
    spec
      .given([])
      .when(record({ actions: [{ ...action, description: ' ' }] }))
      .thenThrows(DomainError, 'meeting-action-description-required');
    spec
      .given([])
      .when(record({ actions: [action, action] }))
      .thenThrows(DomainError, 'meeting-action-id-repeated');
  });

  it('names only people in the tree (a person who left is not), a known division, a meeting already held', () => {
    spec
      .given([])
      .when(record({ attendeeIds: ['p-wang', 'p-gone'] }))
      .thenThrows(NotFoundError, 'meeting-person-unknown');
    spec
      .given([])
      .when(record({ actor: who.vp, divisionId: 'd-none' }))
      .thenThrows(NotFoundError, 'meeting-division-unknown');
    spec
      .given([])
      .when(record({ heldOn: '2027-03-06' }))
      .thenThrows(DomainError, 'meeting-in-future');
    spec
      .given([])
      .when(record({ attendeeIds: [] }))
      .thenThrows(DomainError, 'meeting-attendees-required');
  });

  it('one meeting per id', () => {
    spec.given([recorded]).when(record()).thenThrows(ConflictError, 'meeting-id-taken');
  });

  it('publishes ids, dates and owners; reasons, causes and what actions say stay internal', () => {
    const [published] = spec.given([]).when(record()).published();
    expect(published).toEqual({
      type: 'MeetingHeld',
      schemaVersion: 1,
      data: {
        meetingId: 'm-1',
        divisionId: 'd-east',
        heldOn: '2027-03-05',
        heldBy: 'p-wang',
        attendeeIds: ['p-wang', 'p-li'],
        absenteeIds: ['p-zhao'],
        actions: [{ actionId: 'a1', ownerId: 'p-li', dueOn: '2027-03-12' }],
      },
    });
    expect(JSON.stringify(published)).not.toMatch(/外出|推迟|名单/);
  });

  describe('follow-up of actions', () => {
    it('the owner records their action done, on today’s date; late when after its due date', () => {
      spec
        .given([recorded])
        .when(complete())
        .then([
          {
            type: 'MeetingActionCompleted',
            data: {
              meetingId: 'm-1',
              actionId: 'a1',
              completedOn: '2027-03-10',
              completedBy: 'p-li',
              note: '已完成',
            },
          },
        ]);
      const [late] = spec.given([recorded]).when(complete(who.wang, '2027-03-13')).published();
      expect(late.data).toMatchObject({ late: true, completedBy: 'p-wang', ownerId: 'p-li' });
    });

    it('someone else’s colleague may not; an unknown action or meeting is not found; done once', () => {
      spec.given([recorded]).when(complete(who.zhao)).thenThrows(ForbiddenError, 'meeting-action-not-yours');
      spec.given([recorded]).when(complete(who.he)).thenThrows(ForbiddenError, 'meeting-action-not-yours');
      spec
        .given([recorded])
        .when(complete(who.li, '2027-03-10', 'a9'))
        .thenThrows(NotFoundError, 'meeting-action-not-found');
      spec.given([]).when(complete()).thenThrows(NotFoundError, 'meeting-not-found');
      const done: MeetingEvent = {
        type: 'MeetingActionCompleted',
        data: { meetingId: 'm-1', actionId: 'a1', completedOn: '2027-03-10', completedBy: 'p-li', note: '' },
      };
      spec
        .given([recorded, done])
        .when(complete(who.vp))
        .thenThrows(DomainError, 'meeting-action-already-done');
    });

    it('lists open, done and overdue actions by the clock, in scope', () => {
      const second: MeetingRecorded = {
        type: 'MeetingRecorded',
        data: {
          ...recorded.data,
          meetingId: 'm-2',
          divisionId: 'd-south',
          heldBy: 'p-he',
          attendeeIds: ['p-he', 'p-chen'],
          absences: [],
          misses: [],
          actions: [
            { actionId: 'a1', description: '回访', ownerId: 'p-chen', dueOn: '2027-03-08' },
            { actionId: 'a2', description: '报价', ownerId: 'p-chen', dueOn: '2027-03-20' },
          ],
        },
      };
      const meetings = [recorded, second].map(
        (e) => meetingDecider.evolve({ status: 'none' }, e) as RecordedMeeting,
      );
      const ids = (actions: { meetingId: string; actionId: string }[]) =>
        actions.map((a) => `${a.meetingId}/${a.actionId}`);
      expect(ids(followedActions(meetings, who.vp, team, '2027-03-10', 'overdue'))).toEqual(['m-2/a1']);
      expect(ids(followedActions(meetings, who.vp, team, '2027-03-10', 'open'))).toEqual([
        'm-1/a1',
        'm-2/a2',
      ]);
      expect(ids(followedActions(meetings, who.vp, team, '2027-03-13', 'overdue'))).toEqual([
        'm-2/a1',
        'm-1/a1',
      ]);
      expect(ids(followedActions(meetings, who.li, team, '2027-03-10'))).toEqual(['m-1/a1']);
      expect(ids(followedActions(meetings, who.he, team, '2027-03-10'))).toEqual(['m-2/a1', 'm-2/a2']);
      const done = meetingDecider.evolve(meetings[0], {
        type: 'MeetingActionCompleted',
        data: { meetingId: 'm-1', actionId: 'a1', completedOn: '2027-03-13', completedBy: 'p-li', note: '' },
      }) as RecordedMeeting;
      expect(ids(followedActions([done, meetings[1]], who.sun, team, '2027-03-14', 'done'))).toEqual([
        'm-1/a1',
      ]);
    });

    it('a salesperson reads the meetings they were in, with only their own absence and miss', () => {
      const meeting = meetingDecider.evolve({ status: 'none' }, recorded) as RecordedMeeting;
      expect(listMeetings([meeting], who.chen, team)).toEqual([]);
      expect(listMeetings([meeting], who.he, team)).toEqual([]);
      const [seenByZhao] = listMeetings([meeting], who.zhao, team);
      expect(seenByZhao.absences).toEqual([{ personId: 'p-zhao', reason: '外出拜访客户' }]);
      expect(seenByZhao.misses).toEqual([]);
      expect(listMeetings([meeting], who.wang, team)[0].misses).toHaveLength(1);
      expect(listMeetings([meeting], who.sun, team)).toHaveLength(1);
    });
  });
});
