import {
  type JsonSchema,
  type LocalizedText,
  type PublishedEventSpec,
  publishedEventSpec,
} from '@sales/shared/domain';
import { CUSTOMERS_CONTEXT } from './customers-events';
import { FIELD_WORK_EXPENSE_EVENT_SPECS } from './field-work-expense-event-specs';
import type { FieldWorkPublishedEvent } from './field-work-events';
import { DAY_OUT_REASONS, VISIT_KINDS } from './field-work-labels';
import { businessDate, customerId, described, id, optionalId, text } from './schema-parts';

const spec = (
  type: FieldWorkPublishedEvent['type'],
  schemaVersion: number,
  summary: LocalizedText,
  properties: Record<string, JsonSchema>,
) => publishedEventSpec({ context: CUSTOMERS_CONTEXT, type, schemaVersion, summary, properties });

const personId = id('人员编号', 'Person id');
const divisionId = optionalId(
  '业务日期当天所在事业部（组织树按该日期）',
  'Division on the business date (the org tree as of that date)',
);
const dateTime = (zh: string, en: string) =>
  described(
    { type: 'string', format: 'date-time' },
    `${zh}（ISO-8601，含时区）`,
    `${en} (ISO-8601 with zone)`,
  );
const cadenceDays = (zh: string, en: string, nullable = false) =>
  described(
    { type: nullable ? ['integer', 'null'] : 'integer', minimum: 1, maximum: 365 },
    `${zh}（天）`,
    `${en} (days)`,
  );

export const FIELD_WORK_EVENT_SPECS: readonly PublishedEventSpec[] = [
  spec(
    'VisitLogged',
    1,
    text(
      '业务员登记了一次客户拜访（KPI P4 的原始数据；不含拜访目的、结果等文字）',
      'A salesperson logged a customer visit (raw input of KPI P4; no free text)',
    ),
    {
      visitId: id('拜访编号', 'Visit id'),
      salespersonId: id('拜访的业务员', 'The salesperson who visited'),
      divisionId,
      businessDate: businessDate('拜访日期', 'Date of the visit'),
      visitedAt: dateTime('拜访时间', 'Time of the visit'),
      customerId,
      kind: described(
        { type: 'string', enum: [...VISIT_KINDS] },
        '方式：in-person 面访，phone 电话拜访，joint 联合拜访（P4 只计面访和联合拜访）',
        'Kind: in-person, phone, joint (P4 counts in-person and joint visits only)',
      ),
      coachId: optionalId(
        '联合拜访的教练（业务员的上级经理或副总），其他方式为 null',
        'The coach of a joint visit (a manager or the VP above the salesperson); null otherwise',
      ),
      nextContactOn: described(
        { type: ['string', 'null'], pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
        '计划下次联系日期，可为 null',
        'Planned next contact date, or null',
      ),
    },
  ),
  spec(
    'FieldDayOut',
    1,
    text(
      '某人某天算作外出（本人申报，或当天有面访/联合拜访），当天需外出联系汇报',
      'A day counts as out of office (declared, or an in-person or joint visit that day) and needs check-ins',
    ),
    {
      personId,
      divisionId,
      businessDate: businessDate('外出日期', 'Day out'),
      reason: described(
        { type: 'string', enum: [...DAY_OUT_REASONS] },
        '原因：declared 本人申报，visit 当天有面访或联合拜访',
        'Reason: declared, or visit (an in-person or joint visit that day)',
      ),
      visitId: optionalId('使当天算作外出的拜访（reason 为 visit 时）', 'The visit that made it a day out'),
    },
  ),
  spec(
    'CheckInRecorded',
    1,
    text(
      '外出联系汇报已记录（地点、坐标和备注属个人信息，不发布）',
      'A field check-in was recorded (place, coordinates and note are personal data and not published)',
    ),
    {
      checkInId: id('汇报编号', 'Check-in id'),
      personId,
      divisionId,
      businessDate: businessDate('汇报所属日期', 'Day the check-in is for'),
      recordedAt: dateTime('记录时间（服务器时钟）', 'Recorded time (the server clock)'),
      customerId: optionalId('相关客户，可为 null', 'The customer concerned, or null'),
    },
  ),
  spec(
    'FieldWorkPolicySet',
    1,
    text(
      '业务副总设定了新版外勤规则（各等级回访周期、外出日最少汇报次数）',
      'The VP set a new version of the field-work policy (revisit cadence per grade, check-ins per day out)',
    ),
    {
      version: described(
        { type: 'integer', minimum: 1, maximum: Number.MAX_SAFE_INTEGER },
        '版本号（从 1 起）',
        'Version (from 1)',
      ),
      revisitCadenceDays: described(
        {
          type: 'object',
          properties: {
            A: cadenceDays('A 级客户回访周期', 'Revisit cadence of grade A'),
            B: cadenceDays('B 级客户回访周期', 'Revisit cadence of grade B'),
            C: cadenceDays('C 级客户回访周期', 'Revisit cadence of grade C'),
            D: cadenceDays('D 级客户回访周期', 'Revisit cadence of grade D'),
            ungraded: cadenceDays(
              '未评级（潜在）客户回访周期，null 为不设',
              'Revisit cadence of ungraded (potential) customers; null: none',
              true,
            ),
          },
          required: ['A', 'B', 'C', 'D', 'ungraded'],
          additionalProperties: false,
        },
        '各等级回访周期',
        'Revisit cadence per grade',
      ),
      minimumCheckInsPerDayOut: described(
        { type: 'integer', minimum: 1, maximum: 20 },
        '外出日最少联系汇报次数',
        'Minimum check-ins per day out',
      ),
      effectiveOn: businessDate('生效日期', 'Effective date'),
    },
  ),
  ...FIELD_WORK_EXPENSE_EVENT_SPECS,
];
