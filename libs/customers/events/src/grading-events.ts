import type { LocalizedText, PublishedEvent } from '@sales/shared/domain';
import type { Grade, GradeOrUngraded } from './customers-events';

/** A business date, `YYYY-MM-DD`, in the company's zone. */
type BusinessDate = string;

/*
 * C2 grading's PUBLISHED events (`sales.customers.events`). Grades are about companies and money
 * received from them: no personal data. Payments themselves are contracts' facts and are not
 * republished here.
 */

/**
 * Why a grade changed: the first contract (its id), a payment or its reversal (the payment id),
 * the window sliding past a payment (the review date), or a new grading policy (its version).
 */
export const GRADE_CHANGE_REASONS = [
  'activation',
  'payment',
  'payment-reversal',
  'window-slide',
  'policy',
] as const;
export type GradeChangeReason = (typeof GRADE_CHANGE_REASONS)[number];

export const GRADE_CHANGE_REASON_LABELS: Readonly<Record<GradeChangeReason, LocalizedText>> = {
  activation: { zh: '首份合同成交', en: 'first contract signed' },
  payment: { zh: '收到回款', en: 'payment received' },
  'payment-reversal': { zh: '回款冲销', en: 'payment reversed' },
  'window-slide': { zh: '统计窗口滑动', en: 'the window slid' },
  policy: { zh: '评级政策调整', en: 'grading policy changed' },
};

/**
 * 客户等级变更 (C2): the customer's grade moved, with the cash inflow of the window it was computed
 * over (windowStart … windowEnd, both included) and why.
 */
export type CustomerGradeChangedV1 = PublishedEvent<
  'CustomerGradeChanged',
  Readonly<{
    customerId: string;
    previousGrade: GradeOrUngraded;
    grade: Grade;
    /** 分, may be negative when reversals in the window exceed its payments. */
    windowTotalMinor: number;
    currency: string;
    windowStart: BusinessDate;
    windowEnd: BusinessDate;
    reasonKind: GradeChangeReason;
    /** The contract id, payment id, review date or policy version the reason kind refers to. */
    reasonRef: string;
    /** The grading policy version the grade was computed with (0: the built-in default). */
    policyVersion: number;
    changedOn: BusinessDate;
  }>
>;

/** 评级政策 (C2): the VP set a new version of the grading policy. */
export type GradingPolicySetV1 = PublishedEvent<
  'GradingPolicySet',
  Readonly<{
    version: number;
    windowMonths: number;
    /** Lower bounds in minor units (分) of `currency`: A ≥ A, B ≥ B, C ≥ C, D below C. */
    thresholds: Readonly<{ A: number; B: number; C: number }>;
    currency: string;
    effectiveOn: BusinessDate;
  }>
>;

export type GradingPublishedEvent = CustomerGradeChangedV1 | GradingPolicySetV1;
