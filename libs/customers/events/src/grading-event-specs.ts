import { type JsonSchema, type LocalizedText, publishedEventSpec } from '@sales/shared/domain';
import { CUSTOMERS_CONTEXT, GRADES } from './customers-events';
import { GRADE_CHANGE_REASONS, type GradingPublishedEvent } from './grading-events';
import { businessDate, currency, customerId, described, minorAmount, text } from './schema-parts';

const spec = (
  type: GradingPublishedEvent['type'],
  schemaVersion: number,
  summary: LocalizedText,
  properties: Record<string, JsonSchema>,
) => publishedEventSpec({ context: CUSTOMERS_CONTEXT, type, schemaVersion, summary, properties });

const grade = (zh: string, en: string, ungraded = false) =>
  described(
    { type: 'string', enum: ungraded ? [...GRADES, 'ungraded'] : [...GRADES] },
    `${zh}（A/B/C/D${ungraded ? '，ungraded 未评级' : ''}）`,
    `${en} (A/B/C/D${ungraded ? ', or ungraded' : ''})`,
  );

const policyVersion = (zh: string, en: string, minimum: number) =>
  described({ type: 'integer', minimum, maximum: Number.MAX_SAFE_INTEGER }, zh, en);

const threshold = (g: string) =>
  minorAmount(`${g} 级下限（回款合计 ≥ 此值）`, `Lower bound of grade ${g} (window total ≥ this)`, 1);

export const GRADING_EVENT_SPECS = [
  spec(
    'CustomerGradeChanged',
    1,
    text('客户等级按回款变更（含原因）', 'A customer’s grade by cash inflow changed, with the reason'),
    {
      customerId,
      previousGrade: grade('原等级', 'Previous grade', true),
      grade: grade('新等级', 'New grade'),
      windowTotalMinor: minorAmount(
        '统计窗口内回款合计（冲销计为负数，可能为负）',
        'Payments in the window, reversals counted negatively (may be negative)',
        -Number.MAX_SAFE_INTEGER,
      ),
      currency,
      windowStart: businessDate('统计窗口首日（含）', 'First day of the window (included)'),
      windowEnd: businessDate(
        '统计窗口末日（含，即评定日）',
        'Last day of the window (included: the day graded)',
      ),
      reasonKind: described(
        { type: 'string', enum: [...GRADE_CHANGE_REASONS] },
        '原因：activation 首份合同成交，payment 收到回款，payment-reversal 回款冲销，window-slide 统计窗口滑动，policy 评级政策调整',
        'Reason: activation, payment, payment-reversal, window-slide, policy',
      ),
      reasonRef: described(
        { type: 'string', minLength: 1 },
        '原因所指：合同编号、回款编号、评定日期或评级政策版本号',
        'What the reason refers to: the contract id, the payment id, the review date or the policy version',
      ),
      policyVersion: policyVersion(
        '计算所用的评级政策版本（0 为系统默认政策）',
        'Grading policy version used (0: the built-in default)',
        0,
      ),
      changedOn: businessDate('变更日期', 'Date of the change'),
    },
  ),
  spec(
    'GradingPolicySet',
    1,
    text('业务副总设定了新版评级政策', 'The VP set a new version of the grading policy'),
    {
      version: policyVersion('政策版本号（从 1 起）', 'Policy version (from 1)', 1),
      windowMonths: described(
        { type: 'integer', minimum: 1, maximum: 36 },
        '统计窗口（月，滚动）',
        'Trailing window in months',
      ),
      thresholds: described(
        {
          type: 'object',
          properties: { A: threshold('A'), B: threshold('B'), C: threshold('C') },
          required: ['A', 'B', 'C'],
          additionalProperties: false,
        },
        '各等级回款下限（A > B > C；低于 C 为 D 级）',
        'Lower bounds per grade (A > B > C; below C is grade D)',
      ),
      currency,
      effectiveOn: businessDate('生效日期', 'Effective date'),
    },
  ),
];
