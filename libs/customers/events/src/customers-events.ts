import type { LocalizedText } from '@sales/shared/domain';

export const CUSTOMERS_CONTEXT = 'customers';

/** 潜在 (registered, nothing signed yet) → 成交 (its first contract is signed). */
export const CUSTOMER_STATUSES = ['potential', 'active'] as const;
export type CustomerStatus = (typeof CUSTOMER_STATUSES)[number];

export const CUSTOMER_STATUS_LABELS: Readonly<Record<CustomerStatus, LocalizedText>> = {
  potential: { zh: '潜在客户', en: 'potential' },
  active: { zh: '成交客户', en: 'active' },
};

/** 客户等级 (C2): by cash inflow over the policy's window; potential customers are 未评级. */
export const GRADES = ['A', 'B', 'C', 'D'] as const;
export type Grade = (typeof GRADES)[number];
export type GradeOrUngraded = Grade | 'ungraded';

export const GRADE_LABELS: Readonly<Record<GradeOrUngraded, LocalizedText>> = {
  A: { zh: 'A 级', en: 'grade A' },
  B: { zh: 'B 级', en: 'grade B' },
  C: { zh: 'C 级', en: 'grade C' },
  D: { zh: 'D 级', en: 'grade D' },
  ungraded: { zh: '未评级', en: 'ungraded' },
};

/** Why a customer changed hands (C6, C7): every change of owner carries one. */
export const OWNER_CHANGE_REASONS = [
  'territory',
  'handover',
  'manager-decision',
  'pool-return',
  'pool-claim',
  'pool-assignment',
] as const;
export type OwnerChangeReason = (typeof OWNER_CHANGE_REASONS)[number];

export const OWNER_CHANGE_REASON_LABELS: Readonly<Record<OwnerChangeReason, LocalizedText>> = {
  territory: { zh: '区域调整', en: 'territory change' },
  handover: { zh: '离职交接', en: 'resignation handover' },
  'manager-decision': { zh: '上级决定', en: 'manager decision' },
  'pool-return': { zh: '退回公海', en: 'returned to the pool' },
  'pool-claim': { zh: '从公海领取', en: 'claimed from the pool' },
  'pool-assignment': { zh: '从公海分配', en: 'assigned from the pool' },
};
