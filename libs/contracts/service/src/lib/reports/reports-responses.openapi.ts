import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';

/** Response schemas of the reports slice (K2), for OpenAPI. */

const nullableString: SchemaObject = { type: 'string', nullable: true };

export const REPORT_RESPONSE: SchemaObject = {
  type: 'object',
  description: '签约前报备 a pre-signing report',
  properties: {
    reportId: { type: 'string' },
    salespersonId: { type: 'string' },
    salespersonName: { type: 'string' },
    divisionId: nullableString,
    revision: { type: 'integer', description: '报备版本（每次修改加一）revision' },
    status: {
      type: 'string',
      enum: ['submitted', 'returned', 'approved', 'rejected'],
      description: 'submitted 待确认/待审批, returned 退回修改, approved 已批准, rejected 已驳回',
    },
    deal: {
      type: 'object',
      properties: {
        customerId: { type: 'string' },
        currency: { type: 'string' },
        expectedAmountMinor: { type: 'integer', description: '预计金额（含税，分）' },
        products: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              productLineId: { type: 'string' },
              amountMinor: { type: 'integer', nullable: true },
            },
          },
        },
        expectedSigningOn: { type: 'string', format: 'date' },
        expectedDeliveryOn: { type: 'string', format: 'date' },
        technicalRequirements: { type: 'string' },
        installationConditions: { type: 'string' },
      },
    },
    feasibility: {
      type: 'array',
      description: '三项可行性确认：schedule 工期（市场部主管）、technology 技术、installation 安装',
      items: {
        type: 'object',
        properties: {
          aspect: { type: 'string', enum: ['schedule', 'technology', 'installation'] },
          role: { type: 'string' },
          outcome: { type: 'string', enum: ['pending', 'confirmed', 'refused'] },
          by: nullableString,
          byName: nullableString,
          note: nullableString,
          on: nullableString,
        },
      },
    },
    approverId: { ...nullableString, description: '审批人（事业部经理）approver' },
    approverName: nullableString,
    decidedBy: nullableString,
    decidedOn: nullableString,
  },
};

export const REPORT_OUTCOME_RESPONSE: SchemaObject = {
  type: 'object',
  properties: {
    version: { type: 'integer' },
    events: {
      type: 'array',
      items: { type: 'object', properties: { id: { type: 'string' }, type: { type: 'string' } } },
    },
    reportId: { type: 'string' },
    report: REPORT_RESPONSE,
  },
};

export const REPORT_LIST_RESPONSE: SchemaObject = { type: 'array', items: REPORT_RESPONSE };
