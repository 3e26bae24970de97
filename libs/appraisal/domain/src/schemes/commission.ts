import { formatMoney } from '@sales/shared/domain';
import type { Payout, PayoutLine, PeriodAmounts } from './appraisal';
import {
  type Exact,
  HUNDRED,
  cmp,
  div,
  exact,
  mul,
  sub,
  toFixedDown,
  toMinor,
  toText,
} from './exact-decimal';
import type { CommissionBasis, CommissionTable, LadderStep, SchemeRules } from './scheme-version';

export const BASIS_LABELS: Readonly<Record<CommissionBasis, string>> = {
  collections: '回款',
  signed: '签约额',
  'gross-margin': '毛利',
};

/**
 * A payout line by line (提成): the tier lines of the mode (全额累进 one line, 超额累进 one per
 * slice), the accelerator of the attainment reached, the cap, then the ladder's penalty. Every
 * line is rounded half-up to the fen; the payout is the sum of its lines and never below 0.
 */
export function payoutOf(
  table: CommissionTable,
  amounts: PeriodAmounts,
  ladder: SchemeRules['ladder'],
  step: LadderStep,
): Payout {
  const money = (minor: number) => formatMoney(minor, table.currency);
  const line = (kind: PayoutLine['kind'], amountMinor: number, how: string): PayoutLine => ({
    kind,
    amountMinor,
    display: money(amountMinor),
    how,
  });
  const basisAmount = basisAmountOf(table.basis, amounts);
  const targetMinor = targetOf(table.basis, amounts);
  const label = BASIS_LABELS[table.basis];
  const lines: PayoutLine[] = tierLines(table, basisAmount, label).map(({ minor, how }) =>
    line('tier', minor, how),
  );
  const commission = sum(lines);

  const attainment =
    targetMinor && targetMinor > 0 ? div(mul(exact(basisAmount), HUNDRED), exact(targetMinor)) : null;
  const accelerator = attainment
    ? [...table.accelerators].reverse().find((a) => cmp(attainment, exact(a.fromAttainment)) >= 0)
    : undefined;
  const multiplier = accelerator ? exact(accelerator.multiplier) : exact(1);
  if (table.accelerators.length > 0) {
    const extra = toMinor(mul(exact(commission), sub(multiplier, exact(1))));
    const how = attainment
      ? `达成率 ${label} ${money(basisAmount)} ÷ 目标 ${money(targetMinor as number)} = ${toFixedDown(attainment, 2)}%，` +
        `加速系数 ${toText(multiplier)}×：${money(commission)} × (${toText(multiplier)} − 1) = ${money(extra)}`
      : `无${label}目标，加速系数 1×`;
    lines.push(line('accelerator', extra, how));
  }
  let running = sum(lines);

  if (table.capMinor !== undefined) {
    const cut = running > table.capMinor ? table.capMinor - running : 0;
    const how =
      cut < 0
        ? `封顶 ${money(table.capMinor)}：${money(running)} → ${money(table.capMinor)}`
        : `未超过封顶 ${money(table.capMinor)}`;
    lines.push(line('cap', cut, how));
    running += cut;
  }

  const penalty = ladder.penalty.amountMinor;
  if (step === 'penalty' && penalty !== undefined && penalty > 0) {
    const deducted = Math.min(penalty, running);
    const limited = deducted < penalty ? `（以提成为限，${money(penalty)} 中扣 ${money(deducted)}）` : '';
    lines.push(
      line(
        'penalty',
        -deducted,
        `连续第 2 次未达标，惩罚：${ladder.penalty.text}，扣 ${money(penalty)}${limited}`,
      ),
    );
    running -= deducted;
  }

  return {
    amountMinor: running,
    display: money(running),
    currency: table.currency,
    basis: table.basis,
    mode: table.mode,
    basisAmountMinor: basisAmount,
    targetMinor,
    attainmentPercent: attainment ? toFixedDown(attainment, 2) : null,
    multiplier: toText(multiplier),
    lines,
  };
}

function basisAmountOf(basis: CommissionBasis, amounts: PeriodAmounts): number {
  switch (basis) {
    case 'collections':
      return amounts.collectedMinor;
    case 'signed':
      return amounts.signedMinor;
    case 'gross-margin':
      return amounts.grossMarginMinor;
  }
}

function targetOf(basis: CommissionBasis, amounts: PeriodAmounts): number | null {
  switch (basis) {
    case 'collections':
      return amounts.targets.collections.realisticMinor;
    case 'signed':
      return amounts.targets.sales.realisticMinor;
    case 'gross-margin':
      return amounts.targets.grossMargin.realisticMinor;
  }
}

function tierLines(
  table: CommissionTable,
  amount: number,
  label: string,
): Array<{ minor: number; how: string }> {
  const money = (minor: number) => formatMoney(minor, table.currency);
  const rateOf = (ratePercent: number): Exact => div(exact(ratePercent), HUNDRED);
  if (amount <= 0) return [{ minor: 0, how: `${label} ${money(amount)}，无提成` }];
  const tiers = table.tiers;
  if (table.mode === 'full') {
    const index = tiers.reduce((reached, tier, i) => (amount >= tier.fromMinor ? i : reached), 0);
    const tier = tiers[index];
    const minor = toMinor(mul(exact(amount), rateOf(tier.ratePercent)));
    return [
      {
        minor,
        how:
          `全额累进：${label} ${money(amount)} 达到第 ${index + 1} 档（≥ ${money(tier.fromMinor)}），` +
          `${money(amount)} × ${toText(exact(tier.ratePercent))}% = ${money(minor)}`,
      },
    ];
  }
  const lines: Array<{ minor: number; how: string }> = [];
  tiers.forEach((tier, i) => {
    if (amount <= tier.fromMinor) return;
    const upper = tiers[i + 1]?.fromMinor;
    const top = upper === undefined ? amount : Math.min(amount, upper);
    const slice = top - tier.fromMinor;
    const minor = toMinor(mul(exact(slice), rateOf(tier.ratePercent)));
    const range =
      upper === undefined ? `${money(tier.fromMinor)} 以上` : `${money(tier.fromMinor)}–${money(upper)}`;
    lines.push({
      minor,
      how: `超额累进第 ${i + 1} 档（${range}）：${money(slice)} × ${toText(exact(tier.ratePercent))}% = ${money(minor)}`,
    });
  });
  return lines;
}

const sum = (lines: readonly PayoutLine[]): number => lines.reduce((total, l) => total + l.amountMinor, 0);
