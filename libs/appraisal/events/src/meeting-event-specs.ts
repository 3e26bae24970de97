import { type PublishedEventSpec, publishedEventSpec, schemaParts } from '@sales/shared/domain';
import { APPRAISAL_CONTEXT } from './appraisal-events';

const { businessDate, described, id, optionalId, text } = schemaParts;

const meetingId = id('会议编号', 'Meeting id');
const actionId = id('决议事项编号（会议内）', 'Action id (within the meeting)');
const personIds = (zh: string, en: string) =>
  described({ type: 'array', items: { type: 'string', minLength: 1 } }, zh, en);

/** The meeting slice's published events (销售会议, A3). */
export const MEETING_EVENT_SPECS: readonly PublishedEventSpec[] = [
  publishedEventSpec({
    context: APPRAISAL_CONTEXT,
    type: 'MeetingHeld',
    schemaVersion: 1,
    summary: text(
      '召开了销售会议（出席、缺席人员与决议事项的负责人和期限；缺席原因、未达成原因等文字不发布）',
      'A sales meeting was held (attendees, absentees, each action’s owner and due date; reasons and causes stay internal)',
    ),
    properties: {
      meetingId,
      divisionId: optionalId(
        '会议所属事业部；副总召开的部门会议为 null',
        'Division; null for a department meeting',
      ),
      heldOn: businessDate('会议日期', 'Date of the meeting'),
      heldBy: id('主持人（事业部经理或业务副总）', 'Held by (division manager or VP)'),
      attendeeIds: personIds('出席人员', 'Attendees'),
      absenteeIds: personIds('缺席人员', 'Absentees'),
      actions: described(
        {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              actionId,
              ownerId: id('负责人', 'Owner'),
              dueOn: businessDate('完成期限', 'Due date'),
            },
            required: ['actionId', 'ownerId', 'dueOn'],
            additionalProperties: false,
          },
        },
        '决议事项（负责人与期限）',
        'Decided actions (owner and due date)',
      ),
    },
  }),
  publishedEventSpec({
    context: APPRAISAL_CONTEXT,
    type: 'MeetingActionCompleted',
    schemaVersion: 1,
    summary: text('会议决议事项已完成', 'A meeting’s decided action was done'),
    properties: {
      meetingId,
      actionId,
      ownerId: id('负责人', 'Owner'),
      dueOn: businessDate('完成期限', 'Due date'),
      completedOn: businessDate('完成日期', 'Date done'),
      completedBy: id('登记完成的人', 'Recorded done by'),
      late: described({ type: 'boolean' }, '是否逾期完成', 'Done after its due date'),
    },
  }),
];
