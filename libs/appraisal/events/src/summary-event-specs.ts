import { type PublishedEventSpec, publishedEventSpec, schemaParts } from '@sales/shared/domain';
import { APPRAISAL_CONTEXT } from './appraisal-events';

const { businessDate, described, id, optionalId, text } = schemaParts;

const personId = id('总结人（业务员）', 'The salesperson writing it');
const period = described(
  { type: 'string', pattern: '^\\d{4}-(\\d{2}|W\\d{2})$' },
  '总结期间：月 2027-03 或 ISO 周 2027-W09',
  'Summary period: a month (2027-03) or an ISO week (2027-W09)',
);
const dueOn = businessDate('应交日期（期末后 3 天）', 'Due date (3 days after the period ends)');

/** The summary slice's published events (书面总结, A5). */
export const SUMMARY_EVENT_SPECS: readonly PublishedEventSpec[] = [
  publishedEventSpec({
    context: APPRAISAL_CONTEXT,
    type: 'SummarySubmitted',
    schemaVersion: 1,
    summary: text(
      '业务员提交了书面总结（内容与数据不发布）',
      'A salesperson handed in a written summary (content stays internal)',
    ),
    properties: {
      personId,
      divisionId: optionalId('总结人所在事业部', 'Division of the writer'),
      period,
      dueOn,
      submittedOn: businessDate('提交日期', 'Date handed in'),
      late: described({ type: 'boolean' }, '是否逾期提交', 'Handed in after its due date'),
    },
  }),
  publishedEventSpec({
    context: APPRAISAL_CONTEXT,
    type: 'SummaryAcknowledged',
    schemaVersion: 1,
    summary: text(
      '书面总结已由经理或市场部主管签收',
      'A written summary was acknowledged by the manager or sales admin',
    ),
    properties: {
      personId,
      period,
      acknowledgedBy: id('签收人', 'Acknowledged by'),
      acknowledgedOn: businessDate('签收日期', 'Date acknowledged'),
    },
  }),
  publishedEventSpec({
    context: APPRAISAL_CONTEXT,
    type: 'SummaryArchived',
    schemaVersion: 1,
    summary: text('书面总结已存档', 'A written summary was archived'),
    properties: {
      personId,
      period,
      archivedBy: id('存档人', 'Archived by'),
      archivedOn: businessDate('存档日期', 'Date archived'),
    },
  }),
  publishedEventSpec({
    context: APPRAISAL_CONTEXT,
    type: 'SummaryOverdue',
    schemaVersion: 1,
    summary: text(
      '书面总结逾期未交（每人每期一次；通知用）',
      'A written summary is overdue (once per person and period; for notices)',
    ),
    properties: { personId, period, dueOn },
  }),
  publishedEventSpec({
    context: APPRAISAL_CONTEXT,
    type: 'SummaryCadenceSet',
    schemaVersion: 1,
    summary: text(
      '书面总结周期已设定（每周或每月）',
      'The written summaries’ cadence was set (weekly or monthly)',
    ),
    properties: {
      cadence: described(
        { type: 'string', enum: ['weekly', 'monthly'] },
        '周期：weekly 每周，monthly 每月',
        'weekly or monthly',
      ),
      setBy: id('设定人', 'Set by'),
      setOn: businessDate('设定日期', 'Date set'),
    },
  }),
];
