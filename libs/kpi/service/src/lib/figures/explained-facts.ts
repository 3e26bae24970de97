import type { KpiFact, PeriodTarget, TargetsFact } from '@sales/kpi/projections';
import { type MoneyAmount, money } from './figure-values';

/** One fact a figure is made of, as `explain` lists it: the event, its dates, and what it adds. */
export type ExplainedFact = Readonly<{
  /** The published event's id. */
  id: string;
  factId: string;
  /** The published event's type (`ContractSigned`, `PaymentReceived`, …). */
  type: string;
  context: string;
  kind: KpiFact['kind'];
  /** What the fact is in this figure: `signed`, `terminated`, `target`, `payment`, `falling-due`, … */
  part: string;
  businessDate: string;
  recordedAt: string;
  /** What it adds (negative: deducts); null for facts that count rather than add money. */
  amount: MoneyAmount | null;
  /** The contract, customer, person or invoice it concerns, for people reading the list. */
  about: Readonly<Record<string, string | null>>;
}>;

export function explained(
  fact: KpiFact,
  part: string,
  amount: MoneyAmount | null,
  about: Record<string, string | null> = {},
): ExplainedFact {
  return {
    id: fact.eventId,
    factId: fact.factId,
    type: fact.eventType,
    context: fact.context,
    kind: fact.kind,
    part,
    businessDate: fact.businessDate,
    recordedAt: fact.recordedAt,
    amount,
    about,
  };
}

/**
 * The approvals a target was read from, each with the amount it gives the subject (a salesperson
 * moved mid-year appears in two units' splits, whose amounts add up to the target).
 */
export function targetFacts(
  target: PeriodTarget,
  targets: readonly TargetsFact[],
  amountOf: (fact: TargetsFact) => number | null,
  currency: string,
): ExplainedFact[] {
  const used = new Set(target.from.map((f) => f.factId));
  return targets
    .filter((fact) => used.has(fact.factId))
    .map((fact) => {
      const amount = amountOf(fact);
      return explained(fact, 'target', amount === null ? null : money(amount, currency), {
        unit: fact.unit,
        version: String(fact.version),
      });
    });
}

/** Earliest business date first, then recording order. */
export const chronological = (a: ExplainedFact, b: ExplainedFact) =>
  a.businessDate.localeCompare(b.businessDate) || a.recordedAt.localeCompare(b.recordedAt);
