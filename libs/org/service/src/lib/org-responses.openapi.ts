import { ROLES } from '@sales/shared/domain';

/** What the org reads answer, for the OpenAPI document (the shapes of `@sales/org/events`' OrgTree). */
const date = { type: 'string', format: 'date', example: '2026-01-01' };
const nullableId = { type: 'string', nullable: true };

const PERSON_PROPERTIES = {
  id: { type: 'string', example: 'p-li-na' },
  name: { type: 'string', example: '李娜' },
  role: { type: 'string', enum: [...ROLES] },
  divisionId: nullableId,
  managerId: nullableId,
  loginSubject: {
    type: 'string',
    example: 'p-li-na',
    description:
      '登录身份（令牌中的 sub；默认为人员编号）/ login subject (the token sub; the person id by default)',
  },
  status: { type: 'string', enum: ['active', 'resigning', 'left'] },
  hiredOn: date,
};
const PERSON_REQUIRED = Object.keys(PERSON_PROPERTIES);

const DIVISION_PROPERTIES = {
  id: { type: 'string', example: 'd-east' },
  code: { type: 'string', example: 'EAST' },
  name: { type: 'string', example: '华东事业部' },
  managerId: nullableId,
  members: {
    type: 'array',
    items: { type: 'string' },
    description: '事业部人员（含经理）/ the people of the division, its manager included',
  },
};
const DIVISION_REQUIRED = Object.keys(DIVISION_PROPERTIES);

const person = { type: 'object', required: PERSON_REQUIRED, properties: PERSON_PROPERTIES };

export const ORG_TREE_RESPONSE = {
  type: 'object',
  required: ['asOf', 'divisions', 'people', 'scheduled'],
  properties: {
    asOf: {
      ...date,
      description: '查询日期（默认今天，公司时区）/ the date read at (default today, company zone)',
    },
    scheduled: {
      type: 'array',
      description:
        '查询日期之后才生效的已登记变动（按生效日期）/ changes recorded for later dates, in effective-date order',
      items: {
        type: 'object',
        required: ['type', 'effectiveOn', 'change'],
        properties: {
          type: {
            type: 'string',
            enum: [
              'DivisionCreated',
              'DivisionRenamed',
              'PersonHired',
              'PersonMoved',
              'PersonRoleChanged',
              'PersonStatusChanged',
            ],
          },
          effectiveOn: date,
          change: { type: 'object', description: '变动内容 / what changes' },
        },
      },
    },
    divisions: {
      type: 'array',
      items: { type: 'object', required: DIVISION_REQUIRED, properties: DIVISION_PROPERTIES },
    },
    people: { type: 'array', items: person },
  },
};

export const ORG_DIVISION_RESPONSE = {
  type: 'object',
  required: [...DIVISION_REQUIRED, 'people'],
  properties: { ...DIVISION_PROPERTIES, people: { type: 'array', items: person } },
};

export const ORG_PERSON_RESPONSE = {
  type: 'object',
  required: [...PERSON_REQUIRED, 'reports'],
  properties: {
    ...PERSON_PROPERTIES,
    reports: { type: 'array', items: { type: 'string' }, description: '直属下级 / direct reports' },
  },
};
