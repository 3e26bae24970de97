import type { BusinessDate } from '@sales/shared/domain';
import type { ContractView, PlanInstalment } from '../signing/contract-terms';

/** 未付 / 部分付款 / 已付 / 逾期. */
export type InstalmentStatus = 'unpaid' | 'partly_paid' | 'paid' | 'overdue';

export type InstalmentStanding = Readonly<{
  instalmentId: string;
  name: string;
  dueOn: BusinessDate;
  amountMinor: number;
  receivedMinor: number;
  outstandingMinor: number;
  status: InstalmentStatus;
  /** Days past the due date as of the date asked (0 or less: not yet overdue). */
  daysOverdue: number;
}>;

const DAY_MS = 86_400_000;
const utc = (date: BusinessDate) => {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
};

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: BusinessDate, to: BusinessDate): number {
  return Math.round((utc(to) - utc(from)) / DAY_MS);
}

/** The plan in the order money is allocated: by due date, plan order among instalments due the same day. */
export function planInDueOrder(plan: readonly PlanInstalment[]): PlanInstalment[] {
  return plan
    .map((instalment, index) => ({ instalment, index }))
    .sort((a, b) => a.instalment.dueOn.localeCompare(b.instalment.dueOn) || a.index - b.index)
    .map(({ instalment }) => instalment);
}

/**
 * 分期状态 as of a date. The rule: the contract's net receipts by that date (payments less
 * reversals, prepayments included, whatever invoice they name) fill the plan's instalments in
 * due-date order, each up to its amount — the earliest due is paid first, as in 账龄 practice.
 * An instalment fully covered is `paid`; otherwise it is `overdue` once the date is after its due
 * date (the due date itself is still in time), else `partly_paid` when something covers it, else
 * `unpaid`. Overpayment beyond the plan stays unallocated (refused at recording anyway).
 */
export function instalmentStandings(
  plan: readonly PlanInstalment[],
  netReceivedMinor: number,
  asOf: BusinessDate,
): InstalmentStanding[] {
  let left = Math.max(0, netReceivedMinor);
  return planInDueOrder(plan).map(({ instalmentId, name, dueOn, amountMinor }) => {
    const receivedMinor = Math.min(amountMinor, left);
    left -= receivedMinor;
    const outstandingMinor = amountMinor - receivedMinor;
    const daysOverdue = daysBetween(dueOn, asOf);
    const status: InstalmentStatus =
      outstandingMinor === 0
        ? 'paid'
        : daysOverdue > 0
          ? 'overdue'
          : receivedMinor > 0
            ? 'partly_paid'
            : 'unpaid';
    return { instalmentId, name, dueOn, amountMinor, receivedMinor, outstandingMinor, status, daysOverdue };
  });
}

/**
 * 未收应收 of a contract for credit exposure: its amount less what was received on it; zero once
 * terminated (a terminated contract is no longer open).
 */
export function openReceivableMinor(contract: ContractView, netReceivedMinor: number): number {
  if (contract.status === 'terminated') return 0;
  return Math.max(0, contract.terms.amountMinor - netReceivedMinor);
}
