import type { DomainEvent } from '@sales/shared/domain';
import type { Level, Metric, NodeId, NodeTargets, NodeTargetsEntry, UnitId } from '@sales/targets/events';
import type { TransferEvent } from './plan-transfer-events';

export type * from './plan-transfer-events';

/*
 * The plan's internal events: what the plan decider records and folds, free to change. Other
 * contexts see the published events of `@sales/targets/events`, made of these by
 * `plan-publication.ts`.
 */

/** A quarter below the one before it (渐进式目标 says each quarter builds on the last). */
export type RegressiveQuarter = Readonly<{
  node: NodeId;
  metric: Metric;
  level: Level;
  quarter: number;
  amount: number;
  previous: number;
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
    /** Who drafted the change (absent in events recorded before it was kept). */
    setBy?: string;
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
    /**
     * The approver submitted it himself, having nobody above him in the tree (the only
     * self-approval allowed). Internal for now: published TargetsApproved v1 has no such field.
     */
    selfApproval?: boolean;
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

/** A salesperson of a division left out of its split, with the reason (internal: the split's business). */
export type SalespersonExcluded = DomainEvent<
  'SalespersonExcluded',
  Readonly<{ fiscalYear: number; unit: UnitId; personId: string; reason: string; excludedBy: string }>
>;

/** A plan still in draft got its currency corrected. */
export type PlanCorrected = DomainEvent<
  'PlanCorrected',
  Readonly<{ fiscalYear: number; currency: string; previousCurrency: string; correctedBy: string }>
>;

/** A plan still in draft was abandoned (opened by mistake, or to start over). */
export type PlanAbandoned = DomainEvent<
  'PlanAbandoned',
  Readonly<{ fiscalYear: number; reason: string; abandonedBy: string }>
>;

export type PlanEvent =
  | PlanOpened
  | PlanCorrected
  | PlanAbandoned
  | SalespersonExcluded
  | TargetsSet
  | TargetsSubmitted
  | TargetsApproved
  | TargetsRejected
  | TargetsRevised
  | TransferEvent;
