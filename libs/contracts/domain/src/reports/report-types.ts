import type { BusinessDate, Command, DomainEvent, Role } from '@sales/shared/domain';
import type { ContractPerson } from '../signing/contract-commands';

export const reportStreamId = (reportId: string) => `report-${reportId}`;

export const FEASIBILITY_ASPECTS = ['schedule', 'technology', 'installation'] as const;
export type FeasibilityAspect = (typeof FEASIBILITY_ASPECTS)[number];

/** Who confirms each aspect. */
export const FEASIBILITY_ROLES: Readonly<Record<FeasibilityAspect, Role>> = {
  schedule: 'sales_admin',
  technology: 'engineer',
  installation: 'installer',
};

export type ReportDeal = Readonly<{
  customerId: string;
  currency: string;
  /** 预计金额 (含税), integer fen. */
  expectedAmountMinor: number;
  products: readonly Readonly<{ productLineId: string; amountMinor: number | null }>[];
  expectedSigningOn: BusinessDate;
  expectedDeliveryOn: BusinessDate;
  technicalRequirements: string;
  installationConditions: string;
}>;

export type FeasibilityDecision = Readonly<{
  outcome: 'confirmed' | 'refused';
  by: string;
  note: string;
  on: BusinessDate;
}>;

export type ReportStatus = 'submitted' | 'returned' | 'approved' | 'rejected';

export type ReportState = Readonly<{
  reportId: string | null;
  salespersonId: string;
  divisionId: string | null;
  revision: number;
  status: ReportStatus;
  deal: ReportDeal | null;
  feasibility: Readonly<Record<FeasibilityAspect, FeasibilityDecision | null>>;
  decidedBy: string | null;
  decidedOn: BusinessDate | null;
}>;

type Dated = Readonly<{ on: BusinessDate }>;
export type ReportSubmitted = DomainEvent<
  'ReportSubmitted',
  Readonly<{ reportId: string; salespersonId: string; divisionId: string | null; deal: ReportDeal }> & Dated
>;
export type ReportRevised = DomainEvent<
  'ReportRevised',
  Readonly<{ revision: number; deal: ReportDeal }> & Dated
>;
export type FeasibilityDecided = DomainEvent<
  'FeasibilityDecided',
  Readonly<{
    revision: number;
    aspect: FeasibilityAspect;
    outcome: 'confirmed' | 'refused';
    by: string;
    note: string;
  }> &
    Dated
>;
export type ReportApproved = DomainEvent<
  'ReportApproved',
  Readonly<{ revision: number; by: string; selfApproval: boolean }> & Dated
>;
export type ReportRejected = DomainEvent<
  'ReportRejected',
  Readonly<{ revision: number; by: string; reason: string }> & Dated
>;
export type ReportEvent =
  | ReportSubmitted
  | ReportRevised
  | FeasibilityDecided
  | ReportApproved
  | ReportRejected;

export type SubmitReport = Command<
  'SubmitReport',
  Readonly<{ reportId: string; by: ContractPerson; deal: ReportDeal; today: BusinessDate }>
>;
export type ReviseReport = Command<
  'ReviseReport',
  Readonly<{ by: ContractPerson; deal: ReportDeal; today: BusinessDate }>
>;
export type DecideFeasibility = Command<
  'DecideFeasibility',
  Readonly<{
    aspect: FeasibilityAspect;
    outcome: 'confirmed' | 'refused';
    note: string;
    by: ContractPerson;
    today: BusinessDate;
  }>
>;
/**
 * `approverId`: the manager of the report's division as of today, or — when the division has no
 * manager — the person above the salesperson (the top of the tree approves their own only when
 * nobody is above them, and that is recorded).
 */
export type DecideReport = Command<
  'DecideReport',
  Readonly<{
    decision: 'approve' | 'reject';
    reason: string;
    by: ContractPerson;
    approverId: string | null;
    today: BusinessDate;
  }>
>;
export type ReportCommand = SubmitReport | ReviseReport | DecideFeasibility | DecideReport;
