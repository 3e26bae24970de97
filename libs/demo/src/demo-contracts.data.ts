import { type DemoCustomer, demoCustomers } from './demo-customers.data';
import { DEMO_DIVISIONS } from './demo-department.data';

/**
 * The demo department's contracts (K1–K6): one per paying demo customer, signed three weeks after
 * the customer was registered, sized so each salesperson's signings by today run at their pace
 * against the demo targets — the first two of each division ahead (115%), the last two behind
 * (70%), the rest close (95%), pro-rated to the days of the year gone. Each goes through the whole
 * chain: form, report, signing, installation (some delayed, one stopped by a directive), invoices
 * and payments (most on time, some late, some still overdue). Deterministic: the same data on
 * every start. Money in yuan here; the loader turns it into fen.
 */
export type DemoContract = Readonly<{
  /** The demo customer it is signed with (its name is unique). */
  customer: DemoCustomer;
  ownerId: string;
  signedOn: string;
  amountYuan: number;
  /** Tax-exclusive cost estimate. */
  costEstimateYuan: number;
  lines: ReadonlyArray<Readonly<{ productLineId: string; amountYuan: number }>>;
  instalments: ReadonlyArray<Readonly<{ name: string; dueOn: string; amountYuan: number }>>;
  /** Planned installation milestones; a delay moves one (with its reason). */
  installation: Readonly<{
    startOn: string;
    finishOn: string;
    commissionOn: string;
    acceptOn: string;
    delay: Readonly<{ milestone: 'finish' | 'accept'; days: number; reason: string }> | null;
    /** A stop directive in force (no work after it until lifted; the demo leaves one active). */
    stoppedOn: string | null;
  }>;
  /** Instalments paid, each on its due date plus `lateDays`; unpaid ones past due are overdue. */
  payments: ReadonlyArray<Readonly<{ instalment: number; receivedOn: string; amountYuan: number }>>;
}>;

/** Pace of each salesperson's signings against their target, by their place in the division. */
export function demoPace(indexInDivision: number, divisionSize: number): number {
  if (indexInDivision < 2) return 1.15;
  if (indexInDivision >= divisionSize - 2) return 0.7;
  return 0.95;
}

const PLAN = [
  { name: '预付款', days: 0, percent: 30 },
  { name: '到货款', days: 45, percent: 40 },
  { name: '验收款', days: 100, percent: 25 },
  { name: '质保金', days: 365, percent: 5 },
] as const;

const DELAYS = ['客户场地土建未完成', '供电改造延期', '客户要求调整安装窗口'];

export function demoContracts(fiscalYear: number, today: string): DemoContract[] {
  const customers = demoCustomers(fiscalYear, today);
  const elapsed = Math.max(1, daysBetween(`${fiscalYear}-01-01`, today) + 1) / daysInYear(fiscalYear);
  const contracts: DemoContract[] = [];
  let serial = 0;
  for (const division of DEMO_DIVISIONS) {
    division.salespeople.forEach((person, p) => {
      const signed = customers
        .filter((c) => c.ownerId === person.personId && c.payments.length > 0)
        .map((customer) => ({ customer, signedOn: addDays(customer.registeredOn, 21) }))
        .filter(({ signedOn }) => signedOn <= today);
      if (signed.length === 0) return;
      const pace = demoPace(p, division.salespeople.length);
      const total = Math.round(person.salesYuan * pace * elapsed);
      // Bigger deals first: shares 4:3:2:1… of the person's total, in round hundreds.
      const weights = signed.map((_, i) => signed.length - i);
      const weightSum = weights.reduce((a, b) => a + b, 0);
      signed.forEach(({ customer, signedOn }, i) => {
        const amountYuan =
          i === signed.length - 1
            ? total -
              signed.slice(0, -1).reduce((sum, _, k) => sum + hundreds((total * weights[k]) / weightSum), 0)
            : hundreds((total * weights[i]) / weightSum);
        contracts.push(contract(customer, person.personId, signedOn, amountYuan, serial++, today));
      });
    });
  }
  return contracts;
}

function contract(
  customer: DemoCustomer,
  ownerId: string,
  signedOn: string,
  amountYuan: number,
  serial: number,
  today: string,
): DemoContract {
  // Screens and control (13% VAT) and installation (9%): 70 / 15 / 15.
  const screen = serial % 3 === 0 ? 'lcd-wall' : 'led';
  const control = hundreds(amountYuan * 0.15);
  const install = hundreds(amountYuan * 0.15);
  const lines = [
    { productLineId: screen, amountYuan: amountYuan - control - install },
    { productLineId: 'control', amountYuan: control },
    { productLineId: 'installation', amountYuan: install },
  ];
  // Cost ≈ 68–74% of the tax-exclusive revenue.
  const exclusive = lines.reduce(
    (sum, l) => sum + l.amountYuan / (l.productLineId === 'installation' ? 1.09 : 1.13),
    0,
  );
  const costEstimateYuan = hundreds(exclusive * (0.68 + (serial % 4) * 0.02));
  const instalments = PLAN.map((step, i) => ({
    name: step.name,
    dueOn: addDays(signedOn, step.days),
    amountYuan:
      i === PLAN.length - 1
        ? amountYuan - PLAN.slice(0, -1).reduce((s, x) => s + hundreds((amountYuan * x.percent) / 100), 0)
        : hundreds((amountYuan * step.percent) / 100),
  }));
  const delayed = serial % 5 === 1;
  const installation = {
    startOn: addDays(signedOn, 30),
    finishOn: addDays(signedOn, 60),
    commissionOn: addDays(signedOn, 75),
    acceptOn: addDays(signedOn, 85),
    delay: delayed
      ? {
          milestone: serial % 2 === 0 ? ('accept' as const) : ('finish' as const),
          days: 14,
          reason: DELAYS[serial % DELAYS.length],
        }
      : null,
    stoppedOn: serial === 7 ? addDays(signedOn, 40) : null,
  };
  // Most pay on time and every third a week or two late; every seventh pays only a third of its
  // prepayment and every sixth nothing yet, so their instalments stay overdue (and their
  // customers' grades low).
  const defaulter = serial % 7 === 3;
  const neverPaid = serial % 6 === 5;
  const lateDays = serial % 3 === 2 ? 10 + (serial % 10) : 0;
  const payments = neverPaid
    ? []
    : instalments
        .map((inst, i) => ({
          instalment: i,
          receivedOn: addDays(inst.dueOn, lateDays),
          amountYuan: defaulter ? hundreds(inst.amountYuan / 3) : inst.amountYuan,
        }))
        .filter((pay, i) => pay.receivedOn <= today && !(defaulter && i > 0));
  return {
    customer,
    ownerId,
    signedOn,
    amountYuan,
    costEstimateYuan,
    lines,
    instalments,
    installation,
    payments,
  };
}

function hundreds(yuan: number): number {
  return Math.round(yuan / 100) * 100;
}

export function addDays(date: string, days: number): string {
  const instant = new Date(`${date}T00:00:00Z`);
  instant.setUTCDate(instant.getUTCDate() + days);
  return instant.toISOString().slice(0, 10);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function daysInYear(year: number): number {
  return daysBetween(`${year}-01-01`, `${year + 1}-01-01`);
}
