import type { BusinessDate } from '@sales/shared/domain';

/** What of another context's published event counts in a summary's figures, credited to one person. */
export const SUMMARY_FACT_KINDS = [
  'visit',
  'customer-registered',
  'contract-signed',
  'payment',
  'payment-reversal',
] as const;
export type SummaryFactKind = (typeof SUMMARY_FACT_KINDS)[number];

/** One counted fact, keyed by the published event's id (so a redelivered event counts once). */
export type SummaryFact = Readonly<{
  eventId: string;
  personId: string;
  kind: SummaryFactKind;
  /** The business date the fact is about (the visit's, the registration's, signing, receipt). */
  on: BusinessDate;
  /** Money of a signing or payment, integer 分 of `currency`; null for counts. */
  amountMinor: number | null;
  currency: string | null;
}>;

export type MoneyTotal = Readonly<{ currency: string; amountMinor: number }>;

/** 本期数据: what a summary is pre-filled with (DOMAIN.md A5). */
export type SummaryFigures = Readonly<{
  /** 拜访次数: every visit logged (in person, phone, joint). */
  visits: number;
  /** 登记客户: customers registered with this person as owner. */
  customersRegistered: number;
  /** 签约合同 and their amount (含税). */
  contractsSigned: number;
  signed: readonly MoneyTotal[];
  /** 回款: payments received on their contracts, less reversals. */
  collected: readonly MoneyTotal[];
}>;

/** The figures of the facts dated `from`–`to` (both included). */
export function summaryFigures(
  facts: readonly SummaryFact[],
  from: BusinessDate,
  to: BusinessDate,
): SummaryFigures {
  const within = facts.filter((f) => f.on >= from && f.on <= to);
  const count = (kind: SummaryFactKind) => within.filter((f) => f.kind === kind).length;
  const sum = (sign: (kind: SummaryFactKind) => number): MoneyTotal[] => {
    const totals = new Map<string, number>();
    for (const f of within) {
      if (f.amountMinor === null || f.currency === null || sign(f.kind) === 0) continue;
      totals.set(f.currency, (totals.get(f.currency) ?? 0) + sign(f.kind) * f.amountMinor);
    }
    return [...totals]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([currency, amountMinor]) => ({ currency, amountMinor }));
  };
  return {
    visits: count('visit'),
    customersRegistered: count('customer-registered'),
    contractsSigned: count('contract-signed'),
    signed: sum((kind) => (kind === 'contract-signed' ? 1 : 0)),
    collected: sum((kind) => (kind === 'payment' ? 1 : kind === 'payment-reversal' ? -1 : 0)),
  };
}
