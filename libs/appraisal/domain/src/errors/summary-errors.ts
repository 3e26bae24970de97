import { type DetailsWithNames, type LocalizedText, personLabel } from '@sales/shared/domain';

/** zh-CN/en texts of the summary slice's error codes (书面总结, A5). */
export const SUMMARY_ERROR_MESSAGES: Readonly<Record<string, LocalizedText>> = {
  'summary-cadence-role': {
    zh: '总结周期由业务副总或市场部主管设定（你的角色：{role}）',
    en: 'The summaries’ cadence is set by the VP or the sales admin (your role: {role})',
  },
  'summary-cadence-unknown': {
    zh: '{field}：总结周期只能是每周或每月',
    en: '{field}: the cadence is weekly or monthly',
  },
  'summary-period-invalid': {
    zh: '{field}：{period} 不是总结期间（月 2027-03 或周 2027-W09）',
    en: '{field}: {period} is not a summary period (a month, 2027-03, or a week, 2027-W09)',
  },
  'summary-period-not-cadence': {
    zh: '{field}：当前总结周期为{cadence}，{period} 不是这样的期间',
    en: '{field}: summaries are {cadence} now; {period} is not such a period',
  },
  'summary-writer-role': {
    zh: '书面总结由业务员本人撰写（你的角色：{role}）',
    en: 'Written summaries are written by salespeople themselves (your role: {role})',
  },
  'summary-not-yours': {
    zh: '只能撰写自己的书面总结（这是 {personId} 的）',
    en: 'You write your own summary only (this one is {personId}’s)',
  },
  'summary-person-unknown': { zh: '组织中没有人员 {personId}', en: 'Nobody {personId} in the organisation' },
  'summary-period-not-ended': {
    zh: '{field}：{period} 到 {endsOn} 才结束，期末起方可提交总结',
    en: '{field}: {period} ends on {endsOn}; its summary is handed in from then on',
  },
  'summary-progress-required': {
    zh: '{field}：须写明业务进展情况',
    en: '{field}: the summary reports the progress of the business',
  },
  'summary-already-acknowledged': {
    zh: '{personId} 的 {period} 书面总结已签收，不能再修改或重复签收',
    en: 'The {period} summary of {personId} was already acknowledged',
  },
  'summary-already-archived': {
    zh: '{personId} 的 {period} 书面总结已于 {on} 存档',
    en: 'The {period} summary of {personId} was archived on {on}',
  },
  'summary-not-found': { zh: '还没有这份书面总结', en: 'No such written summary (yet)' },
  'summary-own': {
    zh: '不能签收或存档自己的书面总结：由上级经理或市场部主管办理',
    en: 'Nobody acknowledges or archives their own summary: their manager or the sales admin does',
  },
  'summary-not-your-team': {
    zh: '{personId} 不归你管理：由其上级经理、市场部主管或副总签收（你的角色：{role}）',
    en: '{personId} does not report to you: their manager, the sales admin or the VP acknowledges it (your role: {role})',
  },
  'summary-not-readable': {
    zh: '{personId} 的书面总结不在你的范围内',
    en: 'The summary of {personId} is outside your scope',
  },
};

export const SUMMARY_DETAIL_LABELS: Readonly<
  Record<string, (value: unknown, details: DetailsWithNames) => LocalizedText | undefined>
> = {
  personId: (value, details) => personLabel(value, details),
  cadence: (value) =>
    value === 'weekly'
      ? { zh: '每周', en: 'weekly' }
      : value === 'monthly'
        ? { zh: '每月', en: 'monthly' }
        : undefined,
};
