import { GRADE_LABELS, type GradeOrUngraded } from '@sales/customers/events';
import type { LocalizedText } from '@sales/shared/domain';

/**
 * zh-CN/en texts of the grading slice's error codes; `{name}` placeholders come from the error's
 * details. Money in them is already text in 元 with separators (`300,000.00 元`): the details
 * carry it beside the minor units. `field-required`, `unknown-customer` and `not-your-customer`
 * are the registry's codes, meaning the same here.
 */
export const GRADING_ERROR_MESSAGES: Readonly<Record<string, LocalizedText>> = {
  'grading-policy-vp-only': {
    zh: '评级政策由业务副总设定，{role}无权修改',
    en: 'The grading policy is set by the VP; a {role} may not change it',
  },
  'invalid-grading-window': {
    zh: '统计窗口 {field} 须为 1–36 之间的整数（月），收到 {windowMonths}',
    en: 'The window {field} must be a whole number of months from 1 to 36, got {windowMonths}',
  },
  'invalid-grade-threshold': {
    zh: '{grade}下限 {field} 须为大于 0 的整数（单位：分），收到 {value}',
    en: 'The lower bound of {grade} ({field}) must be a whole number of minor units (fen) above 0, got {value}',
  },
  'grade-thresholds-not-descending': {
    zh: '{grade}下限 {field}（{threshold}）须低于 {higherGrade}下限（{higherThreshold}）',
    en: 'The lower bound of {grade} ({field}, {threshold}) must be below that of {higherGrade} ({higherThreshold})',
  },
  'unknown-currency': {
    zh: '{field}：{currency} 不是 ISO 4217 币种代码（如 CNY）',
    en: '{field}: {currency} is not an ISO 4217 currency code (e.g. CNY)',
  },
  'invalid-payment-amount': {
    zh: '{field}：金额须为大于 0 的整数（单位：分），收到 {amountMinor}',
    en: '{field}: the amount must be a whole number of minor units (fen) above 0, got {amountMinor}',
  },
  'invalid-business-date': {
    zh: '{field}：“{value}”不是有效日期（YYYY-MM-DD）',
    en: '{field}: “{value}” is not a calendar date (YYYY-MM-DD)',
  },
  'payment-currency-not-graded': {
    zh: '{field}：回款币种 {currency} 与评级政策的币种 {gradingCurrency} 不同；评级不做汇率换算',
    en: '{field}: the payment is in {currency} but grading counts {gradingCurrency}; grades use no exchange rates',
  },
  'payment-id-reused': {
    zh: '回款编号 {paymentId} 已用于另一笔金额、币种或日期不同的回款',
    en: 'Payment id {paymentId} was already used for a payment with another amount, currency or date',
  },
  'reversal-of-unknown-payment': {
    zh: '{field}：被冲销的回款 {reversalOf} 不存在',
    en: '{field}: there is no payment {reversalOf} to reverse',
  },
  'reversal-exceeds-payment': {
    zh: '{field}：冲销金额 {amount} 超过回款 {reversalOf} 尚未冲销的 {remaining}',
    en: '{field}: the reversal of {amount} exceeds the {remaining} left of payment {reversalOf}',
  },
  'grading-policy-changed': {
    zh: '评级政策已更新到第 {currentPolicyVersion} 版，请按最新政策重试',
    en: 'The grading policy is now at version {currentPolicyVersion}; retry with it',
  },
};

const gradeLabel = (value: unknown) => GRADE_LABELS[value as GradeOrUngraded];

/** How the grading slice's error details read to people (beside the platform's role labels). */
export const GRADING_DETAIL_LABELS: Readonly<Record<string, (value: unknown) => LocalizedText | undefined>> =
  {
    grade: gradeLabel,
    previousGrade: gradeLabel,
    higherGrade: gradeLabel,
  };
