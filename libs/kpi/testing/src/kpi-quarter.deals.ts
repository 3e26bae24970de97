/*
 * The quarter's customers, contracts, invoices and payments as data (amounts in 元; the calls send
 * fen). The expectations (kpi-quarter.expected-*.ts) are worked out by hand from these tables.
 *
 * VAT: a line's tax-exclusive amount = its amount ÷ (1 + rate), rounded half-up to the fen
 * (DOMAIN P2); LED/LCD/控制系统 13%, 安装服务 9% (the catalogue's defaults, also written out).
 *
 *   contract     owner  customer  signed      amount     lines (含税 → 不含税)                               cost       毛利
 *   k-kpi-li-1   李娜   A         2027-01-12  1,239,000  led 1,130,000 → 1,000,000; installation 109,000 → 100,000   700,000    400,000
 *   k-kpi-li-2   李娜   A         2027-01-18    226,000  lcd-wall 226,000 → 200,000                                 150,000     50,000   terminated 2027-03-19
 *   k-kpi-wang-1 王磊   C         2027-01-19    565,000  led 452,000 → 400,000; control 113,000 → 100,000           320,000    180,000
 *   k-kpi-he-1   何芸   E         2027-02-22    393,500  lcd-wall 339,000 → 300,000; installation 54,500 → 50,000   250,000    100,000
 *   k-kpi-li-3   李娜   D         2027-03-05    110,000  led 100,000 → 88,495.58; installation 10,000 → 9,174.31    60,000     37,669.89
 *   k-kpi-li-4   李娜   A         2027-04-01     56,500  control 56,500 → 50,000                                     30,000     20,000
 *
 * k-kpi-li-3's rounding: 10,000,000 fen × 10000 ÷ 11300 = 8,849,557.52… → 8,849,558 fen;
 * 1,000,000 fen × 10000 ÷ 10900 = 917,431.19… → 917,431 fen; 8,849,558 + 917,431 − 6,000,000 = 3,766,989 fen.
 */

export type CustomerKey = 'A' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H';
export type Seller = 'li' | 'wang' | 'he';

/** Who registers whom on which record day (the registration date is that day: the API takes today). */
export const KPI_CUSTOMERS: Readonly<
  Record<CustomerKey, Readonly<{ name: string; owner: Seller; region: string; day: 1 | 3 | 4 }>>
> = {
  A: { name: '华信光电科技有限公司', owner: 'li', region: '上海', day: 1 },
  D: { name: '新世纪广场管理有限公司', owner: 'li', region: '杭州', day: 1 },
  C: { name: '远景会展中心', owner: 'wang', region: '南京', day: 1 },
  E: { name: '南方传媒集团', owner: 'he', region: '广州', day: 1 },
  F: { name: '蓝海国际酒店', owner: 'li', region: '苏州', day: 3 },
  G: { name: '星河物流园', owner: 'wang', region: '无锡', day: 3 },
  H: { name: '金桥医院', owner: 'li', region: '宁波', day: 4 },
};

export type Line = Readonly<{ productLineId: string; amount: number; vatBasisPoints: number }>;
export type Instalment = Readonly<{ name: string; dueOn: string; amount: number }>;

export type Deal = Readonly<{
  contractId: string;
  owner: Seller;
  customer: CustomerKey;
  signedOn: string;
  /** 'report': 签约前报备 confirmed and approved; 'override': the VP signs for the owner, with a reason. */
  approval: 'report' | 'override';
  costEstimate: number;
  lines: readonly Line[];
  /** Instalments i1, i2, … in this order. */
  plan: readonly Instalment[];
}>;

const line = (productLineId: string, amount: number): Line => ({
  productLineId,
  amount,
  vatBasisPoints: productLineId === 'installation' ? 900 : 1300,
});

export const KPI_DEALS = {
  li1: {
    contractId: 'k-kpi-li-1',
    owner: 'li',
    customer: 'A',
    signedOn: '2027-01-12',
    approval: 'report',
    costEstimate: 700_000,
    lines: [line('led', 1_130_000), line('installation', 109_000)],
    plan: [
      { name: '预付款', dueOn: '2027-01-15', amount: 239_000 },
      { name: '到货款', dueOn: '2027-02-26', amount: 600_000 },
      { name: '验收款', dueOn: '2027-05-31', amount: 400_000 },
    ],
  },
  li2: {
    contractId: 'k-kpi-li-2',
    owner: 'li',
    customer: 'A',
    signedOn: '2027-01-18',
    approval: 'override',
    costEstimate: 150_000,
    lines: [line('lcd-wall', 226_000)],
    plan: [
      { name: '预付款', dueOn: '2027-01-25', amount: 100_000 },
      { name: '尾款', dueOn: '2027-03-31', amount: 126_000 },
    ],
  },
  wang1: {
    contractId: 'k-kpi-wang-1',
    owner: 'wang',
    customer: 'C',
    signedOn: '2027-01-19',
    approval: 'report',
    costEstimate: 320_000,
    lines: [line('led', 452_000), line('control', 113_000)],
    plan: [
      { name: '预付款', dueOn: '2027-01-19', amount: 165_000 },
      { name: '到货款', dueOn: '2027-03-15', amount: 400_000 },
    ],
  },
  he1: {
    contractId: 'k-kpi-he-1',
    owner: 'he',
    customer: 'E',
    signedOn: '2027-02-22',
    approval: 'report',
    costEstimate: 250_000,
    lines: [line('lcd-wall', 339_000), line('installation', 54_500)],
    plan: [
      { name: '首付款', dueOn: '2027-03-01', amount: 193_500 },
      { name: '验收款', dueOn: '2027-06-30', amount: 200_000 },
    ],
  },
  li3: {
    contractId: 'k-kpi-li-3',
    owner: 'li',
    customer: 'D',
    signedOn: '2027-03-05',
    approval: 'report',
    costEstimate: 60_000,
    lines: [line('led', 100_000), line('installation', 10_000)],
    plan: [{ name: '全款', dueOn: '2027-04-30', amount: 110_000 }],
  },
  li4: {
    contractId: 'k-kpi-li-4',
    owner: 'li',
    customer: 'A',
    signedOn: '2027-04-01',
    approval: 'report',
    costEstimate: 30_000,
    lines: [line('control', 56_500)],
    plan: [{ name: '全款', dueOn: '2027-04-30', amount: 56_500 }],
  },
} as const satisfies Record<string, Deal>;

export type DealKey = keyof typeof KPI_DEALS;

/*
 * Receivables (K5), recorded by 财务 刘芳. An invoiced amount is a receivable from its due date.
 *
 *   invoice        contract      instalment  amount   issued      due         recorded on day
 *   inv-kpi-li1-1  k-kpi-li-1    i1          239,000  2027-01-12  2027-01-15  2 (01-20)
 *   inv-kpi-li2-1  k-kpi-li-2    i1          100,000  2027-01-18  2027-01-25  2 (01-20)   never paid
 *   inv-kpi-li1-2  k-kpi-li-1    i2          600,000  2027-02-19  2027-02-26  3 (03-22)
 *   inv-kpi-wang-1 k-kpi-wang-1  i1          165,000  2027-02-01  2027-02-01  3 (03-22)   after its prepayment
 *   inv-kpi-wang-2 k-kpi-wang-1  i2          400,000  2027-03-08  2027-03-15  3 (03-22)
 *   inv-kpi-he-1   k-kpi-he-1    i1          193,500  2027-02-22  2027-03-01  3 (03-22)
 *   inv-kpi-li2-2  k-kpi-li-2    i2          126,000  2027-03-01  2027-03-31  3 (03-22)   k-kpi-li-2 terminated 03-19: not yet due, leaves the receivables
 *   inv-kpi-li1-3  k-kpi-li-1    i3          400,000  2027-04-01  2027-05-31  4 (04-02)
 *   inv-kpi-li3-1  k-kpi-li-3    i1          110,000  2027-04-01  2027-04-30  4 (04-02)
 *
 *   payment          contract      amount   received    recorded on day
 *   pay-kpi-li1-1    k-kpi-li-1    239,000  2027-01-15  2 (01-20)   on time (due 01-15)
 *   pay-kpi-wang-pre k-kpi-wang-1  165,000  2027-01-19  2 (01-20)   PREPAYMENT: no invoice on the contract yet
 *   pay-kpi-he-1     k-kpi-he-1    193,500  2027-03-01  3 (03-22)   on time (due 03-01)
 *   pay-kpi-wang-2   k-kpi-wang-1  400,000  2027-03-15  3 (03-22)   on time (due 03-15)
 *   pay-kpi-li1-2    k-kpi-li-1    600,000  2027-03-10  4 (04-02)   LATE: entered on 04-02 with a business date before day 3 (03-22)
 */

export type Invoice = Readonly<{
  invoiceId: string;
  deal: DealKey;
  instalment: number;
  amount: number;
  issuedOn: string;
  dueOn: string;
}>;
export type Payment = Readonly<{ paymentId: string; deal: DealKey; amount: number; receivedOn: string }>;

export const KPI_INVOICES = {
  li1First: {
    invoiceId: 'inv-kpi-li1-1',
    deal: 'li1',
    instalment: 1,
    amount: 239_000,
    issuedOn: '2027-01-12',
    dueOn: '2027-01-15',
  },
  li2First: {
    invoiceId: 'inv-kpi-li2-1',
    deal: 'li2',
    instalment: 1,
    amount: 100_000,
    issuedOn: '2027-01-18',
    dueOn: '2027-01-25',
  },
  li1Second: {
    invoiceId: 'inv-kpi-li1-2',
    deal: 'li1',
    instalment: 2,
    amount: 600_000,
    issuedOn: '2027-02-19',
    dueOn: '2027-02-26',
  },
  wangFirst: {
    invoiceId: 'inv-kpi-wang-1',
    deal: 'wang1',
    instalment: 1,
    amount: 165_000,
    issuedOn: '2027-02-01',
    dueOn: '2027-02-01',
  },
  wangSecond: {
    invoiceId: 'inv-kpi-wang-2',
    deal: 'wang1',
    instalment: 2,
    amount: 400_000,
    issuedOn: '2027-03-08',
    dueOn: '2027-03-15',
  },
  heFirst: {
    invoiceId: 'inv-kpi-he-1',
    deal: 'he1',
    instalment: 1,
    amount: 193_500,
    issuedOn: '2027-02-22',
    dueOn: '2027-03-01',
  },
  li2Second: {
    invoiceId: 'inv-kpi-li2-2',
    deal: 'li2',
    instalment: 2,
    amount: 126_000,
    issuedOn: '2027-03-01',
    dueOn: '2027-03-31',
  },
  li1Third: {
    invoiceId: 'inv-kpi-li1-3',
    deal: 'li1',
    instalment: 3,
    amount: 400_000,
    issuedOn: '2027-04-01',
    dueOn: '2027-05-31',
  },
  li3First: {
    invoiceId: 'inv-kpi-li3-1',
    deal: 'li3',
    instalment: 1,
    amount: 110_000,
    issuedOn: '2027-04-01',
    dueOn: '2027-04-30',
  },
} as const satisfies Record<string, Invoice>;

export const KPI_PAYMENTS = {
  li1OnTime: { paymentId: 'pay-kpi-li1-1', deal: 'li1', amount: 239_000, receivedOn: '2027-01-15' },
  wangPrepayment: { paymentId: 'pay-kpi-wang-pre', deal: 'wang1', amount: 165_000, receivedOn: '2027-01-19' },
  heOnTime: { paymentId: 'pay-kpi-he-1', deal: 'he1', amount: 193_500, receivedOn: '2027-03-01' },
  wangOnTime: { paymentId: 'pay-kpi-wang-2', deal: 'wang1', amount: 400_000, receivedOn: '2027-03-15' },
  li1Late: { paymentId: 'pay-kpi-li1-2', deal: 'li1', amount: 600_000, receivedOn: '2027-03-10' },
} as const satisfies Record<string, Payment>;

/** 合同终止 (VP-approved): requested by 李娜 on day 3, dated 2027-03-19. */
export const KPI_TERMINATION = {
  deal: 'li2',
  terminationOn: '2027-03-19',
  reason: '客户项目取消，双方协商终止',
} as const satisfies Readonly<{ deal: DealKey; terminationOn: string; reason: string }>;
