import type { LocalizedText } from '@sales/shared/domain';
import type { PoolRules } from './pool-policy';

/**
 * zh-CN/en texts of the pool's and the 撞单 requests' error codes; `{name}` placeholders come
 * from the error's details, and person ids in them are shown with their names (李娜（p-li）) by
 * the context's error interceptor. `forbidden-role`, `field-required`, `owner-not-in-sales`,
 * `not-your-customer` and `already-owner` are the registry's codes, meaning the same here.
 */
export const POOL_ERROR_MESSAGES: Readonly<Record<string, LocalizedText>> = {
  'pool-policy-vp-only': {
    zh: '公海规则由业务副总设定，{role}无权修改',
    en: 'The pool rules are set by the VP; a {role} may not change them',
  },
  'invalid-pool-rule': {
    zh: '公海规则“{rule}”（{field}）须为 {min}–{max} 之间的整数，收到 {value}',
    en: 'The pool rule “{rule}” ({field}) must be a whole number from {min} to {max}, got {value}',
  },
  'pool-warning-too-late': {
    zh: '提前预警天数（{field}）须少于退回公海的天数：提前 {value} 天，但最早 {earliestReturn} 天即退回',
    en: 'The warning ({field}) must come before the return: {value} days ahead, but a customer may return after {earliestReturn} days',
  },
  'customer-in-pool': {
    zh: '客户 {customerId} 在公海中：请领取或分配，不能转移、退回或申请',
    en: 'Customer {customerId} is in the pool: claim or assign it; it cannot be transferred, released or requested',
  },
  'customer-not-in-pool': {
    zh: '客户 {customerId} 不在公海中（负责人：{ownerId}），不能领取或分配；如属撞单，可申请由其上级决定归属',
    en: 'Customer {customerId} is not in the pool (owned by {ownerId}) and cannot be claimed or assigned; ask the owner’s manager to decide if you are working the same deal',
  },
  'daily-claim-limit-reached': {
    zh: '{personId}今天已从公海领取 {claimed} 个客户，达到每日上限 {limit} 个',
    en: '{personId} has claimed {claimed} customers from the pool today, the daily limit of {limit}',
  },
  'hold-limit-reached': {
    zh: '{personId}已持有 {held} 个客户（近 12 个月签过合同的不计），达到上限 {limit} 个；请先退回或转出客户',
    en: '{personId} holds {held} customers (those with a contract in the last 12 months not counted), the limit of {limit}; release or hand over customers first',
  },
  'pool-cooling-period': {
    zh: '客户 {customerId} 于 {returnedOn} 从 {personId} 退回公海；冷却期 {coolingDays} 天，{until} 起才能再由其负责',
    en: 'Customer {customerId} returned to the pool from {personId} on {returnedOn}; after the cooling period of {coolingDays} days they may take it again from {until}',
  },
  'place-reservation-expired': {
    zh: '为 {personId} 预留的客户名额已过期（预留于 {reservedAt}），请重试',
    en: 'The place reserved for {personId} has expired (reserved at {reservedAt}); retry',
  },
  'assignment-outside-your-division': {
    zh: '事业部经理只能把公海客户分配给本事业部的人员，{toOwnerId} 不在其中',
    en: 'A division manager assigns pool customers to people of the division; {toOwnerId} is not one of them',
  },
  'request-own-customer': {
    zh: '客户 {customerId} 已由您负责，无需申请',
    en: 'You already own customer {customerId}; there is nothing to request',
  },
  'customer-request-pending': {
    zh: '您对客户 {customerId} 的申请（{requestId}）尚待处理，请勿重复申请',
    en: 'Your request for customer {customerId} ({requestId}) is still pending',
  },
  'unknown-customer-request': {
    zh: '客户 {customerId} 没有编号为 {requestId} 的申请',
    en: 'Customer {customerId} has no request {requestId}',
  },
  'customer-request-decided': {
    zh: '申请 {requestId} 已{decision}，不能再次处理',
    en: 'Request {requestId} was already {decision}',
  },
  'decide-own-request': {
    zh: '不能审批自己提出的申请（{requestId}），由负责人的上级决定',
    en: 'You cannot decide your own request ({requestId}); the owner’s manager does',
  },
  'not-request-approver': {
    zh: '申请 {requestId} 由负责人的上级 {approverId} 审批',
    en: 'Request {requestId} is decided by the owner’s manager, {approverId}',
  },
};

const RULE_LABELS: Readonly<Record<keyof PoolRules, LocalizedText>> = {
  followUpDays: { zh: '未跟进退回天数', en: 'days without follow-up' },
  contractDays: { zh: '未签约退回天数', en: 'days without a contract' },
  warningDays: { zh: '提前预警天数', en: 'days of warning' },
  dailyClaimLimit: { zh: '每日领取上限', en: 'daily claim limit' },
  holdLimit: { zh: '持有客户上限', en: 'hold limit' },
  coolingDays: { zh: '冷却期天数', en: 'cooling days' },
};

const DECISION_LABELS: Readonly<Record<string, LocalizedText>> = {
  approved: { zh: '批准', en: 'approved' },
  rejected: { zh: '驳回', en: 'rejected' },
};

/** How the pool's error details read to people. */
export const POOL_DETAIL_LABELS: Readonly<Record<string, (value: unknown) => LocalizedText | undefined>> = {
  rule: (value) => RULE_LABELS[value as keyof PoolRules],
  decision: (value) => DECISION_LABELS[String(value)],
};
