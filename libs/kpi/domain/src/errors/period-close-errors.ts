import type { LocalizedText } from '@sales/shared/domain';

/**
 * zh-CN/en texts of the period close's refusals (考核期指标冻结, A2). `{subject}` reads as the
 * person's or division's name (the figures' detail label).
 */
export const PERIOD_CLOSE_ERROR_MESSAGES: Readonly<Record<string, LocalizedText>> = {
  'period-already-closed': {
    zh: '考核周期 {requestId} 的指标已于 {closedAt} 冻结并发布，冻结后不再改变',
    en: 'The figures of appraisal cycle {requestId} were frozen and published at {closedAt}; a frozen period does not change',
  },
  'period-subject-twice': {
    zh: '{subject}在同一次冻结中出现了两次',
    en: '{subject} is listed twice in one close',
  },
  'period-figures-incomplete': {
    zh: '{subject}的冻结指标须按指标目录顺序各列一次（缺少：{missing}；多出：{unexpected}）',
    en: 'The frozen figures of {subject} must list every catalogue figure once, in order (missing: {missing}; unexpected: {unexpected})',
  },
};
