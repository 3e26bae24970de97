import { AGEING_BUCKETS, type InstalmentStatus } from '@sales/contracts/domain';
import { PAYMENT_METHODS } from '@sales/contracts/events';
import { AGEING_GROUPS } from './ageing.query';

/** What the receivables routes answer, for the OpenAPI document. */
const date = { type: 'string', format: 'date', example: '2027-03-31' };

const text = { type: 'string' };
const minor = (description: string) => ({
  type: 'integer',
  description: `${description}（整数，分；币种见 currency）/ integer minor units (fen)`,
});
const yuan = (description: string) => ({
  type: 'string',
  description: `${description}（元）`,
  example: '1,000.00 元',
});
const object = (properties: Record<string, object>, nullable = false) => ({
  type: 'object',
  required: Object.keys(properties),
  properties,
  ...(nullable ? { nullable: true } : {}),
});
const events = {
  type: 'array',
  description: '本次记录的事件（重试同一编号时为空）/ events recorded (none for a retry under the same id)',
  items: object({ id: text, type: text }),
};
const outcome = (idField: string, description: string) =>
  object({ version: { type: 'integer', minimum: 0 }, events, [idField]: { type: 'string', description } });

export const INVOICE_ISSUED_RESPONSE = outcome('invoiceId', '发票编号 invoice id');
export const PAYMENT_RECORDED_RESPONSE = outcome('paymentId', '回款（或冲销）编号 payment (or reversal) id');
export const COMMAND_RESPONSE = object({ version: { type: 'integer', minimum: 0 }, events });

const STATUSES: readonly InstalmentStatus[] = ['unpaid', 'partly_paid', 'paid', 'overdue'];
const allocation = object({ invoiceId: text, amountMinor: minor('核销金额') });

export const RECEIVABLE_RESPONSE = object({
  contractId: text,
  customerId: text,
  ownerId: text,
  divisionId: { ...text, nullable: true },
  status: { type: 'string', enum: ['open', 'terminated'] },
  asOf: date,
  currency: { type: 'string', example: 'CNY' },
  amountMinor: minor('合同金额'),
  receivedMinor: minor('截至该日实收（回款减冲销）'),
  outstandingMinor: minor('未收'),
  amount: yuan('合同金额'),
  received: yuan('实收'),
  outstanding: yuan('未收'),
  allocationRule: text,
  instalments: {
    type: 'array',
    description: '按到期日先后 / in due-date order',
    items: object({
      instalmentId: text,
      name: text,
      dueOn: date,
      amountMinor: minor('分期金额'),
      receivedMinor: minor('已冲抵'),
      outstandingMinor: minor('未收'),
      status: { type: 'string', enum: [...STATUSES], description: '未付、部分付款、已付、逾期' },
      daysOverdue: { type: 'integer', description: '逾期天数（0 或负数为未逾期）' },
      outstanding: yuan('未收'),
    }),
  },
  invoices: {
    type: 'array',
    items: object({
      invoiceId: text,
      instalmentId: text,
      amountMinor: minor('发票金额'),
      issuedOn: date,
      dueOn: date,
      settledMinor: minor('已核销'),
      voided: object({ on: date, reason: text }, true),
      status: { type: 'string', enum: ['open', 'partly_settled', 'settled', 'voided'] },
    }),
  },
  payments: {
    type: 'array',
    items: object({
      paymentId: text,
      amountMinor: minor('回款金额'),
      receivedOn: date,
      method: { type: 'string', enum: [...PAYMENT_METHODS] },
      invoiceId: { ...text, nullable: true },
      allocations: { type: 'array', items: allocation },
      prepayment: { type: 'boolean' },
      reversedMinor: minor('已冲销'),
    }),
  },
  reversals: {
    type: 'array',
    items: object({
      paymentId: text,
      reversalOf: text,
      amountMinor: minor('冲销金额'),
      reversedOn: date,
      reason: text,
    }),
  },
  overdueAnnounced: {
    type: 'array',
    items: text,
    description: '已发布逾期事件的分期 / instalments announced overdue',
  },
});

const buckets = object(Object.fromEntries(AGEING_BUCKETS.map((b) => [b, minor(b)])));

export const AGEING_RESPONSE = object({
  asOf: date,
  groupBy: { type: 'string', enum: [...AGEING_GROUPS] },
  rule: text,
  buckets: { type: 'array', items: { type: 'string', enum: [...AGEING_BUCKETS] } },
  rows: {
    type: 'array',
    items: {
      type: 'object',
      description: '每行另有 contractId / customerId / ownerId / divisionId 之一（按 groupBy）',
      required: ['name', 'currency', 'contracts', 'buckets', 'totalMinor', 'total'],
      properties: {
        contractId: text,
        customerId: text,
        ownerId: text,
        divisionId: { ...text, nullable: true },
        name: { ...text, nullable: true },
        currency: text,
        contracts: { type: 'array', items: text },
        buckets,
        totalMinor: minor('应收合计'),
        total: yuan('应收合计'),
      },
    },
  },
});

export const CREDIT_RESPONSE = object({
  customerId: text,
  limitMinor: { ...minor('信用额度'), nullable: true },
  openReceivablesMinor: minor('未收应收'),
  currency: text,
  limit: { ...yuan('信用额度'), nullable: true },
  openReceivables: yuan('未收应收'),
  headroomMinor: { ...minor('剩余额度'), nullable: true },
});
