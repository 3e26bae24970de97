import type { KpiFact, SaleFact } from '@sales/kpi/projections';
import { approvedTargets, divisionCreated, hired, level, origin } from './kpi-facts.fixture';

/*
 * A small department's first quarter of 2027, as facts (amounts in fen):
 * 华东 d-east: 陈志强 p-chen (manager), 李娜 p-li, 王磊 p-wang; 华南 d-south: 赵敏 p-zhao; 副总 p-vp;
 * 财务 p-fin.
 * - k1 李娜 01-10: LED 1,000,000 元 (不含税 884,955.75) + 安装 130,000 元 (119,266.06), cost 700,000.
 * - k2 王磊 02-15: LED 500,000 元 (442,477.88), cost 300,000; terminated 03-20.
 * - k3 赵敏 03-05: LED 800,000 元 (707,964.60), cost 500,000.
 * - k1's invoice i1 500,000 元 due 02-15, i2 300,000 元 due 04-30; paid 200,000 元 on 02-10, and
 *   250,000 元 dated 03-15 but entered at 00:30 on 1 April in Shanghai (16:30 UTC on 31 March).
 */
const sale = (
  contractId: string,
  personId: string,
  divisionId: string,
  signedOn: string,
  lines: [string, number, number][],
  costEstimateMinor: number,
): SaleFact => ({
  ...origin(signedOn, 'ContractSigned', 'contracts'),
  kind: 'sale',
  contractId,
  customerId: `c-${contractId}`,
  personId,
  divisionId,
  currency: 'CNY',
  amountMinor: lines.reduce((s, [, a]) => s + a, 0),
  amountExclusiveMinor: lines.reduce((s, [, , x]) => s + x, 0),
  costEstimateMinor,
  lines: lines.map(([productLineId, amountMinor, amountExclusiveMinor]) => ({
    productLineId,
    amountMinor,
    amountExclusiveMinor,
  })),
});

const li = { personId: 'p-li', divisionId: 'd-east' };
const invoice = (invoiceId: string, amountMinor: number, issuedOn: string, dueOn: string): KpiFact => ({
  ...origin(issuedOn, 'InvoiceIssued', 'contracts'),
  kind: 'invoice',
  invoiceId,
  contractId: 'k1',
  customerId: 'c1',
  ...li,
  amountMinor,
  currency: 'CNY',
  issuedOn,
  dueOn,
});
const payment = (paymentId: string, amountMinor: number, on: string, recordedAt?: string): KpiFact => ({
  ...origin(on, 'PaymentReceived', 'contracts', recordedAt),
  kind: 'payment',
  paymentId,
  reversalOf: null,
  contractId: 'k1',
  customerId: 'c1',
  ...li,
  amountMinor,
  currency: 'CNY',
  prepayment: false,
});
const visit = (
  personId: string,
  on: string,
  customerId: string,
  visitKind: string,
  coachId: string | null = null,
) =>
  ({
    ...origin(on, 'VisitLogged', 'customers'),
    kind: 'visit',
    visitId: `v-${personId}-${on}-${customerId}-${visitKind}`,
    personId,
    divisionId: 'd-east',
    customerId,
    visitKind,
    coachId,
  }) as KpiFact;
const registered = (customerId: string, on: string, ownerId: string, divisionId: string): KpiFact => ({
  ...origin(on, 'CustomerRegistered', 'customers'),
  kind: 'customer-registered',
  customerId,
  ownerId,
  divisionId,
});

export const LATE_PAYMENT_RECORDED_AT = '2027-03-31T16:30:00.000Z';

export const DEPARTMENT_FACTS: readonly KpiFact[] = [
  divisionCreated('d-east', '华东事业部'),
  divisionCreated('d-south', '华南事业部'),
  hired('p-vp', '刘洋', 'vp', null),
  hired('p-chen', '陈志强', 'division_manager', 'd-east'),
  hired('p-li', '李娜', 'salesperson', 'd-east'),
  hired('p-wang', '王磊', 'salesperson', 'd-east'),
  hired('p-zhao', '赵敏', 'salesperson', 'd-south'),
  hired('p-fin', '孙丽', 'finance', null),
  approvedTargets([
    {
      node: 'company',
      targets: {
        salesAmount: { realistic: level(450_000_000), stretch: level(600_000_000) },
      },
    },
    {
      node: 'division:d-east',
      targets: { salesAmount: { realistic: level(300_000_000), stretch: level(360_000_000) } },
    },
    {
      node: 'salesperson:p-li',
      targets: {
        salesAmount: { realistic: level(120_000_000), stretch: level(150_000_000) },
        grossMargin: { realistic: level(30_000_000), stretch: level(36_000_000) },
        collections: { realistic: level(60_000_000), stretch: level(90_000_000) },
        expenseBudget: { realistic: level(3_000_000), stretch: level(3_000_000) },
      },
    },
  ]),
  sale(
    'k1',
    'p-li',
    'd-east',
    '2027-01-10',
    [
      ['led', 100_000_000, 88_495_575],
      ['installation', 13_000_000, 11_926_606],
    ],
    70_000_000,
  ),
  sale('k2', 'p-wang', 'd-east', '2027-02-15', [['led', 50_000_000, 44_247_788]], 30_000_000),
  sale('k3', 'p-zhao', 'd-south', '2027-03-05', [['led', 80_000_000, 70_796_460]], 50_000_000),
  { ...origin('2027-03-20', 'ContractTerminated', 'contracts'), kind: 'termination', contractId: 'k2' },
  invoice('i1', 50_000_000, '2027-01-15', '2027-02-15'),
  invoice('i2', 30_000_000, '2027-03-01', '2027-04-30'),
  payment('pay1', 20_000_000, '2027-02-10'),
  payment('pay2', 25_000_000, '2027-03-15', LATE_PAYMENT_RECORDED_AT),
  ...[
    ['x1', '2027-01-20', 500_000],
    ['x2', '2027-02-10', 700_000],
  ].map(
    ([expenseId, on, amountMinor]) =>
      ({
        ...origin(on as string, 'ExpenseApproved', 'customers'),
        kind: 'expense',
        expenseId,
        ...li,
        amountMinor,
        currency: 'CNY',
      }) as KpiFact,
  ),
  visit('p-li', '2027-02-01', 'c1', 'in-person'),
  visit('p-li', '2027-02-01', 'c1', 'in-person'),
  visit('p-li', '2027-02-02', 'c2', 'phone'),
  visit('p-li', '2027-02-03', 'c2', 'joint', 'p-chen'),
  visit('p-li', '2027-02-20', 'c3', 'in-person'),
  visit('p-wang', '2027-02-05', 'c9', 'in-person'),
  registered('c1', '2027-01-05', 'p-li', 'd-east'),
  registered('c2', '2027-02-01', 'p-li', 'd-east'),
  registered('c3', '2026-12-01', 'p-wang', 'd-east'),
  registered('c4', '2027-01-10', 'p-zhao', 'd-south'),
  {
    ...origin('2027-03-01', 'CustomerTransferred', 'customers'),
    kind: 'customer-owner',
    customerId: 'c3',
    ownerId: 'p-li',
    divisionId: 'd-east',
  },
  {
    ...origin('2027-01-10', 'CustomerActivated', 'customers'),
    kind: 'customer-activated',
    customerId: 'c1',
    contractId: 'k1',
  },
  {
    ...origin('2027-03-05', 'CustomerActivated', 'customers'),
    kind: 'customer-activated',
    customerId: 'c4',
    contractId: 'k3',
  },
  {
    ...origin('2027-02-10', 'CustomerGradeChanged', 'customers'),
    kind: 'customer-grade',
    customerId: 'c1',
    grade: 'B',
  },
  { ...origin('2027-03-02', 'DayOutRecorded', 'customers'), kind: 'day-out', ...li },
  { ...origin('2027-03-02', 'CheckedIn', 'customers'), kind: 'check-in', ...li, customerId: null },
  { ...origin('2027-03-03', 'DayOutRecorded', 'customers'), kind: 'day-out', ...li },
];
