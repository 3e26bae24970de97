import type { SaleFact, TargetsFact, TerminationFact } from '../facts';
import type { Period } from './period';
import { rate, type RateOrNull } from './rate';
import { countsFor, type Subject } from './subject';
import { periodTarget } from './targets-in-force';

export const P1_FORMULA = {
  zh: '销售目标达成率 = 本期签约合同金额（含税，按签约日；本期签约本期终止的计零，以后终止的在终止当期扣减；计入签约时的合同负责人及其事业部）÷ 本期销售额目标（现实目标与理想目标各算一次；目标取期末已审批生效的分解）',
  en: 'sales attainment = contract amount signed in the period (tax-inclusive, by signing date; a contract terminated in the same period counts zero, one terminated later is deducted in the period of termination; credited to the owner and their division at signing) ÷ the period’s sales target (realistic and stretch; the targets approved and in force at the period’s end)',
} as const;

export const P2_FORMULA = {
  zh: '毛利目标达成率 = 本期签约合同毛利之和 ÷ 本期毛利目标；毛利 = Σ 各产品线不含税金额 − 成本预估（不含税），各产品线不含税金额 = 含税金额 ÷ (1 + 增值税率)，四舍五入到分；终止按 P1 同样扣减',
  en: 'gross-margin attainment = Σ gross margin of contracts signed in the period ÷ the period’s gross-margin target; gross margin = Σ lines’ tax-exclusive amounts − the (tax-exclusive) cost estimate, each line’s tax-exclusive amount = its amount ÷ (1 + VAT rate), rounded half-up to the fen; terminations deducted as in P1',
} as const;

export const P6_FORMULA = {
  zh: '产品比例 = 各产品线本期签约金额（含税）÷ 本期签约金额合计（终止按 P1 同样扣减）',
  en: 'product mix = each product line’s signed amount in the period (tax-inclusive) ÷ the total signed amount (terminations deducted as in P1)',
} as const;

type Counted = Readonly<{ sale: SaleFact; sign: 1 | -1; on: string; factId: string }>;

export type SalesFigures = Readonly<{
  currency: string | null;
  signedMinor: number;
  grossMarginMinor: number;
  p1: Readonly<{
    realistic: RateOrNull;
    stretch: RateOrNull;
    targetRealisticMinor: number | null;
    targetStretchMinor: number | null;
  }>;
  p2: Readonly<{
    realistic: RateOrNull;
    stretch: RateOrNull;
    targetRealisticMinor: number | null;
    targetStretchMinor: number | null;
  }>;
  p6: readonly Readonly<{ productLineId: string; amountMinor: number; share: RateOrNull }>[];
  /** The signings (+) and terminations (−) the figures are made of. */
  explain: readonly Readonly<{
    factId: string;
    contractId: string;
    sign: 1 | -1;
    businessDate: string;
    amountMinor: number;
    grossMarginMinor: number;
  }>[];
}>;

/** P1, P2 and P6 for a subject and period, from the facts recorded by `asOf`. */
export function salesFigures(
  subject: Subject,
  period: Period,
  facts: Readonly<{
    sales: readonly SaleFact[];
    terminations: readonly TerminationFact[];
    targets: readonly TargetsFact[];
  }>,
): SalesFigures {
  const inPeriod = (date: string) => date >= period.from && date <= period.to;
  const byContract = new Map(facts.sales.map((s) => [s.contractId, s]));
  const counted: Counted[] = [];
  for (const sale of facts.sales)
    if (inPeriod(sale.businessDate) && countsFor(subject, sale.personId, sale.divisionId))
      counted.push({ sale, sign: 1, on: sale.businessDate, factId: sale.factId });
  for (const termination of facts.terminations) {
    const sale = byContract.get(termination.contractId);
    if (sale && inPeriod(termination.businessDate) && countsFor(subject, sale.personId, sale.divisionId))
      counted.push({ sale, sign: -1, on: termination.businessDate, factId: termination.factId });
  }
  counted.sort((a, b) => a.on.localeCompare(b.on) || b.sign - a.sign);
  const margin = (sale: SaleFact) => sale.amountExclusiveMinor - sale.costEstimateMinor;
  const signedMinor = counted.reduce((sum, c) => sum + c.sign * c.sale.amountMinor, 0);
  const grossMarginMinor = counted.reduce((sum, c) => sum + c.sign * margin(c.sale), 0);
  const lines = new Map<string, number>();
  for (const c of counted)
    for (const line of c.sale.lines)
      lines.set(line.productLineId, (lines.get(line.productLineId) ?? 0) + c.sign * line.amountMinor);
  const attainment = (metric: 'salesAmount' | 'grossMargin', achieved: number) => {
    const realistic = periodTarget(facts.targets, subject, period, metric, 'realistic');
    const stretch = periodTarget(facts.targets, subject, period, metric, 'stretch');
    const none = 'no target approved and in force for this subject and period';
    return {
      realistic: rate(achieved, realistic.value ?? 0, none),
      stretch: rate(achieved, stretch.value ?? 0, none),
      targetRealisticMinor: realistic.value,
      targetStretchMinor: stretch.value,
    };
  };
  return {
    currency: counted[0]?.sale.currency ?? null,
    signedMinor,
    grossMarginMinor,
    p1: attainment('salesAmount', signedMinor),
    p2: attainment('grossMargin', grossMarginMinor),
    p6: [...lines.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([productLineId, amountMinor]) => ({
        productLineId,
        amountMinor,
        share: rate(amountMinor, signedMinor, 'nothing signed in the period'),
      })),
    explain: counted.map((c) => ({
      factId: c.factId,
      contractId: c.sale.contractId,
      sign: c.sign,
      businessDate: c.on,
      amountMinor: c.sign * c.sale.amountMinor,
      grossMarginMinor: c.sign * margin(c.sale),
    })),
  };
}
