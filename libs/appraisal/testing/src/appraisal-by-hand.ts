/**
 * An appraisal worked out by hand, independently of `@sales/appraisal/domain`: the end-to-end
 * tests compare the service's published results with this. Everything is integer arithmetic on
 * BigInt (values scaled to millionths, points and scores to hundredths, money in 分) with
 * half-up rounding where the scheme's text says a figure is shown: each KPI's points and the
 * score to 2 places, each payout line to the fen.
 */

export type HandCurve =
  | Readonly<{ kind: 'linear'; floor: string; target: string; cap?: string }>
  | Readonly<{ kind: 'bands'; bands: readonly Readonly<{ from: string; points: number }>[] }>;

export type HandScheme = Readonly<{
  kpis: readonly Readonly<{ figureId: string; weightPercent: number; curve: HandCurve }>[];
  qualitativeWeightPercent: number;
  gradeBands: readonly Readonly<{ grade: string; minScore: number }>[];
  missGrades: readonly string[];
  commission: Readonly<{
    mode: 'full' | 'excess';
    tiers: readonly Readonly<{ fromMinor: number; ratePercent: number }>[];
    accelerators: readonly Readonly<{ fromAttainment: number; multiplier: number }>[];
    capMinor?: number;
  }>;
  penaltyMinor: number;
}>;

export type HandResult = Readonly<{
  /** Per KPI, points to 2 places ("140.00"). */
  points: Readonly<Record<string, string>>;
  score: string;
  grade: string;
  missed: boolean;
  consecutiveMisses: number;
  ladderStep: 'none' | 'help' | 'penalty' | 'elimination-warning';
  /** Commission before the penalty, and the payout after it, in 分. */
  commissionMinor: number;
  payoutMinor: number;
}>;

const MILLION = 1_000_000n;

/** "0.893504" → 893504n (millionths); at most 6 places, as the KPI service writes rates. */
function millionths(decimal: string): bigint {
  const match = /^(-?)(\d+)(?:\.(\d{1,6}))?$/.exec(decimal);
  if (!match) throw new Error(`not a decimal with at most 6 places: ${decimal}`);
  const [, sign, whole, fraction = ''] = match;
  const value = BigInt(whole) * MILLION + BigInt(fraction.padEnd(6, '0'));
  return sign ? -value : value;
}

/** n ÷ d rounded half-up (away from zero), d > 0. */
function divRound(n: bigint, d: bigint): bigint {
  const q = n / d;
  const r = n % d;
  if (2n * (r < 0n ? -r : r) >= d) return n < 0n ? q - 1n : q + 1n;
  return q;
}

const hundredths = (value: bigint) => {
  const sign = value < 0n ? '-' : '';
  const abs = value < 0n ? -value : value;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
};

/** Points in hundredths for a figure value (null scores 0). */
function pointsOf(curve: HandCurve, value: string | null): bigint {
  if (value === null) return 0n;
  const v = millionths(value);
  if (curve.kind === 'bands') {
    let points = 0n;
    for (const band of curve.bands) if (v >= millionths(band.from)) points = BigInt(band.points) * 100n;
    return points;
  }
  const floor = millionths(curve.floor);
  const target = millionths(curve.target);
  const up = target > floor;
  const beyondFloor = up ? v <= floor : v >= floor;
  if (beyondFloor) return 0n;
  const limit = curve.cap === undefined ? target : millionths(curve.cap);
  const capped = up ? (v > limit ? limit : v) : v < limit ? limit : v;
  // points = (v − floor) ÷ (target − floor) × 100, in hundredths
  return divRound((capped - floor) * 10_000n, target - floor);
}

/** Commission in 分 before the cap: 全额累进 (whole amount at the reached tier's rate) or 超额累进 (slices). */
function tierCommission(
  mode: 'full' | 'excess',
  tiers: HandScheme['commission']['tiers'],
  amountMinor: number,
): bigint {
  const amount = BigInt(amountMinor);
  const rate = (percent: number) => BigInt(Math.round(percent * 10_000)); // in millionths of 1
  if (amount <= 0n) return 0n;
  if (mode === 'full') {
    const reached = [...tiers].reverse().find((t) => amount >= BigInt(t.fromMinor)) ?? tiers[0];
    return divRound(amount * rate(reached.ratePercent), MILLION);
  }
  let total = 0n;
  tiers.forEach((tier, i) => {
    const from = BigInt(tier.fromMinor);
    const to = i + 1 < tiers.length ? BigInt(tiers[i + 1].fromMinor) : undefined;
    if (amount <= from) return;
    const slice = (to !== undefined && amount > to ? to : amount) - from;
    total += divRound(slice * rate(tier.ratePercent), MILLION);
  });
  return total;
}

/**
 * The whole appraisal of one subject: KPI points and weights, the qualitative part, the grade,
 * the ladder after `previousConsecutiveMisses`, and the commission on `basisMinor` against
 * `targetMinor` (accelerator by attainment, lower bound inclusive), capped, less the penalty on a
 * second consecutive miss.
 */
export function appraiseByHand(
  scheme: HandScheme,
  input: Readonly<{
    figures: Readonly<Record<string, string | null>>;
    qualitativeScore: number;
    previousConsecutiveMisses: number;
    basisMinor: number;
    targetMinor: number | null;
  }>,
): HandResult {
  const points: Record<string, string> = {};
  let weighted = 0n; // hundredths × percent
  for (const kpi of scheme.kpis) {
    const p = pointsOf(kpi.curve, input.figures[kpi.figureId] ?? null);
    points[kpi.figureId] = hundredths(p);
    weighted += p * BigInt(kpi.weightPercent);
  }
  weighted += BigInt(Math.round(input.qualitativeScore * 100)) * BigInt(scheme.qualitativeWeightPercent);
  const scoreHundredths = divRound(weighted, 100n);
  const grade = scheme.gradeBands.find((b) => scoreHundredths >= BigInt(b.minScore) * 100n)?.grade ?? '?';
  const missed = scheme.missGrades.includes(grade);
  const consecutiveMisses = missed ? input.previousConsecutiveMisses + 1 : 0;
  const ladderStep =
    consecutiveMisses === 0
      ? 'none'
      : consecutiveMisses === 1
        ? 'help'
        : consecutiveMisses === 2
          ? 'penalty'
          : 'elimination-warning';
  const base = tierCommission(scheme.commission.mode, scheme.commission.tiers, input.basisMinor);
  let multiplierMillionths = MILLION;
  if (input.targetMinor !== null && input.targetMinor > 0) {
    // attainment in percent: basis ÷ target × 100, compared with each accelerator's lower bound
    for (const a of scheme.commission.accelerators) {
      if (BigInt(input.basisMinor) * 100n >= BigInt(a.fromAttainment) * BigInt(input.targetMinor))
        multiplierMillionths = BigInt(Math.round(a.multiplier * 1_000_000));
    }
  }
  let commission = divRound(base * multiplierMillionths, MILLION);
  const cap = scheme.commission.capMinor;
  if (cap !== undefined && commission > BigInt(cap)) commission = BigInt(cap);
  const penalty = ladderStep === 'penalty' ? BigInt(scheme.penaltyMinor) : 0n;
  const payout = commission - penalty < 0n ? 0n : commission - penalty;
  return {
    points,
    score: hundredths(scoreHundredths),
    grade,
    missed,
    consecutiveMisses,
    ladderStep,
    commissionMinor: Number(commission),
    payoutMinor: Number(payout),
  };
}
