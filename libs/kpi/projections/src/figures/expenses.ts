import type { ExpenseFact, TargetsFact } from '../facts';
import type { Period } from './period';
import { rate, type RateOrNull } from './rate';
import { countsFor, type Subject } from './subject';
import { periodTarget } from './targets-in-force';

export const EXPENSE_FORMULA = {
  zh: '费用预算使用率 = 本期已批准费用（按费用发生日）÷ 本期费用预算（期末已审批生效的分解）；超过 100% 即超支',
  en: 'expense vs budget = approved expenses dated in the period ÷ the period’s expense budget (the split approved and in force at the period’s end); above 100% is over budget',
} as const;

export type ExpenseFigures = Readonly<{
  spentMinor: number;
  budgetMinor: number | null;
  used: RateOrNull;
  /** Budget left (negative: over budget); null without a budget. */
  remainingMinor: number | null;
  explain: readonly ExpenseFact[];
}>;

/** P7 费用: approved expenses against the expense budget, for a subject and period. */
export function expenseFigures(
  subject: Subject,
  period: Period,
  facts: Readonly<{ expenses: readonly ExpenseFact[]; targets: readonly TargetsFact[] }>,
): ExpenseFigures {
  const counted = facts.expenses.filter(
    (e) =>
      e.businessDate >= period.from &&
      e.businessDate <= period.to &&
      countsFor(subject, e.personId, e.divisionId),
  );
  const spentMinor = counted.reduce((sum, e) => sum + e.amountMinor, 0);
  const budget = periodTarget(facts.targets, subject, period, 'expenseBudget', 'realistic').value;
  return {
    spentMinor,
    budgetMinor: budget,
    used: rate(
      spentMinor,
      budget ?? 0,
      'no expense budget approved and in force for this subject and period',
    ),
    remainingMinor: budget === null ? null : budget - spentMinor,
    explain: counted,
  };
}
