import { type JsonSchema, type LocalizedText, publishedEventSpec } from '@sales/shared/domain';
import { CUSTOMERS_CONTEXT } from './customers-events';
import type { FieldWorkPublishedEvent } from './field-work-events';
import { EXPENSE_CATEGORIES } from './field-work-labels';
import { businessDate, currency, described, id, minorAmount, optionalId, text } from './schema-parts';

const spec = (
  type: FieldWorkPublishedEvent['type'],
  schemaVersion: number,
  summary: LocalizedText,
  properties: Record<string, JsonSchema>,
) => publishedEventSpec({ context: CUSTOMERS_CONTEXT, type, schemaVersion, summary, properties });

const expenseKey = {
  expenseId: id('费用编号', 'Expense id'),
  personId: id('发生费用的人员', 'The person who spent it'),
  divisionId: optionalId(
    '费用日期当天所在事业部（组织树按该日期）',
    'Division on the expense date (the org tree as of that date)',
  ),
  businessDate: businessDate('费用日期', 'Date of the expense'),
};

const expenseFacts = {
  ...expenseKey,
  category: described(
    { type: 'string', enum: [...EXPENSE_CATEGORIES] },
    '类别：travel 差旅，entertainment 招待，transport 交通，telecom 通讯，gifts 礼品，other 其他',
    'Category: travel, entertainment, transport, telecom, gifts, other',
  ),
  amountMinor: minorAmount('金额', 'Amount', 1),
  currency,
  customerId: optionalId('相关客户，可为 null', 'The customer concerned, or null'),
};

/** C5 expenses' published events, part of the field-work catalogue. */
export const FIELD_WORK_EXPENSE_EVENT_SPECS = [
  spec(
    'ExpenseRecorded',
    1,
    text('人员登记了一笔费用，等待上级审批', 'A person recorded an expense; it awaits their manager'),
    expenseFacts,
  ),
  spec(
    'ExpenseApproved',
    1,
    text(
      '上级批准了一笔费用（KPI P7 费用与预算对比的数据）',
      'A manager approved an expense (what KPI P7 counts against the expense budget)',
    ),
    {
      ...expenseFacts,
      approvedBy: id('批准人', 'Approved by'),
      approvedOn: businessDate('批准日期', 'Date of approval'),
      selfApproved: described(
        { type: 'boolean' },
        '组织树顶端、无上级的人批准了自己的费用',
        'The top of the tree, with nobody above, approved their own expense',
      ),
    },
  ),
  spec(
    'ExpenseRejected',
    1,
    text('上级驳回了一笔费用（原因不发布）', 'A manager rejected an expense (the reason is not published)'),
    {
      ...expenseKey,
      rejectedBy: id('驳回人', 'Rejected by'),
      rejectedOn: businessDate('驳回日期', 'Date of rejection'),
    },
  ),
];
