import {
  type PublishedEventSpec,
  publishedEventFactory,
  publishedEventSpec,
  schemaParts,
} from '@sales/shared/domain';
import { APPRAISAL_CONTEXT } from './appraisal-events';
import type { CyclePublishedEvent } from './cycle-events';

const { businessDate, currency, described, id, text } = schemaParts;

const period = described(
  {
    type: 'object',
    additionalProperties: false,
    required: ['kind', 'label', 'from', 'to'],
    properties: {
      kind: described(
        { type: 'string', enum: ['month', 'quarter', 'year'] },
        '周期类型：月、季、年',
        'Kind: month, quarter, year',
      ),
      label: described(
        { type: 'string', pattern: '^\\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$' },
        '期间（如 2027-03、2027-Q1、2027，与 KPI 接口一致）',
        'Period label (e.g. 2027-03, 2027-Q1, 2027, as the KPI API reads it)',
      ),
      from: businessDate('期间首日', 'First day'),
      to: businessDate('期间末日', 'Last day'),
    },
  },
  '考核期间',
  'The appraised period',
);

const subject = described(
  {
    type: 'object',
    additionalProperties: false,
    required: ['kind', 'id'],
    properties: {
      kind: described(
        { type: 'string', enum: ['person', 'division'] },
        '被考核对象：person（业务人员，本人指标）或 division（事业部经理，按事业部指标）',
        'Subject: person (a salesperson, own figures) or division (its manager, on the division’s figures)',
      ),
      id: id('人员或事业部', 'Person or division id'),
    },
  },
  '被考核对象',
  'Subject appraised',
);

const cycleId = id('考核周期', 'Cycle id');
const scheme = {
  schemeId: id('考核办法', 'Scheme id'),
  schemeVersion: described(
    { type: 'integer', minimum: 1 },
    '开启时生效的考核办法版本',
    'Scheme version in force at opening',
  ),
};
const subjects = described(
  { type: 'array', items: subject, minItems: 1 },
  '被考核对象（期末的组织架构）',
  'Subjects (the tree at the period’s end)',
);
const ladderStep = described(
  { type: 'string', enum: ['none', 'help', 'penalty', 'elimination-warning'] },
  '阶梯措施：none 无、help 帮助（须制定辅导计划）、penalty 惩罚、elimination-warning 淘汰预警（由人决定，不自动处理）',
  'Ladder step: none, help (a coaching plan is due), penalty, elimination-warning (a flag for people to decide)',
);
const result = {
  grade: described({ type: 'string', minLength: 1 }, '等级（如 A、B、C、D）', 'Grade (e.g. A, B, C, D)'),
  ladderStep,
  consecutiveMisses: described(
    { type: 'integer', minimum: 0 },
    '连续未达标次数（含本期）',
    'Consecutive misses, this period included',
  ),
};

const spec = (
  type: string,
  summary: ReturnType<typeof text>,
  properties: Parameters<typeof publishedEventSpec>[0]['properties'],
) => publishedEventSpec({ context: APPRAISAL_CONTEXT, type, schemaVersion: 1, summary, properties });

/** The cycle slice's published events (A2). No money: pay stays inside appraisal. */
export const CYCLE_EVENT_SPECS: readonly PublishedEventSpec[] = [
  spec('CycleOpened', text('考核周期已开启', 'An appraisal cycle was opened'), {
    cycleId,
    ...scheme,
    period,
    subjects,
    openedBy: id('开启人（业务副总或市场部主管）', 'Opened by (the VP or the sales admin)'),
    currency,
  }),
  spec(
    'CycleClosed',
    text(
      '考核周期已关账：请 KPI 服务冻结本期各对象的指标（回以 kpi.KpiPeriodClosed）',
      'A cycle was closed: the KPI service freezes the period’s figures of its subjects (answered by kpi.KpiPeriodClosed)',
    ),
    {
      cycleId,
      ...scheme,
      period,
      closedAt: described(
        { type: 'string', format: 'date-time' },
        '关账时间：此前记录的事实计入',
        'Closed at: facts recorded before this instant count',
      ),
      asOf: businessDate('关账日', 'Business date of the close'),
      subjects,
      currency,
    },
  ),
  spec('CycleSubmittedForApproval', text('考核结果已提交审批', 'A cycle’s results await approval'), {
    cycleId,
    period,
    submittedBy: id('提交人', 'Submitted by'),
    approverId: id(
      '审批人（业务副总；副总提交时为其上级）',
      'Approver (the VP; the level above when the VP submitted)',
    ),
  }),
  spec('CycleApproved', text('考核结果已审批通过', 'A cycle’s results were approved'), {
    cycleId,
    period,
    approvedBy: id('审批人', 'Approved by'),
    selfApproval: described(
      { type: 'boolean' },
      '自行审批（提交人即最高层，无上级）',
      'Self-approval (the submitter is the top of the tree, with nobody above)',
    ),
  }),
  spec(
    'AppraisalResultPublished',
    text(
      '考核结果已公布（每个对象一条；不含薪酬数据）',
      'A subject’s appraisal result was published (one per subject; no pay data)',
    ),
    { cycleId, subject, period, ...result },
  ),
  spec('AppealFiled', text('被考核人已提出申诉', 'The person appraised appealed their result'), {
    cycleId,
    subject,
    period,
    filedBy: id('申诉人', 'Filed by'),
  }),
  spec(
    'AppealDecided',
    text('申诉已复核：维持或改判后的结果', 'An appeal was decided: the result upheld or amended'),
    {
      cycleId,
      subject,
      period,
      decidedBy: id('复核人（业务副总）', 'Decided by (the VP)'),
      decision: described(
        { type: 'string', enum: ['upheld', 'amended'] },
        '复核结论：upheld 维持、amended 改判',
        'Decision: upheld or amended',
      ),
      ...result,
    },
  ),
];

/** A published cycle event at its current version (for the cycle publication). */
export const cyclePublishedEvent = publishedEventFactory<CyclePublishedEvent>(CYCLE_EVENT_SPECS);
