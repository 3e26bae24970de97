import type { LocalizedText } from '@sales/shared/domain';

/*
 * The vocabularies of field work (C3–C5) that published events carry, with their zh-CN/en labels:
 * subscribers, the API and error messages read the same words.
 */

/** 拜访方式: 面访 in person, 电话 by phone, 联合拜访 with a manager or the VP as coach. */
export const VISIT_KINDS = ['in-person', 'phone', 'joint'] as const;
export type VisitKind = (typeof VISIT_KINDS)[number];

export const VISIT_KIND_LABELS: Readonly<Record<VisitKind, LocalizedText>> = {
  'in-person': { zh: '面访', en: 'in-person visit' },
  phone: { zh: '电话拜访', en: 'phone call' },
  joint: { zh: '联合拜访', en: 'joint visit' },
};

/** Visits that take the salesperson out of the office: a day with one counts as a day out (C4), and KPI P4 counts them. */
export const FIELD_VISIT_KINDS: readonly VisitKind[] = ['in-person', 'joint'];

/** Why a day counts as out of office (外出): declared by the salesperson, or an in-person or joint visit that day. */
export const DAY_OUT_REASONS = ['declared', 'visit'] as const;
export type DayOutReason = (typeof DAY_OUT_REASONS)[number];

export const DAY_OUT_REASON_LABELS: Readonly<Record<DayOutReason, LocalizedText>> = {
  declared: { zh: '本人申报外出', en: 'declared out of office' },
  visit: { zh: '当天有面访或联合拜访', en: 'an in-person or joint visit that day' },
};

/** 费用类别 (C5). */
export const EXPENSE_CATEGORIES = [
  'travel',
  'entertainment',
  'transport',
  'telecom',
  'gifts',
  'other',
] as const;
export type ExpenseCategory = (typeof EXPENSE_CATEGORIES)[number];

export const EXPENSE_CATEGORY_LABELS: Readonly<Record<ExpenseCategory, LocalizedText>> = {
  travel: { zh: '差旅', en: 'travel' },
  entertainment: { zh: '招待', en: 'entertainment' },
  transport: { zh: '交通', en: 'transport' },
  telecom: { zh: '通讯', en: 'telecom' },
  gifts: { zh: '礼品', en: 'gifts' },
  other: { zh: '其他', en: 'other' },
};

/** 待审批 → 已批准 | 已驳回. */
export const EXPENSE_STATUSES = ['submitted', 'approved', 'rejected'] as const;
export type ExpenseStatus = (typeof EXPENSE_STATUSES)[number];

export const EXPENSE_STATUS_LABELS: Readonly<Record<ExpenseStatus, LocalizedText>> = {
  submitted: { zh: '待审批', en: 'awaiting approval' },
  approved: { zh: '已批准', en: 'approved' },
  rejected: { zh: '已驳回', en: 'rejected' },
};
