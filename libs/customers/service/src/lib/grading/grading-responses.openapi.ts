import { GRADES, GRADE_CHANGE_REASONS } from '@sales/customers/events';

/** What the grading routes answer, for the OpenAPI document. */
const date = { type: 'string', format: 'date', example: '2026-03-10' };
const minor = (description: string) => ({
  type: 'integer',
  description: `${description}（分）/ minor units (fen)`,
});

const policy = {
  type: 'object',
  required: ['version', 'windowMonths', 'thresholds', 'currency', 'effectiveOn'],
  properties: {
    version: {
      type: 'integer',
      minimum: 0,
      description: '版本（0 为系统默认政策）/ version (0: built-in default)',
    },
    windowMonths: { type: 'integer', minimum: 1, maximum: 36 },
    thresholds: {
      type: 'object',
      required: ['A', 'B', 'C'],
      properties: { A: minor('A 级下限'), B: minor('B 级下限'), C: minor('C 级下限') },
    },
    currency: { type: 'string', example: 'CNY' },
    effectiveOn: { ...date, nullable: true },
  },
};

export const GRADING_POLICY_RESPONSE = {
  type: 'object',
  required: ['current', 'versions'],
  properties: {
    current: policy,
    versions: {
      type: 'array',
      description: '副总设定的各版本，旧的在前 / every version the VP set, oldest first',
      items: {
        ...policy,
        required: [...policy.required, 'setBy'],
        properties: { ...policy.properties, setBy: { type: 'string' } },
      },
    },
  },
};

const grade = { type: 'string', enum: [...GRADES] };

export const GRADE_HISTORY_RESPONSE = {
  type: 'object',
  required: ['customerId', 'grade', 'activatedOn', 'policyVersion', 'changes'],
  properties: {
    customerId: {
      type: 'string',
      description: '客户编号（已合并的解析到保留的客户）/ the survivor when merged',
    },
    grade: { type: 'string', enum: [...GRADES, 'ungraded'], description: '当前等级（ungraded 未评级）' },
    activatedOn: { ...date, nullable: true },
    policyVersion: { type: 'integer', minimum: 0 },
    changes: {
      type: 'array',
      description: '等级变更记录，旧的在前 / every grade change, oldest first',
      items: {
        type: 'object',
        required: [
          'previousGrade',
          'grade',
          'windowTotalMinor',
          'currency',
          'windowStart',
          'windowEnd',
          'reason',
          'policyVersion',
          'changedOn',
          'recordedAt',
        ],
        properties: {
          previousGrade: { type: 'string', enum: [...GRADES, 'ungraded'] },
          grade,
          windowTotalMinor: minor('统计窗口内回款合计，冲销计负'),
          currency: { type: 'string', example: 'CNY' },
          windowStart: date,
          windowEnd: date,
          reason: {
            type: 'object',
            required: ['kind', 'ref'],
            properties: {
              kind: { type: 'string', enum: [...GRADE_CHANGE_REASONS] },
              ref: {
                type: 'string',
                description:
                  '合同编号、回款编号、评定日期或政策版本 / contract, payment, review date or policy version',
              },
            },
          },
          policyVersion: { type: 'integer', minimum: 0 },
          changedOn: date,
          recordedAt: { type: 'string', format: 'date-time' },
        },
      },
    },
  },
};
