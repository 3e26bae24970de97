import { DAY_OUT_REASONS, GRADES, VISIT_KINDS } from '@sales/customers/events';

/** What the visit, revisit, check-in and policy routes answer, for the OpenAPI document. */
const date = { type: 'string', format: 'date', example: '2026-03-16' };
const nullableDate = { ...date, nullable: true };
const text = (description: string) => ({ type: 'string', description });
const id = (description: string) => ({ type: 'string', description });
const nullableId = (description: string) => ({ type: 'string', nullable: true, description });
const outcome = {
  version: { type: 'integer', minimum: 1 },
  events: {
    type: 'array',
    items: {
      type: 'object',
      required: ['id', 'type'],
      properties: { id: { type: 'string' }, type: { type: 'string' } },
    },
  },
};

export const VISIT_LOGGED_RESPONSE = {
  type: 'object',
  required: ['version', 'events', 'visitId', 'date'],
  properties: {
    ...outcome,
    visitId: id('拜访编号 visit id'),
    date: { ...date, description: '拜访的业务日期' },
  },
};

export const CHECK_IN_RESPONSE = {
  type: 'object',
  required: ['version', 'events', 'checkInId', 'date', 'recordedAt'],
  properties: {
    ...outcome,
    checkInId: id('汇报编号 check-in id'),
    date,
    recordedAt: { type: 'string', format: 'date-time', description: '记录时间（服务器时钟）recorded time' },
  },
};

export const DAY_OUT_RESPONSE = {
  type: 'object',
  required: ['version', 'events', 'date'],
  properties: { ...outcome, date },
};

const visit = {
  type: 'object',
  required: ['visitId', 'personId', 'divisionId', 'date', 'visitedAt', 'customerId', 'kind', 'coachId'],
  properties: {
    visitId: id('拜访编号'),
    personId: id('业务员 salesperson'),
    divisionId: nullableId('拜访当天所在事业部 division on the date'),
    date,
    visitedAt: { type: 'string', format: 'date-time' },
    customerId: id('客户编号（按登记时的编号）customer id as logged'),
    kind: { type: 'string', enum: [...VISIT_KINDS] },
    coachId: nullableId('联合拜访的教练 coach'),
    purpose: text('拜访目的 purpose'),
    outcome: text('拜访结果 outcome'),
    nextStep: text('下一步 next step'),
    nextContactOn: nullableDate,
  },
};

export const VISIT_LIST_RESPONSE = {
  type: 'array',
  items: {
    ...visit,
    required: [...visit.required, 'salesperson', 'coach'],
    properties: {
      ...visit.properties,
      salesperson: text('业务员 李娜（p-li）'),
      coach: { type: 'string', nullable: true, description: '教练 陈志强（p-chen）' },
    },
  },
};

export const FIELD_DAY_RESPONSE = {
  type: 'object',
  required: ['personId', 'date', 'divisionId', 'out', 'visits', 'checkIns'],
  properties: {
    personId: id('人员'),
    date,
    divisionId: nullableId('当天所在事业部（尚无记录时为 null）'),
    out: {
      type: 'string',
      enum: [...DAY_OUT_REASONS],
      nullable: true,
      description: '外出原因：declared 申报，visit 面访/联合拜访；null 为未外出',
    },
    visits: { type: 'array', items: visit },
    checkIns: {
      type: 'array',
      items: {
        type: 'object',
        required: ['checkInId', 'recordedAt', 'place', 'coordinates', 'customerId', 'note'],
        properties: {
          checkInId: id('汇报编号'),
          recordedAt: { type: 'string', format: 'date-time' },
          place: text('地点 place'),
          coordinates: {
            type: 'object',
            nullable: true,
            required: ['lat', 'lng'],
            properties: { lat: { type: 'number' }, lng: { type: 'number' } },
          },
          customerId: nullableId('相关客户'),
          note: text('备注'),
        },
      },
    },
  },
};

export const OVERDUE_REVISITS_RESPONSE = {
  type: 'array',
  description: '逾期天数多的在前 / most overdue first',
  items: {
    type: 'object',
    required: [
      'customerId',
      'name',
      'ownerId',
      'owner',
      'divisionId',
      'grade',
      'cadenceDays',
      'lastVisitOn',
      'dueOn',
      'daysOverdue',
    ],
    properties: {
      customerId: id('客户编号'),
      name: text('客户名称 company name'),
      ownerId: id('负责人 owner'),
      owner: text('负责人姓名 李娜（p-li）'),
      divisionId: nullableId('负责人今天所在事业部'),
      grade: { type: 'string', enum: [...GRADES, 'ungraded'] },
      registeredOn: date,
      cadenceDays: { type: 'integer', minimum: 1, description: '回访周期（天）' },
      lastVisitOn: { ...nullableDate, description: '最后拜访日期（从未拜访为 null，按登记日期计）' },
      dueOn: { ...date, description: '应回访日期' },
      daysOverdue: { type: 'integer', minimum: 1, description: '逾期天数 days overdue' },
      nextContactOn: { ...nullableDate, description: '上次拜访计划的下次联系日期' },
    },
  },
};

export const MISSING_CHECK_INS_RESPONSE = {
  type: 'array',
  description: '按日期、人员排序 / by date, then person',
  items: {
    type: 'object',
    required: [
      'personId',
      'name',
      'divisionId',
      'date',
      'reason',
      'checkIns',
      'minimum',
      'missing',
      'dayOver',
    ],
    properties: {
      personId: id('人员'),
      name: text('姓名 李娜（p-li）'),
      divisionId: nullableId('当天所在事业部'),
      date,
      reason: { type: 'string', enum: [...DAY_OUT_REASONS], description: '外出原因' },
      checkIns: { type: 'integer', minimum: 0, description: '已汇报次数' },
      minimum: { type: 'integer', minimum: 1, description: '当天适用的最少次数' },
      missing: { type: 'integer', minimum: 1, description: '缺少次数' },
      dayOver: { type: 'boolean', description: 'false：今天，尚可补报' },
    },
  },
};

const cadence = {
  type: 'object',
  required: ['A', 'B', 'C', 'D', 'ungraded'],
  properties: {
    A: { type: 'integer' },
    B: { type: 'integer' },
    C: { type: 'integer' },
    D: { type: 'integer' },
    ungraded: { type: 'integer', nullable: true },
  },
};
const policy = {
  type: 'object',
  required: ['version', 'revisitCadenceDays', 'minimumCheckInsPerDayOut', 'effectiveOn'],
  properties: {
    version: { type: 'integer', minimum: 0, description: '版本（0 为系统默认）' },
    revisitCadenceDays: cadence,
    minimumCheckInsPerDayOut: { type: 'integer', minimum: 1 },
    effectiveOn: nullableDate,
  },
};

export const FIELD_WORK_POLICY_RESPONSE = {
  type: 'object',
  required: ['current', 'versions'],
  properties: {
    current: policy,
    versions: {
      type: 'array',
      description: '副总设定的各版本，旧的在前',
      items: {
        ...policy,
        required: [...policy.required, 'setBy'],
        properties: { ...policy.properties, setBy: { type: 'string' } },
      },
    },
  },
};
