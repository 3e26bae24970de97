import { type PublishedEventSpec, publishedEventSpec, schemaParts } from '@sales/shared/domain';
import { HANDOVER_CLEARANCES, HANDOVER_CONTEXT, HANDOVER_ITEM_KINDS } from './handover-events';

const { businessDate, described, id, nonEmpty, optionalId, text } = schemaParts;

const caseId = id('离职交接单号', 'Handover case id');
const personId = id('辞职人员', 'The person resigning');
const lastDay = businessDate('最后工作日', 'Last working day');
const count = (zh: string, en: string) => described({ type: 'integer', minimum: 0 }, zh, en);
const itemRef = described(
  {
    type: 'object',
    properties: {
      kind: described(
        { type: 'string', enum: [...HANDOVER_ITEM_KINDS] },
        '事项类型：customer 客户、contract 合同、form 合同领用单、accounts 账目结清、sign-off 市场部主管签字',
        'Kind: customer, contract, form (contract form), accounts (settled), sign-off (supervisor)',
      ),
      id: nonEmpty(
        '客户编号、合同编号或合同领用单编号；账目与签字为交接单号',
        'Customer id, contract id or form number; the case id for accounts and sign-off',
      ),
    },
    required: ['kind', 'id'],
    additionalProperties: false,
  },
  '交接清单中的一项',
  'One item of the checklist',
);

/** handover's published events (`sales.handover.events`). */
export const HANDOVER_EVENT_SPECS: readonly PublishedEventSpec[] = [
  publishedEventSpec({
    context: HANDOVER_CONTEXT,
    type: 'ResignationNoticed',
    schemaVersion: 1,
    summary: text(
      '辞职申请：离职交接开始（至少提前 30 天）',
      'A resignation noticed: the handover case opened (at least 30 days ahead)',
    ),
    properties: {
      caseId,
      personId,
      lastDay,
      noticedOn: businessDate('提出日期', 'Date of notice'),
      noticedBy: id('提出人（本人、其上级或副总）', 'Filed by (the person, their manager or the VP)'),
      supervisorId: optionalId('提出时的直属上级', 'Their manager when the notice was filed'),
      openItems: count('交接开始时清单中的事项数', 'Items on the checklist when the case opened'),
    },
  }),
  publishedEventSpec({
    context: HANDOVER_CONTEXT,
    type: 'HandoverItemCleared',
    schemaVersion: 1,
    summary: text('交接清单中的一项已完成', 'One checklist item cleared'),
    properties: {
      caseId,
      personId,
      item: itemRef,
      how: described(
        { type: 'string', enum: [...HANDOVER_CLEARANCES] },
        '完成方式：transferred 移交同事、pooled 退回公海、merged 客户合并、closed 合同结清或终止、used/voided/returned 合同使用、作废、交回，settled 财务确认结清，signed 主管签字',
        'How: transferred to a colleague, pooled, merged, closed (contract finished or terminated), used/voided/returned (form), settled (finance), signed (supervisor)',
      ),
      toPersonId: optionalId('接收的同事（客户、合同移交时）', 'The colleague it went to (transfers only)'),
      clearedOn: businessDate('完成日期', 'Date cleared'),
      remaining: count('尚未完成的事项数', 'Items still open'),
    },
  }),
  publishedEventSpec({
    context: HANDOVER_CONTEXT,
    type: 'HandoverCompleted',
    schemaVersion: 1,
    summary: text('离职交接完成：清单已清空', 'Handover completed: the checklist is empty'),
    properties: {
      caseId,
      personId,
      lastDay,
      completedOn: businessDate('完成日期', 'Date completed'),
      completedBy: id('确认完成的人', 'Completed by'),
    },
  }),
  publishedEventSpec({
    context: HANDOVER_CONTEXT,
    type: 'LeftWithoutHandover',
    schemaVersion: 1,
    summary: text(
      '离职处理：未完成交接即离职（副总登记，列明未完成事项）',
      'Left without handover (recorded by the VP, with what was left open)',
    ),
    properties: {
      caseId,
      personId,
      lastDay,
      recordedOn: businessDate('登记日期', 'Date recorded'),
      recordedBy: id('登记人（副总）', 'Recorded by (the VP)'),
      reason: nonEmpty('原因', 'Reason'),
      openItems: described(
        { type: 'array', items: itemRef },
        '离职时尚未完成的事项',
        'Items still open when the person left',
      ),
    },
  }),
];
