import { type DetailsWithNames, type LocalizedText, divisionLabel, personLabel } from '@sales/shared/domain';

/** zh-CN/en texts of the meeting slice's error codes (销售会议, A3); `{name}` comes from the details. */
export const MEETING_ERROR_MESSAGES: Readonly<Record<string, LocalizedText>> = {
  'meeting-id-taken': { zh: '会议编号 {meetingId} 已被使用', en: 'Meeting id {meetingId} is already used' },
  'meeting-holder-role': {
    zh: '销售会议由事业部经理或业务副总召开并登记（你的角色：{role}）',
    en: 'Sales meetings are held and recorded by a division manager or the VP (your role: {role})',
  },
  'meeting-not-your-division': {
    zh: '事业部经理只能登记本事业部的会议（{divisionId} 不归你管理）',
    en: 'A division manager records meetings of their own division only ({divisionId} is not yours)',
  },
  'meeting-division-unknown': {
    zh: '{field}：没有事业部 {divisionId}',
    en: '{field}: there is no division {divisionId}',
  },
  'meeting-in-future': {
    zh: '{field}：会议日期 {heldOn} 晚于今天 {today}，只能登记已召开的会议',
    en: '{field}: the meeting date {heldOn} is after today {today}; only meetings held are recorded',
  },
  'meeting-attendees-required': {
    zh: '{field}：至少须有一名出席人员',
    en: '{field}: a meeting has at least one attendee',
  },
  'meeting-person-unknown': {
    zh: '{field}：组织中没有人员 {personId}',
    en: '{field}: nobody {personId} in the organisation',
  },
  'meeting-absence-reason-required': {
    zh: '{field}：{personId} 缺席须说明原因',
    en: '{field}: the absence of {personId} needs a reason',
  },
  'meeting-attendee-absent': {
    zh: '{field}：{personId} 已列为出席，不能同时缺席',
    en: '{field}: {personId} is listed as attending and cannot also be absent',
  },
  'meeting-miss-cause-required': {
    zh: '{field}：{personId} 未达成目标须写明原因',
    en: '{field}: the miss of {personId} needs its cause',
  },
  'meeting-action-id-repeated': {
    zh: '{field}：决议事项编号 {actionId} 重复',
    en: '{field}: action id {actionId} is repeated',
  },
  'meeting-action-description-required': {
    zh: '{field}：决议事项须写明内容',
    en: '{field}: an action says what is to be done',
  },
  'meeting-action-owner-required': {
    zh: '{field}：决议事项须指定负责人',
    en: '{field}: an action needs an owner',
  },
  'meeting-action-due-required': {
    zh: '{field}：决议事项须有完成期限',
    en: '{field}: an action needs a due date',
  },
  'meeting-action-due-before-meeting': {
    zh: '{field}：完成期限 {dueOn} 早于会议日期 {heldOn}',
    en: '{field}: the due date {dueOn} is before the meeting {heldOn}',
  },
  'meeting-not-found': { zh: '没有这次会议', en: 'No such meeting' },
  'meeting-action-not-found': {
    zh: '会议 {meetingId} 没有决议事项 {actionId}',
    en: 'Meeting {meetingId} has no action {actionId}',
  },
  'meeting-action-already-done': {
    zh: '会议 {meetingId} 的决议事项 {actionId} 已于 {completedOn} 由 {completedBy} 登记完成',
    en: 'Action {actionId} of meeting {meetingId} was already done on {completedOn} (by {completedBy})',
  },
  'meeting-action-not-yours': {
    zh: '决议事项 {actionId} 由 {ownerId} 负责：只有负责人、会议主持人、其上级或副总可以登记完成',
    en: 'Action {actionId} is owned by {ownerId}: only the owner, the meeting’s holder, their manager or the VP records it done',
  },
  'meeting-not-readable': {
    zh: '你不在会议 {meetingId} 的范围内（未出席、未被提及，也不是该事业部的经理）',
    en: 'Meeting {meetingId} is outside your scope (you neither attended nor were named, nor manage its division)',
  },
  'meeting-list-role': {
    zh: '你的角色（{role}）不查看销售会议',
    en: 'Your role ({role}) does not read sales meetings',
  },
};

const person = (value: unknown, details: DetailsWithNames) => personLabel(value, details);

export const MEETING_DETAIL_LABELS: Readonly<
  Record<string, (value: unknown, details: DetailsWithNames) => LocalizedText | undefined>
> = {
  personId: person,
  ownerId: person,
  completedBy: person,
  divisionId: (value, details) => (value === null ? undefined : divisionLabel(value, details)),
};
