import {
  EXPENSE_CATEGORY_LABELS,
  EXPENSE_STATUS_LABELS,
  type ExpenseCategory,
  type ExpenseStatus,
  VISIT_KIND_LABELS,
  type VisitKind,
} from '@sales/customers/events';
import type { LocalizedText } from '@sales/shared/domain';

/**
 * zh-CN/en texts of the field-work slice's error codes (C3–C5); `{name}` placeholders come from
 * the error's details, people and divisions named by the service (李娜（p-li）), money already in
 * 元 with separators (`{amount}` is 1,234.56 元). `unknown-customer`, `field-required` and
 * `forbidden-role` are the registry's codes, `invalid-business-date` and `unknown-currency`
 * grading's: they mean the same here.
 */
export const FIELD_WORK_ERROR_MESSAGES: Readonly<Record<string, LocalizedText>> = {
  'invalid-visit-time': {
    zh: '拜访时间 {field}：“{value}”须为带时区的 ISO-8601 时间，如 2026-03-16T09:30:00+08:00',
    en: 'Visit time {field}: “{value}” must be an ISO-8601 time with its zone, e.g. 2026-03-16T09:30:00+08:00',
  },
  'visit-not-own-customer': {
    zh: '只能为本人负责的客户登记拜访：客户 {customerId} 的负责人是 {ownerId}',
    en: 'You log visits of your own customers only: customer {customerId} is owned by {ownerId}',
  },
  'visit-pool-customer': {
    zh: '客户 {customerId} 在公海，没有负责人：先领取，再登记拜访',
    en: 'Customer {customerId} is in the pool with no owner: claim it first, then log visits',
  },
  'visit-in-the-future': {
    zh: '拜访时间 {field}：拜访日期 {date} 晚于今天（{today}），不能登记未发生的拜访',
    en: 'Visit time {field}: the visit’s date {date} is after today ({today}); a visit is logged once it happened',
  },
  'not-in-org-on-date': {
    zh: '{field}：{date} 那天 {personId} 不在组织架构中',
    en: '{field}: {personId} was not in the org tree on {date}',
  },
  'invalid-visit-kind': {
    zh: '拜访方式 {field} 须为面访、电话拜访或联合拜访，收到“{kind}”',
    en: 'Visit kind {field} must be in-person, phone or joint, got “{kind}”',
  },
  'joint-visit-needs-coach': {
    zh: '联合拜访须填写陪同的上级（教练）{field}',
    en: 'A joint visit names its coach ({field}): a manager or the VP above the salesperson',
  },
  'coach-not-above-salesperson': {
    zh: '教练 {field}：{date} 当天 {coachId} 不是 {personId} 的上级经理或业务副总',
    en: 'Coach {field}: on {date}, {coachId} was not a manager or the VP above {personId}',
  },
  'coach-only-on-joint-visits': {
    zh: '教练 {field} 只在联合拜访时填写，{kind}不填',
    en: 'A coach ({field}) is named on joint visits only, not on this one ({kind})',
  },
  'next-contact-before-visit': {
    zh: '下次联系日期 {field}（{nextContactOn}）不能早于拜访日期 {date}',
    en: 'The next contact date {field} ({nextContactOn}) cannot be before the visit’s date {date}',
  },
  'field-too-long': {
    zh: '{field} 太长（最多 {max} 个字符）',
    en: '{field} is too long (at most {max} characters)',
  },
  'check-in-for-someone-else': {
    zh: '外出联系汇报只能本人填写，不能替 {personId} 汇报',
    en: 'A check-in is made by the person themself, not for {personId}',
  },
  'check-in-in-the-future': {
    zh: '汇报日期 {field}：{date} 晚于今天（{today}），不能为未到的日期汇报',
    en: 'Check-in date {field}: {date} is after today ({today}); a check-in is for a day that has come',
  },
  'check-in-needs-place': {
    zh: '外出联系汇报须填写地点 {field}',
    en: 'A check-in needs a place ({field})',
  },
  'invalid-coordinates': {
    zh: '坐标 {field} 须在 {min} 到 {max} 度之间，收到 {value}',
    en: 'Coordinate {field} must lie between {min} and {max} degrees, got {value}',
  },
  'day-out-for-someone-else': {
    zh: '外出只能由本人申报，不能替 {personId} 申报',
    en: 'A day out is declared by the person themself, not for {personId}',
  },
  'field-work-policy-vp-only': {
    zh: '外勤规则（回访周期、外出汇报次数）由业务副总设定，{role}无权修改',
    en: 'The field-work policy (revisit cadence, check-ins per day out) is set by the VP; a {role} may not change it',
  },
  'invalid-revisit-cadence': {
    zh: '{grade}客户的回访周期 {field} 须为 1–{max} 之间的整数（天），收到 {value}',
    en: 'The revisit cadence of {grade} customers ({field}) must be a whole number of days from 1 to {max}, got {value}',
  },
  'invalid-check-in-minimum': {
    zh: '外出日最少汇报次数 {field} 须为 1–{max} 之间的整数，收到 {value}',
    en: 'The minimum of check-ins per day out ({field}) must be a whole number from 1 to {max}, got {value}',
  },
  'division-outside-your-scope': {
    zh: '{divisionId} 不在您的数据范围内（业务员看本人，经理看本事业部）',
    en: '{divisionId} is outside your scope (a salesperson sees their own, a manager their division)',
  },
  'person-outside-your-scope': {
    zh: '{personId} 不在您的数据范围内（业务员看本人，经理看本事业部）',
    en: '{personId} is outside your scope (a salesperson sees their own, a manager their division)',
  },
  'invalid-date-range': {
    zh: '日期范围 {field}：开始 {from} 须不晚于结束 {to}，且不超过 {maxDays} 天',
    en: 'Date range {field}: the start {from} must not be after the end {to}, and span at most {maxDays} days',
  },
  'expense-for-someone-else': {
    zh: '费用只能由本人登记，不能替 {personId} 登记',
    en: 'An expense is recorded by the person themself, not for {personId}',
  },
  'expense-in-the-future': {
    zh: '费用日期 {field}：{date} 晚于今天（{today}）',
    en: 'Expense date {field}: {date} is after today ({today})',
  },
  'invalid-expense-category': {
    zh: '费用类别 {field} 须为差旅、招待、交通、通讯、礼品或其他，收到“{category}”',
    en: 'The category {field} must be travel, entertainment, transport, telecom, gifts or other, got “{category}”',
  },
  'invalid-expense-amount': {
    zh: '金额 {field} 须为大于 0 的整数（单位：分，如 12.50 元填 1250），收到 {value}',
    en: 'The amount {field} must be a whole number of minor units above 0 (fen: 12.50 yuan is 1250), got {value}',
  },
  'expense-decider-not-above': {
    zh: '只有 {personId} 的上级可以审批这笔费用（{date}，{category}，{amount}），本人不能审批自己的费用',
    en: 'Only someone above {personId} decides this expense ({date}, {category}, {amount}); nobody decides their own',
  },
  'expense-already-decided': {
    zh: '这笔费用（{personId}，{date}，{category}，{amount}）已由 {decidedBy} 审批（{expenseStatus}），不能再改',
    en: 'This expense ({personId}, {date}, {category}, {amount}) was already {expenseStatus} by {decidedBy}',
  },
  'expense-reject-needs-reason': {
    zh: '驳回费用须填写原因 {field}',
    en: 'Rejecting an expense needs a reason ({field})',
  },
  'unknown-expense': { zh: '费用不存在：{expenseId}', en: 'No such expense: {expenseId}' },
};

/** How the field-work slice's error details read to people (beside the platform's role labels). */
export const FIELD_WORK_DETAIL_LABELS: Readonly<
  Record<string, (value: unknown) => LocalizedText | undefined>
> = {
  kind: (value) => VISIT_KIND_LABELS[value as VisitKind],
  category: (value) => EXPENSE_CATEGORY_LABELS[value as ExpenseCategory],
  expenseStatus: (value) => EXPENSE_STATUS_LABELS[value as ExpenseStatus],
};
