import { type ApiCall, eventuallyStatus, expectStatus, kpiActors as who } from './kpi-department';
import { type CustomerKey, KPI_CUSTOMERS, type Seller } from './kpi-quarter.deals';

/*
 * The customers steps of the feed (C1, C3–C5 over HTTP): registrations, visits, check-ins, days
 * out, expenses. Visits are back-dated where the API allows (a visit's date is not after today;
 * its customer must be the visitor's own at the time of recording).
 *
 * P4 counts in-person and joint visits, one customer once per salesperson per day; phone calls do
 * not count; a joint visit counts for the salesperson (陈志强 coaches, he is no salesperson).
 * "counts" below is the number each visit adds (0: phone, or the same customer that day again).
 *
 *   day  visitor  customer  visited at (+08:00)     kind       counts   note
 *   1    李娜     A         2027-01-04 10:00        in-person  1
 *   1    李娜     A         2027-01-04 15:00        in-person  0        same customer, same day
 *   1    李娜     D         2027-01-04 11:00        phone      0
 *   1    王磊     C         2027-01-04 14:00        in-person  1
 *   1    何芸     E         2027-01-04 10:00        in-person  1
 *   2    李娜     A         2027-01-12 10:00        in-person  1        signing k-kpi-li-1
 *   2    李娜     D         2027-01-14 14:00        joint      1        coach 陈志强
 *   2    李娜     A         2027-01-18 09:30        in-person  1
 *   2    李娜     D         2027-01-20 08:30        in-person  1        today
 *   2    王磊     C         2027-01-19 10:00        in-person  1
 *   2    王磊     C         2027-01-19 16:00        phone      0
 *   3    李娜     A         2027-02-05 10:00        in-person  1        the Friday before 春节
 *   3    李娜     D         2027-02-10 10:00        in-person  1        in the holiday week (not a working day; the visit still counts)
 *   3    王磊     C         2027-02-09 10:00        phone      0        holiday week
 *   3    李娜     A         2027-02-20 10:00        in-person  1        调休 Saturday (a working day)
 *   3    李娜     D         2027-02-20 15:00        phone      0        调休 Saturday
 *   3    何芸     E         2027-02-22 10:00        in-person  1        signing k-kpi-he-1
 *   3    何芸     E         2027-03-01 10:00        in-person  1
 *   3    李娜     D         2027-03-05 10:00        in-person  1        signing k-kpi-li-3
 *   3    王磊     C         2027-03-15 10:00        in-person  1
 *   3    李娜     A         2027-03-19 10:00        joint      1        coach 陈志强
 *   4    李娜     A         2027-04-01 10:00        in-person  1        signing k-kpi-li-4 (Q2)
 */

type Visit = readonly [
  visitor: Seller,
  customer: CustomerKey,
  at: string,
  kind: 'in-person' | 'phone' | 'joint',
];

export const KPI_VISITS: Readonly<Record<1 | 2 | 3 | 4, readonly Visit[]>> = {
  1: [
    ['li', 'A', '2027-01-04T10:00:00+08:00', 'in-person'],
    ['li', 'A', '2027-01-04T15:00:00+08:00', 'in-person'],
    ['li', 'D', '2027-01-04T11:00:00+08:00', 'phone'],
    ['wang', 'C', '2027-01-04T14:00:00+08:00', 'in-person'],
    ['he', 'E', '2027-01-04T10:00:00+08:00', 'in-person'],
  ],
  2: [
    ['li', 'A', '2027-01-12T10:00:00+08:00', 'in-person'],
    ['li', 'D', '2027-01-14T14:00:00+08:00', 'joint'],
    ['li', 'A', '2027-01-18T09:30:00+08:00', 'in-person'],
    ['li', 'D', '2027-01-20T08:30:00+08:00', 'in-person'],
    ['wang', 'C', '2027-01-19T10:00:00+08:00', 'in-person'],
    ['wang', 'C', '2027-01-19T16:00:00+08:00', 'phone'],
  ],
  3: [
    ['li', 'A', '2027-02-05T10:00:00+08:00', 'in-person'],
    ['li', 'D', '2027-02-10T10:00:00+08:00', 'in-person'],
    ['wang', 'C', '2027-02-09T10:00:00+08:00', 'phone'],
    ['li', 'A', '2027-02-20T10:00:00+08:00', 'in-person'],
    ['li', 'D', '2027-02-20T15:00:00+08:00', 'phone'],
    ['he', 'E', '2027-02-22T10:00:00+08:00', 'in-person'],
    ['he', 'E', '2027-03-01T10:00:00+08:00', 'in-person'],
    ['li', 'D', '2027-03-05T10:00:00+08:00', 'in-person'],
    ['wang', 'C', '2027-03-15T10:00:00+08:00', 'in-person'],
    ['li', 'A', '2027-03-19T10:00:00+08:00', 'joint'],
  ],
  4: [['li', 'A', '2027-04-01T10:00:00+08:00', 'in-person']],
};

/** 登记客户 (C1) by its owner; the registration date is the record day. Returns the customer id. */
export async function registerCustomer(customers: ApiCall, key: CustomerKey): Promise<string> {
  const customer = KPI_CUSTOMERS[key];
  const body = await eventuallyStatus(`register ${customer.name}`, 201, () =>
    customers('POST', '/customers', {
      actor: who[customer.owner],
      body: { name: customer.name, industry: '显示屏', region: customer.region, source: '展会' },
    }),
  );
  return body.customerId;
}

/** The day's visits, in the table's order. Returns the visit ids. */
export async function logVisits(
  customers: ApiCall,
  day: 1 | 2 | 3 | 4,
  customerIds: Readonly<Partial<Record<CustomerKey, string>>>,
): Promise<string[]> {
  const ids: string[] = [];
  for (const [visitor, key, visitedAt, kind] of KPI_VISITS[day]) {
    const customerId = customerIds[key];
    if (!customerId) throw new Error(`visit of ${key} before it was registered`);
    const body = await eventuallyStatus(`visit ${key} by ${visitor} at ${visitedAt}`, 201, () =>
      customers('POST', `/customers/${customerId}/visits`, {
        actor: who[visitor],
        body: {
          visitedAt,
          kind,
          coachId: kind === 'joint' ? 'p-chen' : null,
          purpose: kind === 'phone' ? '电话跟进' : '上门拜访',
          outcome: '了解需求，推进项目',
        },
      }),
    );
    ids.push(body.visitId);
  }
  return ids;
}

/** 外出联系汇报 (C4): a check-in for a day out (today or a day gone by), at a place. */
export async function checkIn(
  customers: ApiCall,
  person: Seller,
  date: string,
  place: string,
  customerId: string | null,
): Promise<void> {
  await expectStatus(
    `check-in of ${person} on ${date}`,
    201,
    customers('POST', '/customers/check-ins', {
      actor: who[person],
      body: { date, place, customerId, note: '外出汇报' },
    }),
  );
}

/** 申报外出 (C4): a day out without a visit (e.g. a trade fair). */
export async function declareDayOut(customers: ApiCall, person: Seller, date: string, note: string) {
  await expectStatus(
    `day out of ${person} on ${date}`,
    201,
    customers('POST', '/customers/days-out', { actor: who[person], body: { date, note } }),
  );
}

/** 费用 (C5): recorded by the salesperson, approved by 陈志强 (above them). Returns the expense id. */
export async function approvedExpense(
  customers: ApiCall,
  person: 'li' | 'wang',
  expense: Readonly<{ date: string; category: string; amount: number; customerId: string | null }>,
): Promise<string> {
  const recorded = await expectStatus(
    `record ${person}'s expense of ${expense.date}`,
    201,
    customers('POST', '/customers/expenses', {
      actor: who[person],
      body: {
        date: expense.date,
        category: expense.category,
        amountMinor: Math.round(expense.amount * 100),
        currency: 'CNY',
        customerId: expense.customerId,
        receiptRef: null,
      },
    }),
  );
  await expectStatus(
    `approve ${person}'s expense of ${expense.date}`,
    200,
    customers('POST', `/customers/expenses/${recorded.expenseId}/approve`, { actor: who.chen }),
  );
  return recorded.expenseId;
}
