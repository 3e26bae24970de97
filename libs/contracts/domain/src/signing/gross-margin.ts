import type { ContractLine } from './contract-terms';

/*
 * 毛利 (K3), tax-exclusive, in integer fen with no float on the way:
 *   line amount excl. VAT (不含税) = round_half_up(line amount × 10000 ÷ (10000 + VAT basis points))
 *   revenue excl. VAT              = Σ line amounts excl. VAT
 *   gross margin (毛利)            = revenue excl. VAT − cost estimate (成本预估, already tax-exclusive)
 *   margin rate (毛利率)           = round_half_away_from_zero(gross margin × 10000 ÷ revenue excl. VAT), in basis points
 * Each line is rounded on its own (a line is what an invoice shows), then summed.
 */

export type LineFigures = ContractLine &
  Readonly<{
    /** 不含税金额, integer fen. */
    amountExclusiveMinor: number;
    /** 税额 = amount − amount excl. VAT, integer fen. */
    vatMinor: number;
  }>;

export type MarginFigures = Readonly<{
  lines: readonly LineFigures[];
  /** 不含税收入, integer fen. */
  amountExclusiveMinor: number;
  /** 毛利 (tax-exclusive), integer fen; negative when the cost estimate exceeds the revenue. */
  grossMarginMinor: number;
  /** 毛利率 in basis points (2850 = 28.50%); null when the revenue excl. VAT is 0. */
  marginRateBasisPoints: number | null;
}>;

export const BASIS = 10_000;

/** `numerator ÷ denominator` (denominator > 0) rounded half away from zero, exactly. */
function roundedQuotient(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n;
  const magnitude = negative ? -numerator : numerator;
  const rounded = (2n * magnitude + denominator) / (2n * denominator);
  return negative ? -rounded : rounded;
}

/** The tax-exclusive part of a tax-inclusive amount at a VAT rate in basis points. */
export function exclusiveOf(amountMinor: number, vatBasisPoints: number): number {
  return Number(roundedQuotient(BigInt(amountMinor) * BigInt(BASIS), BigInt(BASIS + vatBasisPoints)));
}

export function marginOf(lines: readonly ContractLine[], costEstimateMinor: number): MarginFigures {
  const figures = lines.map((line): LineFigures => {
    const amountExclusiveMinor = exclusiveOf(line.amountMinor, line.vatBasisPoints);
    return { ...line, amountExclusiveMinor, vatMinor: line.amountMinor - amountExclusiveMinor };
  });
  const amountExclusiveMinor = figures.reduce((sum, line) => sum + line.amountExclusiveMinor, 0);
  const grossMarginMinor = amountExclusiveMinor - costEstimateMinor;
  const marginRateBasisPoints =
    amountExclusiveMinor === 0
      ? null
      : Number(roundedQuotient(BigInt(grossMarginMinor) * BigInt(BASIS), BigInt(amountExclusiveMinor)));
  return { lines: figures, amountExclusiveMinor, grossMarginMinor, marginRateBasisPoints };
}
