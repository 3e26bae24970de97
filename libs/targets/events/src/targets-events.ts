import type { PublishedEvent } from '@sales/shared/domain';

export const TARGETS_CONTEXT = 'targets';

/**
 * The five plan metrics (T1). Money metrics are integer minor units (fen) of the plan's currency,
 * carried as JSON integers no larger than Number.MAX_SAFE_INTEGER (about 90 trillion yuan), so
 * they stay exact in JavaScript without a bigint codec; `newCustomers` is a head count.
 */
export const METRICS = [
  'salesAmount',
  'grossMargin',
  'collections',
  'newCustomers',
  'expenseBudget',
] as const;
export type Metric = (typeof METRICS)[number];

export const METRIC_LABELS: Readonly<
  Record<Metric, Readonly<{ zh: string; en: string; unit: 'money' | 'count' }>>
> = {
  salesAmount: { zh: '销售额', en: 'sales amount', unit: 'money' },
  grossMargin: { zh: '毛利', en: 'gross margin', unit: 'money' },
  collections: { zh: '回款', en: 'collections', unit: 'money' },
  newCustomers: { zh: '新增客户', en: 'new customers', unit: 'count' },
  expenseBudget: { zh: '费用', en: 'expense budget', unit: 'money' },
};

/** 现实目标 (realistic) and 理想目标 (stretch). */
export const LEVELS = ['realistic', 'stretch'] as const;
export type Level = (typeof LEVELS)[number];

/** 现实目标 / 理想目标: the two levels of every figure (T1). */
export const LEVEL_LABELS: Readonly<Record<Level, Readonly<{ zh: string; en: string }>>> = {
  realistic: { zh: '现实目标', en: 'realistic' },
  stretch: { zh: '理想目标', en: 'stretch' },
};

/** A node of the decomposition (分解): the company, a division, a salesperson (落实到人). */
export type NodeId = 'company' | `division:${string}` | `salesperson:${string}`;

/**
 * An approval unit: the company split (company and division figures, approved by the VP) or a
 * division's split to its salespeople (approved by that division's manager).
 */
export type UnitId = 'company' | `division:${string}`;

/** One level of one metric: the year, its four quarters and twelve months, all adding up exactly. */
export type LevelTarget = Readonly<{
  year: number;
  quarters: readonly number[];
  months: readonly number[];
}>;

export type MetricTarget = Readonly<{ realistic: LevelTarget; stretch: LevelTarget }>;

export type NodeTargets = Readonly<Partial<Record<Metric, MetricTarget>>>;

export type NodeTargetsEntry = Readonly<{
  node: NodeId;
  divisionId: string | null;
  personId: string | null;
  targets: NodeTargets;
}>;

/*
 * The targets context's PUBLISHED events (`sales.targets.events`, key: the plan's or the review's
 * stream id; CloudEvents type `targets.<type>.v<schemaVersion>`). They change only by a new
 * version (a committed schema per version, checked in CI). What is published and why:
 *   PlanOpened (v1)               a fiscal year's planning began, in which currency.
 *   PlanCorrected (v1)            a plan still in draft got another currency.
 *   PlanAbandoned (v1)            a plan still in draft was abandoned (the year may open again).
 *   TargetsSubmitted (v1)         a split awaits its approver (workflow, notifications).
 *   TargetsApproved (v1)          the figures in force: the whole approved version of a unit, so
 *                                 KPI and appraisal never need drafts.
 *   TargetsRejected (v1)          a split went back to its planner, with the reason.
 *   QuarterlyReviewSubmitted (v2) a salesperson handed in a quarter's review (who, which quarter,
 *                                 which division); v1 also carried the form's free text, which
 *                                 now stays internal.
 *   QuarterlyReviewArchived (v1)  the manager closed the review.
 * Internal only: TargetsSet (draft edits), TargetsRevised (a revision is a draft until its
 * approval publishes the figures), QuarterlyReviewCommented (the manager's free text).
 * A transfer of a moved salesperson's targets (the old division's split, the new one's and the
 * company's, revised at once) publishes no type of its own: TargetsSubmitted v1 for each of those
 * splits when it is opened, then TargetsApproved v1 for each (together, once the last approver
 * approved: the person's figures are in force in exactly one split at any time) or
 * TargetsRejected v1 for each. A partial approval stays internal.
 */

export type PlanOpenedV1 = PublishedEvent<'PlanOpened', Readonly<{ fiscalYear: number; currency: string }>>;

export type PlanCorrectedV1 = PublishedEvent<
  'PlanCorrected',
  Readonly<{ fiscalYear: number; currency: string; previousCurrency: string }>
>;

export type PlanAbandonedV1 = PublishedEvent<
  'PlanAbandoned',
  Readonly<{ fiscalYear: number; reason: string }>
>;

export type TargetsSubmittedV1 = PublishedEvent<
  'TargetsSubmitted',
  Readonly<{ fiscalYear: number; unit: UnitId; version: number; submittedBy: string }>
>;

/** Carries the whole approved version so a subscriber never needs the drafts. */
export type TargetsApprovedV1 = PublishedEvent<
  'TargetsApproved',
  Readonly<{
    fiscalYear: number;
    currency: string;
    unit: UnitId;
    version: number;
    approvedBy: string;
    nodes: readonly NodeTargetsEntry[];
  }>
>;

export type TargetsRejectedV1 = PublishedEvent<
  'TargetsRejected',
  Readonly<{ fiscalYear: number; unit: UnitId; version: number; rejectedBy: string; reason: string }>
>;

type ReviewKey = Readonly<{ salespersonId: string; fiscalYear: number; quarter: number }>;

export type QuarterlyReviewSubmittedV2 = PublishedEvent<
  'QuarterlyReviewSubmitted',
  ReviewKey & Readonly<{ divisionId: string }>
>;

export type QuarterlyReviewArchivedV1 = PublishedEvent<
  'QuarterlyReviewArchived',
  ReviewKey & Readonly<{ archivedBy: string }>
>;

/** Every event targets publishes, at the versions it publishes now. */
export type TargetsPublishedEvent =
  | PlanOpenedV1
  | PlanCorrectedV1
  | PlanAbandonedV1
  | TargetsSubmittedV1
  | TargetsApprovedV1
  | TargetsRejectedV1
  | QuarterlyReviewSubmittedV2
  | QuarterlyReviewArchivedV1;
