import type { BusinessDate, CurrencyCode } from '@sales/shared/domain';

/**
 * An appraisal scheme (考核办法) as the VP sets it: what is scored, how, what the score means and
 * what is paid. Percent-like numbers (weights, rates, multipliers, attainment, grade scores) are
 * JSON numbers read exactly through their decimal text (no float arithmetic ever touches them);
 * thresholds on figure values are exact decimal strings in the figure's own unit (a rate as a
 * decimal fraction "0.8", money in 分 as an integer string, a count as an integer string).
 */
export type SchemeRules = Readonly<{
  /** Shown to people, e.g. 「业务人员季度考核办法」. */
  name: string;
  /** Salespeople on their own figures; division managers (事业部经理) on their division's figures. */
  appliesTo: SchemeSubjectRole;
  kpis: readonly SchemeKpi[];
  /** The manager's qualitative evaluation (定性评价), scored 0–100; Σ KPI weights + this = exactly 100. */
  qualitativeWeightPercent: number;
  /** Highest first, e.g. A ≥ 90, B ≥ 75, C ≥ 60, D ≥ 0; the last band starts at 0. */
  gradeBands: readonly GradeBand[];
  /** What counts as a miss (未达标); default: the lowest grade. */
  miss: MissDefinition;
  ladder: Ladder;
  commission: CommissionTable;
}>;

/** A version of a scheme: its rules, in force from `effectiveFrom` until the next version's date. */
export type SchemeVersion = SchemeRules &
  Readonly<{
    schemeId: string;
    /** 1, 2, … in the order they were set. */
    version: number;
    effectiveFrom: BusinessDate;
  }>;

export type SchemeSubjectRole = 'salesperson' | 'division_manager';

/** One KPI of the scheme: a figure id of the KPI service's catalogue (KPI_FIGURE_IDS), its weight and curve. */
export type SchemeKpi = Readonly<{ figureId: string; weightPercent: number; curve: ScoringCurve }>;

/**
 * How a figure's value becomes points.
 * - `linear`: 0 points at or beyond `floor`, 100 at `target`, a straight line between. If `cap` is
 *   given, points keep rising on the same slope past `target` up to the value `cap` and stay there
 *   (so a cap above target gives more than 100 points: 超额越多奖励越多); without `cap` points stop
 *   at 100. `floor` above `target` means lower is better (expenses, overdue receivables).
 * - `bands`: stepped; the points of the last band whose `from` ≤ value (bands sorted ascending,
 *   `from` strictly increasing); a value below the first band scores 0.
 * A figure with no value (null) scores 0, with the reason on its line.
 */
export type ScoringCurve =
  | Readonly<{ kind: 'linear'; floor: string; target: string; cap?: string }>
  | Readonly<{ kind: 'bands'; bands: readonly ScoreBand[] }>;

export type ScoreBand = Readonly<{ from: string; points: number }>;

/** A grade (等级) from a minimum score upward: score ≥ minScore (inclusive). */
export type GradeBand = Readonly<{ grade: string; minScore: number }>;

/** A miss: one of the named grades (default: the lowest), or a score below a threshold. */
export type MissDefinition =
  | Readonly<{ kind: 'grades'; grades: readonly string[] }>
  | Readonly<{ kind: 'score-below'; score: number }>;

/**
 * The ladder for repeated under-performance: the 1st miss brings help (帮助: a coaching plan is
 * due), the 2nd consecutive a penalty (惩罚, the scheme's text and optional amount deducted from
 * the payout), the 3rd and later an elimination warning (淘汰预警) — a flag for people to decide,
 * never a dismissal. A period that is not a miss resets the count.
 */
export type Ladder = Readonly<{
  help: Readonly<{ text: string }>;
  penalty: Readonly<{ text: string; amountMinor?: number }>;
  eliminationWarning: Readonly<{ text: string }>;
}>;

export type LadderStep = 'none' | 'help' | 'penalty' | 'elimination-warning';

/** What commission is measured on: collections (回款, the default), signed amount (签约额) or gross margin (毛利). */
export type CommissionBasis = 'collections' | 'signed' | 'gross-margin';

/** 全额累进 (`full`: the whole amount at the rate of the tier reached) or 超额累进 (`excess`: each slice at its own rate). */
export type CommissionMode = 'full' | 'excess';

/**
 * The commission table (提成方案). Tiers start at 0 and rise strictly; a tier is reached when the
 * amount is ≥ its `fromMinor`. The accelerator of the attainment reached (basis amount ÷ the
 * basis's realistic target, in percent; lower bound inclusive: exactly 100% takes the "from 100"
 * multiplier) multiplies the whole commission. The cap, if any, limits the commission after the
 * accelerator; the ladder's penalty is deducted last (the payout never goes below 0).
 */
export type CommissionTable = Readonly<{
  basis: CommissionBasis;
  mode: CommissionMode;
  currency: CurrencyCode;
  tiers: readonly CommissionTier[];
  /** Sorted by `fromAttainment` strictly ascending; none means 1× throughout. */
  accelerators: readonly Accelerator[];
  capMinor?: number;
}>;

/** From `fromMinor` (分, inclusive) upward, at `ratePercent` (e.g. 3 = 3%, 1.5 = 1.5%). */
export type CommissionTier = Readonly<{ fromMinor: number; ratePercent: number }>;

/** From `fromAttainment` percent of target (e.g. 100 = 100%, inclusive) upward, × `multiplier` (≥ 1). */
export type Accelerator = Readonly<{ fromAttainment: number; multiplier: number }>;
