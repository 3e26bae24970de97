import { setWorkCalendar2027 } from './kpi-calendar-2027';
import { issueInvoice, recordPayment, signDeal, terminateDeal } from './kpi-contracts-feed';
import { type KpiQuarterApis, hireKpiDepartment, keepCustomersOwned } from './kpi-department';
import { approvedExpense, checkIn, declareDayOut, logVisits, registerCustomer } from './kpi-field-work-feed';
import { type CustomerKey, type DealKey, KPI_DEALS, KPI_INVOICES, KPI_PAYMENTS } from './kpi-quarter.deals';
import { approveTargets2027 } from './kpi-targets-2027';

/*
 * 一个季度的业务 (issue 11, "scenario test, independent arithmetic"): fiscal year 2027, Q1, fed
 * through the HTTP APIs of org, targets, customers and contracts (and the KPI API once, for the
 * work calendar) on FOUR record days. Services read the time from SALES_CLOCK when they start, so
 * before each day the scenario asks the test for services running on that day's clock (`onDay`:
 * restart the processes, or the standalone app, on the same data).
 *
 *   day 1  2027-01-04  department hired (dated 2026-12-01); 公海规则; 2027 work calendar; 2027
 *                      targets approved; customers A, D (李娜), C (王磊), E (何芸) registered;
 *                      visits; check-ins
 *   day 2  2027-01-20  k-kpi-li-1 (01-12, 报备), k-kpi-li-2 (01-18, 副总特批), k-kpi-wang-1
 *                      (01-19, 报备) signed; invoices; the on-time payment of 01-15 and 王磊's
 *                      PREPAYMENT of 01-19; January visits (back-dated); an expense (01-14)
 *   day 3  2027-03-22  k-kpi-he-1 (02-22) and k-kpi-li-3 (03-05) signed; invoices; on-time
 *                      payments of 03-01 and 03-15; k-kpi-li-2 TERMINATED (dated 03-19, VP-approved);
 *                      customers F (李娜), G (王磊) registered; visits across the 春节 week and the
 *                      调休 Saturday 02-20 (back-dated); an expense (03-15)
 *   day 4  2027-04-02  the LATE payment: 600,000 元 received 2027-03-10, entered only now;
 *                      k-kpi-li-4 (04-01, Q2) signed; Q2 invoices; customer H (李娜) registered; a visit
 *
 * asOf: collections of Q1 as of 2027-03-22 (day 3) leave the late payment out — its business date
 * (03-10) is before that day but it was recorded on 04-02 — and as of 2027-04-02 take it in.
 */

export const KPI_QUARTER_DAYS = {
  1: '2027-01-04T09:00:00+08:00',
  2: '2027-01-20T09:00:00+08:00',
  3: '2027-03-22T09:00:00+08:00',
  4: '2027-04-02T09:00:00+08:00',
} as const;

export type KpiQuarterOptions = Readonly<{
  /**
   * Services running with SALES_CLOCK = `instant` on the scenario's data (the first call starts
   * them; later calls restart them on the same databases / DATA_DIR).
   */
  onDay(instant: string): Promise<KpiQuarterApis>;
  /**
   * `PUT /kpi/calendar/2027` on day 1 (default true). Only a feed run without the KPI API
   * mounted passes false; the figures of P4 then have no 2027 arrangement.
   */
  setCalendar?: boolean;
}>;

export type KpiQuarterOutcome = Readonly<{
  /** The record days, as given to `onDay`. */
  days: typeof KPI_QUARTER_DAYS;
  customerIds: Readonly<Record<CustomerKey, string>>;
  contractIds: Readonly<Record<DealKey, string>>;
  invoiceIds: Readonly<Record<keyof typeof KPI_INVOICES, string>>;
  paymentIds: Readonly<Record<keyof typeof KPI_PAYMENTS, string>>;
  /** The late payment, for the asOf case: received 2027-03-10, recorded on day 4. */
  latePaymentId: string;
  visitIds: readonly string[];
  expenseIds: readonly string[];
}>;

export async function feedKpiQuarter(options: KpiQuarterOptions): Promise<KpiQuarterOutcome> {
  const customerIds: Partial<Record<CustomerKey, string>> = {};
  const contractIds: Partial<Record<DealKey, string>> = {};
  const invoiceIds: Partial<Record<keyof typeof KPI_INVOICES, string>> = {};
  const paymentIds: Partial<Record<keyof typeof KPI_PAYMENTS, string>> = {};
  const visitIds: string[] = [];
  const expenseIds: string[] = [];
  const invoices = async (apis: KpiQuarterApis, keys: readonly (keyof typeof KPI_INVOICES)[]) => {
    for (const key of keys) invoiceIds[key] = await issueInvoice(apis.contracts, KPI_INVOICES[key]);
  };
  const payments = async (apis: KpiQuarterApis, keys: readonly (keyof typeof KPI_PAYMENTS)[]) => {
    for (const key of keys) paymentIds[key] = await recordPayment(apis.contracts, KPI_PAYMENTS[key]);
  };
  const sign = async (apis: KpiQuarterApis, keys: readonly DealKey[]) => {
    for (const key of keys) {
      const deal = KPI_DEALS[key];
      contractIds[key] = await signDeal(apis.contracts, deal, customerIds[deal.customer] as string);
    }
  };
  const register = async (apis: KpiQuarterApis, keys: readonly CustomerKey[]) => {
    for (const key of keys) customerIds[key] = await registerCustomer(apis.customers, key);
  };

  // Day 1 — 2027-01-04: the department, the rules, the calendar, the targets, the first customers.
  let apis = await options.onDay(KPI_QUARTER_DAYS[1]);
  await hireKpiDepartment(apis);
  await keepCustomersOwned(apis.customers);
  if (options.setCalendar ?? true) await setWorkCalendar2027(apis.kpi);
  await approveTargets2027(apis.targets);
  await register(apis, ['A', 'D', 'C', 'E']);
  visitIds.push(...(await logVisits(apis.customers, 1, customerIds)));
  await checkIn(apis.customers, 'li', '2027-01-04', '上海 华信光电', customerIds.A as string);
  await checkIn(apis.customers, 'li', '2027-01-04', '上海 返程', null);

  // Day 2 — 2027-01-20: January's contracts, receivables and visits, back-dated where they happened.
  apis = await options.onDay(KPI_QUARTER_DAYS[2]);
  await sign(apis, ['li1', 'li2', 'wang1']);
  await invoices(apis, ['li1First', 'li2First']);
  await payments(apis, ['li1OnTime', 'wangPrepayment']);
  visitIds.push(...(await logVisits(apis.customers, 2, customerIds)));
  expenseIds.push(
    await approvedExpense(apis.customers, 'li', {
      date: '2027-01-14',
      category: 'travel',
      amount: 1_280,
      customerId: customerIds.D as string,
    }),
  );
  await declareDayOut(apis.customers, 'wang', '2027-01-15', '参加南京显示技术展');
  await checkIn(apis.customers, 'wang', '2027-01-15', '南京国际博览中心', null);

  // Day 3 — 2027-03-22: February and March, the holiday week, the termination.
  apis = await options.onDay(KPI_QUARTER_DAYS[3]);
  await sign(apis, ['he1', 'li3']);
  await invoices(apis, ['li1Second', 'wangFirst', 'wangSecond', 'heFirst', 'li2Second']);
  await payments(apis, ['heOnTime', 'wangOnTime']);
  await terminateDeal(apis.contracts);
  await register(apis, ['F', 'G']);
  visitIds.push(...(await logVisits(apis.customers, 3, customerIds)));
  await checkIn(apis.customers, 'li', '2027-02-20', '上海 华信光电（调休上班）', customerIds.A as string);
  expenseIds.push(
    await approvedExpense(apis.customers, 'wang', {
      date: '2027-03-15',
      category: 'entertainment',
      amount: 860,
      customerId: customerIds.C as string,
    }),
  );

  // Day 4 — 2027-04-02: the late payment (business date 03-10), and the start of Q2.
  apis = await options.onDay(KPI_QUARTER_DAYS[4]);
  await payments(apis, ['li1Late']);
  await sign(apis, ['li4']);
  await invoices(apis, ['li1Third', 'li3First']);
  await register(apis, ['H']);
  visitIds.push(...(await logVisits(apis.customers, 4, customerIds)));

  return {
    days: KPI_QUARTER_DAYS,
    customerIds: customerIds as Record<CustomerKey, string>,
    contractIds: contractIds as Record<DealKey, string>,
    invoiceIds: invoiceIds as Record<keyof typeof KPI_INVOICES, string>,
    paymentIds: paymentIds as Record<keyof typeof KPI_PAYMENTS, string>,
    latePaymentId: paymentIds.li1Late as string,
    visitIds,
    expenseIds,
  };
}
