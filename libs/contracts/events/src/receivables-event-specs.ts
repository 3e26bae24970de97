import { type PublishedEventSpec, publishedEventSpec, schemaParts } from '@sales/shared/domain';
import { CONTRACTS_CONTEXT } from './contracts-events';
import { PAYMENT_METHODS } from './receivables-events';

const { businessDate, currency, described, id, minorAmount, nonEmpty, optionalId, text } = schemaParts;

const party = {
  contractId: id('合同（系统编号）', 'Contract id'),
  customerId: id('客户', 'Customer'),
  ownerId: id('合同负责人（业务员）', 'Owner of the contract (the salesperson)'),
  divisionId: optionalId('负责人所在事业部', 'Division of the owner'),
};
const instalmentId = id('付款计划分期（合同内编号）', 'Payment-plan instalment (id within the contract)');
const reason = nonEmpty('原因', 'Reason');

export const RECEIVABLES_EVENT_SPECS: readonly PublishedEventSpec[] = [
  publishedEventSpec({
    context: CONTRACTS_CONTEXT,
    type: 'InvoiceIssued',
    schemaVersion: 1,
    summary: text('开票：按付款计划分期开具发票', 'An invoice issued against a payment-plan instalment'),
    properties: {
      invoiceId: id('发票编号', 'Invoice id'),
      ...party,
      instalmentId,
      amountMinor: minorAmount('发票金额（含税）', 'Invoice amount (tax-inclusive)', 1),
      currency,
      issuedOn: businessDate('开票日期', 'Date of issue'),
      dueOn: businessDate('到期日（不早于开票日期）', 'Due date (not before the date of issue)'),
      issuedBy: id('开票人（财务）', 'Issued by (finance)'),
    },
  }),
  publishedEventSpec({
    context: CONTRACTS_CONTEXT,
    type: 'InvoiceVoided',
    schemaVersion: 1,
    summary: text('红冲：发票作废', 'An invoice voided (红冲)'),
    properties: {
      invoiceId: id('发票编号', 'Invoice id'),
      ...party,
      instalmentId,
      amountMinor: minorAmount('红冲的发票金额', 'Amount of the voided invoice', 1),
      currency,
      voidedOn: businessDate('红冲日期', 'Date voided'),
      reason,
      voidedBy: id('红冲人（财务）', 'Voided by (finance)'),
    },
  }),
  publishedEventSpec({
    context: CONTRACTS_CONTEXT,
    type: 'PaymentReceived',
    schemaVersion: 1,
    summary: text('回款：收到客户付款', 'Money received from the customer on a contract'),
    properties: {
      paymentId: id('回款编号', 'Payment id'),
      ...party,
      amountMinor: minorAmount('回款金额', 'Amount received', 1),
      currency,
      receivedOn: businessDate('到账日期（业务日期）', 'Date received (the business date)'),
      method: described(
        { type: 'string', enum: [...PAYMENT_METHODS] },
        '收款方式：银行转账、承兑汇票、现金、支票、其他',
        'Method: bank transfer, acceptance bill, cash, cheque, other',
      ),
      invoiceId: optionalId(
        '对应发票：登记时指定的发票，未指定时为最先核销的最早到期发票；无则为空',
        'The invoice named, else the oldest due invoice it settled first; null when none',
      ),
      prepayment: described(
        { type: 'boolean' },
        '预收款：到账时合同尚无未作废的发票',
        'Prepayment: no (unvoided) invoice existed on the contract when it came in',
      ),
      recordedBy: id('登记人（财务）', 'Recorded by (finance)'),
    },
  }),
  publishedEventSpec({
    context: CONTRACTS_CONTEXT,
    type: 'PaymentReversed',
    schemaVersion: 1,
    summary: text('回款冲销：撤销（部分）回款', 'A payment undone, fully or in part'),
    properties: {
      paymentId: id('冲销自身的编号', 'The reversal’s own id'),
      reversalOf: id('被冲销的回款', 'The payment undone'),
      ...party,
      amountMinor: minorAmount('冲销金额（正数）', 'Amount undone (positive)', 1),
      currency,
      reversedOn: businessDate('冲销日期（业务日期）', 'Date of the reversal (the business date)'),
      reason,
      recordedBy: id('登记人（财务）', 'Recorded by (finance)'),
    },
  }),
  publishedEventSpec({
    context: CONTRACTS_CONTEXT,
    type: 'InstalmentOverdue',
    schemaVersion: 1,
    summary: text(
      '逾期：付款计划分期到期日已过仍未收齐（每期一次）',
      'A payment-plan instalment not fully received after its due date (once per instalment)',
    ),
    properties: {
      ...party,
      instalmentId,
      name: nonEmpty('分期名称（预付款、到货款、验收款……）', 'Instalment name'),
      dueOn: businessDate('计划到期日', 'Planned due date'),
      amountMinor: minorAmount('分期金额', 'Instalment amount', 1),
      outstandingMinor: minorAmount('逾期未收金额', 'Amount outstanding', 1),
      currency,
      overdueOn: businessDate('逾期起算日（到期日次日或之后的检查日）', 'Day it was found overdue'),
    },
  }),
  publishedEventSpec({
    context: CONTRACTS_CONTEXT,
    type: 'CreditLimitSet',
    schemaVersion: 1,
    summary: text('财务设定客户信用额度', 'Finance set a customer’s credit limit'),
    properties: {
      customerId: id('客户', 'Customer'),
      limitMinor: described(
        { type: ['integer', 'null'], minimum: 0, maximum: Number.MAX_SAFE_INTEGER },
        '信用额度（整数，分，币种见 currency；空为取消额度）',
        'Credit limit (integer minor units, fen; currency in `currency`; null: no limit)',
      ),
      currency,
      setBy: id('设定人（财务）', 'Set by (finance)'),
      setOn: businessDate('设定日期', 'Date set'),
    },
  }),
];
