import { CUSTOMER_STATUSES, OWNER_CHANGE_REASONS, POOL_RETURN_RULES } from '@sales/customers/events';
import { bulkOutcomeResponse } from '../registry/registry-responses.openapi';

/** What the pool's and the requests' routes answer, for the OpenAPI document. */
const date = { type: 'string', format: 'date', example: '2026-11-28' };
const nullableDate = { ...date, nullable: true };
const person = { type: 'string', example: '李娜（p-li）', description: '姓名（编号）/ name (id)' };

export const COMMAND_OUTCOME_RESPONSE = {
  type: 'object',
  required: ['version', 'events'],
  properties: {
    version: {
      type: 'integer',
      description: '客户流的新版本 / the customer stream’s version after the command',
    },
    events: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'type'],
        properties: { id: { type: 'string' }, type: { type: 'string', example: 'CustomerOwnerChanged' } },
      },
    },
  },
};

export const POOL_LIST_RESPONSE = {
  type: 'array',
  description: '公海客户，最近进入的在前 / pool customers, latest first',
  items: {
    type: 'object',
    required: [
      'customerId',
      'name',
      'industry',
      'region',
      'source',
      'status',
      'inPoolSince',
      'reason',
      'previousOwnerId',
      'previousOwner',
      'coolingUntil',
    ],
    properties: {
      customerId: { type: 'string' },
      name: { type: 'string', example: '华信科技（上海）有限公司' },
      industry: { type: 'string' },
      region: { type: 'string' },
      source: { type: 'string' },
      status: { type: 'string', enum: [...CUSTOMER_STATUSES] },
      inPoolSince: date,
      reason: {
        type: 'string',
        enum: ['registered', ...OWNER_CHANGE_REASONS],
        description: '如何进入公海 / how it got here',
      },
      previousOwnerId: { type: 'string', nullable: true },
      previousOwner: { ...person, nullable: true },
      coolingUntil: {
        ...nullableDate,
        description:
          '调用者是原负责人且在冷却期内：此日起可再领取 / for its previous owner: the first day they may take it again',
      },
    },
  },
};

export const POOL_WARNINGS_RESPONSE = {
  type: 'array',
  description: '即将退回公海的客户，最早的在前 / customers about to return to the pool, soonest first',
  items: {
    type: 'object',
    required: [
      'customerId',
      'name',
      'ownerId',
      'owner',
      'dueOn',
      'daysLeft',
      'rule',
      'since',
      'days',
      'warnedOn',
    ],
    properties: {
      customerId: { type: 'string' },
      name: { type: 'string' },
      ownerId: { type: 'string' },
      owner: person,
      dueOn: { ...date, description: '退回日期 / the day it returns' },
      daysLeft: { type: 'integer', minimum: 0 },
      rule: {
        type: 'string',
        enum: [...POOL_RETURN_RULES],
        description: 'no-follow-up 未跟进 / no-contract 未签合同',
      },
      since: { ...date, description: '规则起算日 / the day the rule counts from' },
      days: { type: 'integer', description: '规则的天数 / the rule’s days' },
      warnedOn: { ...nullableDate, description: '已预警的日期 / when the owner was warned' },
    },
  },
};

export const ASSIGNMENT_RESPONSE = bulkOutcomeResponse('assigned', 'hold-limit-reached');

const rules = {
  followUpDays: { type: 'integer' },
  contractDays: { type: 'integer' },
  warningDays: { type: 'integer' },
  dailyClaimLimit: { type: 'integer' },
  holdLimit: { type: 'integer' },
  coolingDays: { type: 'integer' },
};

const policyVersion = {
  type: 'object',
  required: [...Object.keys(rules), 'version', 'setOn', 'setBy', 'note'],
  properties: {
    ...rules,
    version: { type: 'integer', minimum: 0, description: '0 为系统默认 / 0: the defaults' },
    setOn: nullableDate,
    setBy: { type: 'string', nullable: true },
    note: { type: 'string' },
  },
};

export const POOL_POLICY_RESPONSE = {
  type: 'object',
  required: ['current', 'versions'],
  properties: { current: policyVersion, versions: { type: 'array', items: policyVersion } },
};

export const POOL_POLICY_SET_RESPONSE = {
  type: 'object',
  required: ['version', 'events', 'policy'],
  properties: { ...COMMAND_OUTCOME_RESPONSE.properties, policy: policyVersion },
};

export const REQUEST_CREATED_RESPONSE = {
  type: 'object',
  required: ['version', 'events', 'requestId', 'approverId', 'approver'],
  properties: {
    ...COMMAND_OUTCOME_RESPONSE.properties,
    requestId: { type: 'string' },
    approverId: { type: 'string', nullable: true, description: '审批人：负责人的上级 / the owner’s manager' },
    approver: person,
  },
};

export const REQUEST_LIST_RESPONSE = {
  type: 'object',
  required: ['toDecide', 'mine'],
  properties: {
    toDecide: {
      type: 'array',
      description: '待我审批 / pending requests the caller decides',
      items: {
        type: 'object',
        required: [
          'customerId',
          'name',
          'requestId',
          'requesterId',
          'requester',
          'ownerId',
          'owner',
          'reason',
          'requestedOn',
        ],
        properties: {
          customerId: { type: 'string' },
          name: { type: 'string' },
          requestId: { type: 'string' },
          requesterId: { type: 'string' },
          requester: person,
          ownerId: { type: 'string' },
          owner: person,
          reason: { type: 'string' },
          requestedOn: date,
        },
      },
    },
    mine: {
      type: 'array',
      description: '我提出的申请（不含客户详情）/ the caller’s own requests (no customer details)',
      items: {
        type: 'object',
        required: [
          'customerId',
          'requestId',
          'owner',
          'status',
          'requestedOn',
          'decidedOn',
          'decider',
          'note',
        ],
        properties: {
          customerId: { type: 'string' },
          requestId: { type: 'string' },
          owner: person,
          status: { type: 'string', enum: ['pending', 'approved', 'rejected'] },
          requestedOn: date,
          decidedOn: nullableDate,
          decider: { ...person, nullable: true },
          note: { type: 'string' },
        },
      },
    },
  },
};
