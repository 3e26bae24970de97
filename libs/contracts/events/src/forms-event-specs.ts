import { type PublishedEventSpec, publishedEventSpec, schemaParts } from '@sales/shared/domain';
import { CONTRACTS_CONTEXT } from './contracts-events';

const { businessDate, described, id, nonEmpty, optionalId, text } = schemaParts;

const year = described({ type: 'integer', minimum: 2000, maximum: 9999 }, '编号年度', 'Numbering year');
const number = nonEmpty('合同编号（如 HT-2027-0001）', 'Form number (e.g. HT-2027-0001)');
const holderId = id('领用人（销售）', 'Holder (the salesperson it was issued to)');
const division = optionalId('领用人所在事业部', 'Division of the holder');

export const FORMS_EVENT_SPECS: readonly PublishedEventSpec[] = [
  publishedEventSpec({
    context: CONTRACTS_CONTEXT,
    type: 'FormsIssued',
    schemaVersion: 1,
    summary: text('合同领用：向销售发放连续编号的合同', 'Numbered contract forms issued to a salesperson'),
    properties: {
      year,
      numbers: described(
        { type: 'array', minItems: 1, maxItems: 500, items: { type: 'string', minLength: 1 } },
        '本次发放的编号（年度内连续）',
        'Numbers issued (consecutive within the year)',
      ),
      to: holderId,
      division,
      issuedBy: id('发放人（销售内勤）', 'Issued by (the sales admin)'),
      issuedOn: businessDate('发放日期', 'Date of issue'),
    },
  }),
  publishedEventSpec({
    context: CONTRACTS_CONTEXT,
    type: 'FormVoided',
    schemaVersion: 1,
    summary: text('合同作废', 'A contract form voided'),
    properties: {
      year,
      number,
      holderId,
      division,
      voidedBy: id('作废人（领用人或销售内勤）', 'Voided by (the holder or the sales admin)'),
      reason: nonEmpty('作废原因', 'Reason'),
      voidedOn: businessDate('作废日期', 'Date voided'),
    },
  }),
  publishedEventSpec({
    context: CONTRACTS_CONTEXT,
    type: 'FormReturned',
    schemaVersion: 1,
    summary: text('未使用的合同退回', 'An unused contract form returned'),
    properties: {
      year,
      number,
      holderId,
      division,
      receivedBy: id('接收人（销售内勤）', 'Received by (the sales admin)'),
      returnedOn: businessDate('退回日期', 'Date returned'),
    },
  }),
  publishedEventSpec({
    context: CONTRACTS_CONTEXT,
    type: 'FormUsed',
    schemaVersion: 1,
    summary: text('合同已使用（绑定已签合同）', 'A contract form used for a signed contract'),
    properties: {
      year,
      number,
      holderId,
      division,
      contractId: id('合同编号（系统）', 'Contract id'),
      usedOn: businessDate('使用日期（签约日期）', 'Date used (the signing date)'),
    },
  }),
];
