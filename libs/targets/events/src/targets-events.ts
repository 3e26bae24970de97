import type { DomainEvent } from '@sales/shared/domain';

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

/** A quarter below the one before it (渐进式目标 says each quarter builds on the last). */
export type RegressiveQuarter = Readonly<{
  node: NodeId;
  metric: Metric;
  level: Level;
  quarter: number;
  amount: number;
  previous: number;
}>;

export type NodeTargetsEntry = Readonly<{
  node: NodeId;
  divisionId: string | null;
  personId: string | null;
  targets: NodeTargets;
}>;

/** The fiscal-year plan was opened for planning. */
export type PlanOpened = DomainEvent<'PlanOpened', Readonly<{ fiscalYear: number; currency: string }>>;

/** Targets of one node were drafted or changed in a draft (the metrics given replace earlier ones). */
export type TargetsSet = DomainEvent<
  'TargetsSet',
  Readonly<{
    fiscalYear: number;
    unit: UnitId;
    version: number;
    node: NodeId;
    divisionId: string | null;
    personId: string | null;
    targets: NodeTargets;
    acknowledgedRegressions: readonly RegressiveQuarter[];
  }>
>;

export type TargetsSubmitted = DomainEvent<
  'TargetsSubmitted',
  Readonly<{ fiscalYear: number; unit: UnitId; version: number; submittedBy: string }>
>;

/** Carries the whole approved version so a subscriber never needs the drafts. */
export type TargetsApproved = DomainEvent<
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

export type TargetsRejected = DomainEvent<
  'TargetsRejected',
  Readonly<{ fiscalYear: number; unit: UnitId; version: number; rejectedBy: string; reason: string }>
>;

/** An approved unit is revised (with a reason) and awaits approval again as a new version. */
export type TargetsRevised = DomainEvent<
  'TargetsRevised',
  Readonly<{
    fiscalYear: number;
    unit: UnitId;
    version: number;
    revisedBy: string;
    reason: string;
    changes: readonly NodeTargetsEntry[];
    acknowledgedRegressions: readonly RegressiveQuarter[];
  }>
>;

export type PlanEvent =
  | PlanOpened
  | TargetsSet
  | TargetsSubmitted
  | TargetsApproved
  | TargetsRejected
  | TargetsRevised;

/** 季度复盘: the salesperson's answers to the text's questions. */
export type QuarterlyReviewForm = Readonly<{
  /** 你想在年底达成什么样的成果（年终目标） */
  yearEndGoal: string;
  /** 要取得这些成果，你面临着哪些障碍 */
  obstacles: string;
  /** 你的销售区域有哪些优势 */
  territoryStrengths: string;
  /** 你的销售区域有哪些不足 */
  territoryWeaknesses: string;
  /** 如果本季度目标未能达成，对实现年终目标有何影响 */
  impactIfMissed: string;
  /** 上季度完成的目标中，哪些是渐进式的 */
  lastQuarterProgress: string;
  /** 你是如何取得这些进展的 */
  howProgressWasAchieved: string;
  /** 上季度没有完成的目标，有什么办法弥补 */
  makeUpForMisses: string;
}>;

/** The form's fields in the order the text asks them (see QUARTERLY_REVIEW_QUESTIONS for the wording). */
export const QUARTERLY_REVIEW_FIELDS: readonly (keyof QuarterlyReviewForm)[] = [
  'yearEndGoal',
  'obstacles',
  'territoryStrengths',
  'territoryWeaknesses',
  'impactIfMissed',
  'lastQuarterProgress',
  'howProgressWasAchieved',
  'makeUpForMisses',
];

type ReviewKey = Readonly<{ salespersonId: string; fiscalYear: number; quarter: number }>;

export type QuarterlyReviewSubmitted = DomainEvent<
  'QuarterlyReviewSubmitted',
  ReviewKey & Readonly<{ divisionId: string; form: QuarterlyReviewForm }>
>;

export type QuarterlyReviewCommented = DomainEvent<
  'QuarterlyReviewCommented',
  ReviewKey & Readonly<{ commentedBy: string; comment: string }>
>;

export type QuarterlyReviewArchived = DomainEvent<
  'QuarterlyReviewArchived',
  ReviewKey & Readonly<{ archivedBy: string }>
>;

export type QuarterlyReviewEvent =
  | QuarterlyReviewSubmitted
  | QuarterlyReviewCommented
  | QuarterlyReviewArchived;

export type TargetsEvent = PlanEvent | QuarterlyReviewEvent;
export type TargetsEventType = TargetsEvent['type'];

export const TARGETS_EVENT_SCHEMA_VERSIONS: Readonly<Record<TargetsEventType, number>> = {
  PlanOpened: 1,
  TargetsSet: 1,
  TargetsSubmitted: 1,
  TargetsApproved: 1,
  TargetsRejected: 1,
  TargetsRevised: 1,
  QuarterlyReviewSubmitted: 1,
  QuarterlyReviewCommented: 1,
  QuarterlyReviewArchived: 1,
};
