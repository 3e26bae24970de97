import { type DetailsWithNames, type LocalizedText, personLabel } from '@sales/shared/domain';

/** zh-CN/en texts of the coaching slice's error codes (培训和指导, A4). */
export const COACHING_ERROR_MESSAGES: Readonly<Record<string, LocalizedText>> = {
  'coaching-person-unknown': { zh: '组织中没有人员 {personId}', en: 'Nobody {personId} in the organisation' },
  'coaching-self': {
    zh: '不能辅导自己：由 {personId} 的上级经理或副总进行',
    en: 'Nobody coaches themselves: the manager of {personId} or the VP does',
  },
  'coaching-not-your-person': {
    zh: '{personId} 不归你管理：由其上级经理或副总辅导（你的角色：{role}）',
    en: '{personId} does not report to you: their manager or the VP coaches them (your role: {role})',
  },
  'coaching-session-id-taken': {
    zh: '沟通记录编号 {sessionId} 已被使用',
    en: 'Session id {sessionId} is already used',
  },
  'coaching-date-in-future': {
    zh: '{field}：日期 {date} 晚于今天 {today}，只能登记已发生的事',
    en: '{field}: {date} is after today {today}; only what happened is recorded',
  },
  'coaching-topics-required': {
    zh: '{field}：须写明沟通的内容',
    en: '{field}: say what the one-on-one was about',
  },
  'coaching-plan-id-taken': {
    zh: '改善计划编号 {planId} 已被使用',
    en: 'Plan id {planId} is already used',
  },
  'coaching-goals-required': {
    zh: '{field}：改善计划须写明目标',
    en: '{field}: an improvement plan states its goals',
  },
  'coaching-follow-up-required': {
    zh: '{field}：改善计划至少须有一个追踪检查日期',
    en: '{field}: an improvement plan has at least one follow-up date',
  },
  'coaching-follow-up-before-start': {
    zh: '{field}：追踪日期 {dueOn} 早于计划开始日期 {startsOn}',
    en: '{field}: the follow-up {dueOn} is before the plan starts ({startsOn})',
  },
  'coaching-plan-not-found': {
    zh: '{personId} 没有改善计划 {planId}',
    en: '{personId} has no improvement plan {planId}',
  },
  'coaching-plan-closed': {
    zh: '改善计划 {planId} 已于 {closedOn} 结束',
    en: 'Improvement plan {planId} was closed on {closedOn}',
  },
  'coaching-follow-up-not-found': {
    zh: '改善计划 {planId} 没有追踪 {followUpId}',
    en: 'Improvement plan {planId} has no follow-up {followUpId}',
  },
  'coaching-follow-up-already-held': {
    zh: '改善计划 {planId} 的追踪 {followUpId} 已于 {heldOn} 进行',
    en: 'Follow-up {followUpId} of plan {planId} was already held on {heldOn}',
  },
  'coaching-progress-required': {
    zh: '{field}：须写明追踪检查的进展情况',
    en: '{field}: say what progress the follow-up found',
  },
  'coaching-outcome-unknown': {
    zh: '{field}：结果只能是 已改善、部分改善 或 未改善',
    en: '{field}: the outcome is improved, partly improved or not improved',
  },
  'coaching-plan-without-goals': {
    zh: '改善计划 {planId} 尚未制定目标，不能评定结果',
    en: 'Improvement plan {planId} has no goals yet: there is nothing to judge its outcome against',
  },
  'coaching-file-not-readable': {
    zh: '{personId} 的辅导档案不在你的范围内',
    en: 'The coaching file of {personId} is outside your scope',
  },
};

export const COACHING_DETAIL_LABELS: Readonly<
  Record<string, (value: unknown, details: DetailsWithNames) => LocalizedText | undefined>
> = {
  personId: (value, details) => personLabel(value, details),
};
