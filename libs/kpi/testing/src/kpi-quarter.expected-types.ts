/*
 * The neutral shape of the quarter's expected figures: integers only. Money in fen (CNY); a rate
 * as the fraction the API should report, numerator and denominator UNREDUCED (as the formula
 * puts them in, e.g. received ÷ (opening + falling due) in fen) — compare them exactly, or by
 * cross-multiplication if the API reduces them. The test's adapter reads the KPI API into this
 * shape; nothing here is computed by projection code.
 */

export type Fraction = Readonly<{ numerator: number; denominator: number }>;

export type AttainmentFigure = Readonly<{
  /** What was achieved in the period, fen. */
  achievedMinor: number;
  targetRealisticMinor: number;
  targetStretchMinor: number;
  realistic: Fraction;
  stretch: Fraction;
}>;

export type ExpectedPeriodFigures = Readonly<{
  /** P1 销售目标达成率: signed amount (含税, terminations per DOMAIN) ÷ sales target. */
  p1: AttainmentFigure;
  /** P2 毛利目标达成率: Σ (不含税 amount − cost) ÷ gross-margin target. */
  p2: AttainmentFigure;
  /** P3 应收账款回收率: received ÷ (opening receivables + falling due in the period). */
  p3: Readonly<{ receivedMinor: number; openingMinor: number; fallingDueMinor: number; rate: Fraction }>;
  /** P7 回款达成率: received ÷ collections target. */
  collectionsAttainment: AttainmentFigure;
  /** P4 每天平均访问户数: counted visits ÷ (sum of the salespeople's) working days. */
  p4: Readonly<{ visits: number; workingDays: number; rate: Fraction }>;
  /** P5 客户数量 (owned at the period's end, new = first contract signed in the period); P7 新增潜在客户. */
  p5: Readonly<{ ownedAtEnd: number; newInPeriod: number; newPotential: number }>;
  /** P6 产品比例: signed amount (含税) per product line; share = line ÷ total. */
  p6: Readonly<{ totalMinor: number; lines: Readonly<Record<string, number>> }>;
  /** P7 费用: approved expenses dated in the period, fen. */
  expensesMinor: number;
}>;

export type ExpectedSubject = 'salesperson:p-li' | 'division:d-east' | 'company';
export type ExpectedPeriod = '2027-01' | '2027-Q1' | '2027';

export const fraction = (numerator: number, denominator: number): Fraction => ({ numerator, denominator });
