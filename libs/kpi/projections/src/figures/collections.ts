import type { BusinessDate } from '@sales/shared/domain';
import type {
  InvoiceFact,
  InvoiceVoidedFact,
  PaymentFact,
  SaleFact,
  TargetsFact,
  TerminationFact,
} from '../facts';
import type { Period } from './period';
import { rate, type RateOrNull } from './rate';
import { countsFor, type Subject } from './subject';
import { periodTarget } from './targets-in-force';

export const P3_FORMULA = {
  zh: '应收账款回收率 = 本期回款 ÷（期初应收余额 + 本期到期金额）。发票金额自到期日起为应收；红冲的发票自红冲日起不再是应收；合同终止后尚未到期的金额退出应收；回款按收款日计入（预收款可使回收率超过 100%），冲销按冲销日扣减；期初应收余额按合同计算：期初前到期的发票金额 − 期初前的回款，不低于零',
  en: 'collection rate = payments received in the period ÷ (receivables outstanding at the period’s start + amounts falling due within the period). An invoiced amount is a receivable from its due date; a voided invoice stops being one from its voiding date; amounts of a terminated contract not yet due leave the receivables; a payment counts on the day it is received (a prepayment can push the rate above 100%), a reversal on its own date; the opening balance is per contract: invoices due before the start − payments received before it, never below zero',
} as const;

export const COLLECTIONS_ATTAINMENT_FORMULA = {
  zh: '回款达成率 = 本期回款（扣除冲销）÷ 本期回款目标（期末已审批生效的分解）',
  en: 'collections attainment = payments received in the period (less reversals) ÷ the period’s collections target (the split approved and in force at the period’s end)',
} as const;

export type ReceivableFacts = Readonly<{
  sales: readonly SaleFact[];
  terminations: readonly TerminationFact[];
  invoices: readonly InvoiceFact[];
  voided: readonly InvoiceVoidedFact[];
  payments: readonly PaymentFact[];
  targets: readonly TargetsFact[];
}>;

export type CollectionFigures = Readonly<{
  receivedMinor: number;
  openingMinor: number;
  fallingDueMinor: number;
  p3: RateOrNull;
  attainment: Readonly<{ realistic: RateOrNull; stretch: RateOrNull; targetRealisticMinor: number | null }>;
  explain: Readonly<{
    payments: readonly PaymentFact[];
    fallingDue: readonly InvoiceFact[];
    opening: readonly Readonly<{
      contractId: string;
      dueMinor: number;
      paidMinor: number;
      openMinor: number;
    }>[];
  }>;
}>;

/** P3 and P7's collections attainment for a subject and period, from facts recorded by `asOf`. */
export function collectionFigures(
  subject: Subject,
  period: Period,
  facts: ReceivableFacts,
): CollectionFigures {
  const { invoices, payments, receivableOn } = receivablesOf(subject, facts);
  const eve = dayBefore(period.from);
  const opening = balances(invoices, payments, receivableOn, eve, eve);
  const openingMinor = opening.reduce((s, o) => s + o.openMinor, 0);
  const fallingDue = invoices.filter(
    (i) => i.dueOn >= period.from && i.dueOn <= period.to && receivableOn(i, i.dueOn),
  );
  const fallingDueMinor = fallingDue.reduce((s, i) => s + i.amountMinor, 0);
  const received = payments.filter((p) => p.businessDate >= period.from && p.businessDate <= period.to);
  const receivedMinor = received.reduce((s, p) => s + p.amountMinor, 0);
  const target = periodTarget(facts.targets, subject, period, 'collections', 'realistic');
  const stretch = periodTarget(facts.targets, subject, period, 'collections', 'stretch');
  const none = 'no collections target approved and in force for this subject and period';
  return {
    receivedMinor,
    openingMinor,
    fallingDueMinor,
    p3: rate(
      receivedMinor,
      openingMinor + fallingDueMinor,
      'nothing was outstanding or falling due in the period',
    ),
    attainment: {
      realistic: rate(receivedMinor, target.value ?? 0, none),
      stretch: rate(receivedMinor, stretch.value ?? 0, none),
      targetRealisticMinor: target.value,
    },
    explain: {
      payments: received,
      fallingDue,
      opening: opening.filter((o) => o.dueMinor !== 0 || o.paidMinor !== 0),
    },
  };
}

export const OVERDUE_RECEIVABLES_FORMULA = {
  zh: '逾期应收 = 按合同：截至前一日已到期的发票金额（红冲、终止后到期的除外）− 截至当日的回款，不低于零，再合计',
  en: 'overdue receivables = per contract: invoices due before the date (voided ones, and a terminated contract’s later ones, left out) − payments received by the date, never below zero, summed',
} as const;

/** P7 逾期应收 as of `date`, per contract (only those with something overdue). */
export function overdueReceivables(subject: Subject, date: BusinessDate, facts: ReceivableFacts) {
  const { invoices, payments, receivableOn } = receivablesOf(subject, facts);
  const contracts = balances(invoices, payments, receivableOn, dayBefore(date), date).filter(
    (c) => c.openMinor > 0,
  );
  return { overdueMinor: contracts.reduce((s, c) => s + c.openMinor, 0), contracts };
}

type Balance = Readonly<{ contractId: string; dueMinor: number; paidMinor: number; openMinor: number }>;

/** The subject's invoices and payments, and when an invoice is a receivable. */
function receivablesOf(subject: Subject, facts: ReceivableFacts) {
  const voidedOn = new Map(facts.voided.map((v) => [v.invoiceId, v.businessDate]));
  const terminatedOn = new Map(facts.terminations.map((t) => [t.contractId, t.businessDate]));
  /** Is the invoice a receivable on `date` (due, not voided, not a terminated contract's future amount)? */
  const receivableOn = (invoice: InvoiceFact, date: string) => {
    const voided = voidedOn.get(invoice.invoiceId);
    const terminated = terminatedOn.get(invoice.contractId);
    return (
      invoice.dueOn <= date &&
      (voided === undefined || voided > date) &&
      (terminated === undefined || invoice.dueOn <= terminated)
    );
  };
  return {
    invoices: facts.invoices.filter((i) => countsFor(subject, i.personId, i.divisionId)),
    payments: facts.payments.filter((p) => countsFor(subject, p.personId, p.divisionId)),
    receivableOn,
  };
}

/** Per contract: receivables due by `dueBy` less payments received by `paidBy`, never below zero. */
function balances(
  invoices: readonly InvoiceFact[],
  payments: readonly PaymentFact[],
  receivableOn: (invoice: InvoiceFact, date: string) => boolean,
  dueBy: BusinessDate,
  paidBy: BusinessDate,
): Balance[] {
  const contracts = new Set([...invoices.map((i) => i.contractId), ...payments.map((p) => p.contractId)]);
  return [...contracts]
    .sort()
    .map((contractId) => {
      const dueMinor = invoices
        .filter((i) => i.contractId === contractId && receivableOn(i, dueBy))
        .reduce((s, i) => s + i.amountMinor, 0);
      const paidMinor = payments
        .filter((p) => p.contractId === contractId && p.businessDate <= paidBy)
        .reduce((s, p) => s + p.amountMinor, 0);
      return { contractId, dueMinor, paidMinor, openMinor: Math.max(0, dueMinor - paidMinor) };
    })
    .filter((b) => b.dueMinor !== 0 || b.paidMinor !== 0);
}

function dayBefore(date: BusinessDate): BusinessDate {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}
