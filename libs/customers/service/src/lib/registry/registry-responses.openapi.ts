import { CUSTOMER_STATUSES, GRADES, OWNER_CHANGE_REASONS } from '@sales/customers/events';

/** What the registry's routes answer, for the OpenAPI document (the shapes of ExistingCustomer and the list). */
const date = { type: 'string', format: 'date', example: '2026-03-01' };
const nullableId = { type: 'string', nullable: true };

const profile = {
  type: 'object',
  required: ['name', 'creditCode', 'industry', 'region', 'source', 'address'],
  properties: {
    name: { type: 'string', example: '华信科技（上海）有限公司' },
    creditCode: { type: 'string', nullable: true, example: '91350100M000100Y43' },
    industry: { type: 'string', example: '制造业' },
    region: { type: 'string', example: '上海' },
    source: { type: 'string', example: '展会' },
    address: { type: 'string' },
  },
};

const contact = {
  type: 'object',
  required: ['name', 'title', 'phones', 'email'],
  properties: {
    name: { type: 'string', example: '赵经理' },
    title: { type: 'string', example: '采购经理' },
    phones: { type: 'array', items: { type: 'string' } },
    email: { type: 'string', nullable: true },
  },
};

const ownership = {
  type: 'object',
  required: ['ownerId', 'divisionId', 'from', 'reason'],
  properties: {
    ownerId: { ...nullableId, description: '负责人（null 为公海）/ owner (null: the pool)' },
    divisionId: nullableId,
    from: date,
    reason: { type: 'string', enum: ['registered', ...OWNER_CHANGE_REASONS] },
  },
};

export const CUSTOMER_RESPONSE = {
  type: 'object',
  description: '客户（含联系人，按数据范围）/ a customer, contacts included (within scope)',
  required: [
    'customerId',
    'status',
    'profile',
    'contacts',
    'notes',
    'ownerId',
    'divisionId',
    'registeredOn',
    'activatedOn',
    'contractIds',
    'lastContractOn',
    'poolWarning',
    'requests',
    'owners',
    'mergedInto',
    'absorbed',
  ],
  properties: {
    customerId: { type: 'string' },
    status: { type: 'string', enum: [...CUSTOMER_STATUSES], description: 'potential 潜在 / active 成交' },
    profile,
    contacts: { type: 'array', items: contact },
    notes: { type: 'string' },
    ownerId: nullableId,
    divisionId: nullableId,
    registeredOn: date,
    activatedOn: { ...date, nullable: true },
    contractIds: { type: 'array', items: { type: 'string' }, description: '已签合同 / contracts signed' },
    lastContractOn: { ...date, nullable: true, description: '最近签约日期 / last signing date' },
    poolWarning: {
      type: 'object',
      nullable: true,
      required: ['dueOn', 'warnedOn'],
      properties: { dueOn: date, warnedOn: date },
      description: '即将退回公海的提醒 / the pool return the owner was warned of',
    },
    requests: {
      type: 'array',
      description: '撞单申请 / requests for this customer, oldest first',
      items: {
        type: 'object',
        required: [
          'requestId',
          'requesterId',
          'ownerId',
          'reason',
          'requestedOn',
          'status',
          'deciderId',
          'note',
          'decidedOn',
        ],
        properties: {
          requestId: { type: 'string' },
          requesterId: { type: 'string' },
          ownerId: { type: 'string' },
          reason: { type: 'string' },
          requestedOn: date,
          status: { type: 'string', enum: ['pending', 'approved', 'rejected'] },
          deciderId: nullableId,
          note: { type: 'string' },
          decidedOn: { ...date, nullable: true },
        },
      },
    },
    owners: { type: 'array', items: ownership, description: '历任负责人 / every owner, oldest first' },
    mergedInto: nullableId,
    absorbed: {
      type: 'array',
      items: { type: 'string' },
      description: '已并入本客户的重复客户 / duplicates merged into this one',
    },
  },
};

export const CUSTOMER_LIST_RESPONSE = {
  type: 'array',
  items: {
    type: 'object',
    required: ['customerId', 'name', 'status', 'grade', 'ownerId', 'owner', 'divisionId', 'registeredOn'],
    properties: {
      customerId: { type: 'string' },
      name: { type: 'string', example: '华信科技（上海）有限公司' },
      status: { type: 'string', enum: [...CUSTOMER_STATUSES] },
      grade: { type: 'string', enum: [...GRADES, 'ungraded'], description: '客户等级（ungraded 未评级）' },
      ownerId: nullableId,
      owner: {
        type: 'string',
        example: '李娜（p-li-na）',
        description: '负责人姓名 / the owner as people name them',
      },
      divisionId: nullableId,
      registeredOn: date,
    },
  },
};

export const CUSTOMER_HISTORY_RESPONSE = {
  type: 'array',
  items: {
    type: 'object',
    required: ['customerId', 'version', 'type', 'recordedAt', 'recordedBy', 'data'],
    properties: {
      customerId: {
        type: 'string',
        description:
          '该步骤所属的客户记录（合并后含被并入的记录）/ the record the step belongs to (merged records included)',
      },
      version: { type: 'integer', minimum: 1 },
      type: { type: 'string', example: 'CustomerOwnerChanged' },
      recordedAt: { type: 'string', format: 'date-time' },
      recordedBy: { type: 'string', example: '陈志强（p-chen）' },
      data: { type: 'object' },
    },
  },
};

const warning = {
  type: 'object',
  required: ['code', 'customers'],
  properties: {
    code: {
      type: 'string',
      enum: ['shared-phone'],
      description: '电话与其他客户相同（可能重复）/ a phone other customers share',
    },
    customers: {
      type: 'array',
      items: {
        type: 'object',
        required: ['customerId', 'name', 'owner'],
        properties: { customerId: { type: 'string' }, name: { type: 'string' }, owner: { type: 'string' } },
      },
    },
  },
};

const outcome = {
  version: { type: 'integer' },
  events: {
    type: 'array',
    items: {
      type: 'object',
      required: ['id', 'type'],
      properties: { id: { type: 'string' }, type: { type: 'string' } },
    },
  },
};

export const REGISTRATION_RESPONSE = {
  type: 'object',
  required: ['customerId', 'version', 'events', 'warnings'],
  properties: { customerId: { type: 'string' }, ...outcome, warnings: { type: 'array', items: warning } },
};

export const EDIT_RESPONSE = {
  type: 'object',
  required: ['version', 'events', 'warnings'],
  properties: { ...outcome, warnings: { type: 'array', items: warning } },
};

/** What a command over many customers answers: those it went through, and those refused with why. */
export function bulkOutcomeResponse(done: string, refusalExample: string) {
  return {
    type: 'object',
    required: [done, 'refused'],
    properties: {
      [done]: { type: 'array', items: { type: 'string' } },
      refused: {
        type: 'array',
        items: {
          type: 'object',
          required: ['customerId', 'code'],
          properties: {
            customerId: { type: 'string' },
            code: { type: 'string', example: refusalExample },
          },
        },
      },
    },
  };
}

export const BULK_TRANSFER_RESPONSE = bulkOutcomeResponse('transferred', 'transfer-outside-your-division');
