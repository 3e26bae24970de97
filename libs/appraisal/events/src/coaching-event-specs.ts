import { type PublishedEventSpec, publishedEventSpec, schemaParts } from '@sales/shared/domain';
import { APPRAISAL_CONTEXT } from './appraisal-events';

const { businessDate, described, id, optionalId, text } = schemaParts;

const personId = id('被辅导的人员', 'The person coached');
const planId = id('改善计划编号（人员内）', 'Improvement plan id (within the person)');
const followUpId = id('追踪编号（计划内）', 'Follow-up id (within the plan)');

/** The coaching slice's published events (培训和指导, A4). */
export const COACHING_EVENT_SPECS: readonly PublishedEventSpec[] = [
  publishedEventSpec({
    context: APPRAISAL_CONTEXT,
    type: 'OneOnOneHeld',
    schemaVersion: 1,
    summary: text(
      '经理与业务员进行了一对一沟通（内容不发布）',
      'A one-on-one was held (its content stays internal)',
    ),
    properties: {
      personId,
      sessionId: id('沟通编号', 'Session id'),
      coachId: id('辅导人（经理或副总）', 'Coach (manager or VP)'),
      heldOn: businessDate('沟通日期', 'Date held'),
    },
  }),
  publishedEventSpec({
    context: APPRAISAL_CONTEXT,
    type: 'ImprovementPlanOpened',
    schemaVersion: 1,
    summary: text(
      '制订了改善计划（经理制订，或考核阶梯的“帮助”一步自动开启；目标文字不发布）',
      'An improvement plan was opened (by a manager, or by the appraisal ladder’s help step; goals stay internal)',
    ),
    properties: {
      personId,
      planId,
      coachId: optionalId('辅导人；组织树尚无上级时为 null', 'Coach; null while the tree names none'),
      startsOn: businessDate('开始日期', 'Start date'),
      followUpDates: described(
        { type: 'array', items: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } },
        '追踪检查日期（YYYY-MM-DD）',
        'Follow-up dates (YYYY-MM-DD)',
      ),
      cycleId: optionalId(
        '开启它的考核周期（“帮助”一步）；经理制订的为 null',
        'The cycle whose help step opened it; null when a manager did',
      ),
      openedBy: described(
        { type: 'string', enum: ['ladder', 'manager'] },
        '开启方式：ladder 考核阶梯，manager 经理',
        'Opened by: ladder (appraisal) or manager',
      ),
    },
  }),
  publishedEventSpec({
    context: APPRAISAL_CONTEXT,
    type: 'ImprovementFollowUpScheduled',
    schemaVersion: 1,
    summary: text('安排了改善计划的追踪检查', 'A follow-up of an improvement plan was scheduled'),
    properties: { personId, planId, followUpId, dueOn: businessDate('检查日期', 'Due date') },
  }),
  publishedEventSpec({
    context: APPRAISAL_CONTEXT,
    type: 'ImprovementFollowUpHeld',
    schemaVersion: 1,
    summary: text('进行了追踪检查（进展文字不发布）', 'A follow-up was held (its findings stay internal)'),
    properties: {
      personId,
      planId,
      followUpId,
      dueOn: businessDate('计划检查日期', 'Date it was due'),
      heldOn: businessDate('实际检查日期', 'Date held'),
    },
  }),
  publishedEventSpec({
    context: APPRAISAL_CONTEXT,
    type: 'ImprovementPlanClosed',
    schemaVersion: 1,
    summary: text('改善计划结束，并记录结果', 'An improvement plan was closed with its outcome'),
    properties: {
      personId,
      planId,
      outcome: described(
        { type: 'string', enum: ['improved', 'partly-improved', 'not-improved'] },
        '结果：improved 已改善，partly-improved 部分改善，not-improved 未改善',
        'Outcome: improved, partly improved, not improved',
      ),
      closedOn: businessDate('结束日期', 'Date closed'),
      closedBy: id('结束人', 'Closed by'),
    },
  }),
];
