import {
  type Aggregate,
  type BusinessDate,
  type Command,
  ConflictError,
  DomainError,
  type DomainEvent,
  ForbiddenError,
  NotFoundError,
  type Role,
  assertNever,
} from '@sales/shared/domain';
import { contractsPublishedEvent } from '@sales/contracts/events';
import type { ContractPerson } from '../signing/contract-commands';

/*
 * 签约前报备 (K2), one stream per report (`report-<id>`): the salesperson reports the deal; the
 * three feasibility checks — schedule by the 市场部主管 (sales_admin), technology by 技术
 * (engineer), installation by 安装 (installer) — each confirm or refuse it with a note; a refusal
 * sends it back for a revised report (every check starts again); once all three confirmed, the
 * manager of the salesperson's division approves it (or rejects it, for good). Signing (K3) rests
 * on an approved report no contract has used yet.
 */

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

const NO_FEASIBILITY = { schedule: null, technology: null, installation: null } as const;

function evolve(state: ReportState, event: ReportEvent): ReportState {
  switch (event.type) {
    case 'ReportSubmitted':
      return {
        ...state,
        reportId: event.data.reportId,
        salespersonId: event.data.salespersonId,
        divisionId: event.data.divisionId,
        revision: 1,
        status: 'submitted',
        deal: event.data.deal,
      };
    case 'ReportRevised':
      return {
        ...state,
        revision: event.data.revision,
        deal: event.data.deal,
        status: 'submitted',
        feasibility: NO_FEASIBILITY,
      };
    case 'FeasibilityDecided': {
      const { aspect, outcome, by, note, on } = event.data;
      return {
        ...state,
        status: outcome === 'refused' ? 'returned' : state.status,
        feasibility: { ...state.feasibility, [aspect]: { outcome, by, note, on } },
      };
    }
    case 'ReportApproved':
      return { ...state, status: 'approved', decidedBy: event.data.by, decidedOn: event.data.on };
    case 'ReportRejected':
      return { ...state, status: 'rejected', decidedBy: event.data.by, decidedOn: event.data.on };
  }
}

function checkDeal(deal: ReportDeal): void {
  if (deal.products.length === 0) throw new DomainError('report-products-required', { field: 'products' });
  if (deal.expectedDeliveryOn < deal.expectedSigningOn)
    throw new DomainError('report-delivery-before-signing', {
      field: 'expectedDeliveryOn',
      expectedSigningOn: deal.expectedSigningOn,
      expectedDeliveryOn: deal.expectedDeliveryOn,
    });
}

function existing(state: ReportState): ReportState & { reportId: string } {
  if (!state.reportId) throw new NotFoundError('unknown-report', {});
  return state as ReportState & { reportId: string };
}

function stillOpen(state: ReportState & { reportId: string }, allowed: readonly ReportStatus[]): void {
  if (!allowed.includes(state.status))
    throw new ConflictError('report-not-open', { reportId: state.reportId, reportStatus: state.status });
}

function decide(command: ReportCommand, state: ReportState): ReportEvent[] {
  switch (command.type) {
    case 'SubmitReport': {
      const { reportId, by, deal, today } = command.data;
      if (state.reportId) {
        // A retried submission records nothing; another deal under the same id is a conflict.
        if (state.salespersonId === by.personId && JSON.stringify(state.deal) === JSON.stringify(deal))
          return [];
        throw new ConflictError('report-id-taken', { reportId });
      }
      if (by.role !== 'salesperson')
        throw new ForbiddenError('report-submit-not-salesperson', { role: by.role });
      checkDeal(deal);
      return [
        {
          type: 'ReportSubmitted',
          data: { reportId, salespersonId: by.personId, divisionId: by.divisionId, deal, on: today },
        },
      ];
    }
    case 'ReviseReport': {
      const report = existing(state);
      const { by, deal, today } = command.data;
      if (by.personId !== report.salespersonId)
        throw new ForbiddenError('report-not-yours', {
          reportId: report.reportId,
          salespersonId: report.salespersonId,
        });
      stillOpen(report, ['submitted', 'returned']);
      checkDeal(deal);
      return [{ type: 'ReportRevised', data: { revision: report.revision + 1, deal, on: today } }];
    }
    case 'DecideFeasibility': {
      const report = existing(state);
      const { aspect, outcome, by, today } = command.data;
      const note = command.data.note.trim();
      const role = FEASIBILITY_ROLES[aspect];
      if (by.role !== role)
        throw new ForbiddenError('feasibility-wrong-role', { aspect, role: by.role, required: role });
      stillOpen(report, ['submitted']);
      const decided = report.feasibility[aspect];
      if (decided)
        throw new ConflictError('feasibility-already-decided', {
          reportId: report.reportId,
          aspect,
          by: decided.by,
          outcome: decided.outcome,
        });
      if (outcome === 'refused' && !note)
        throw new DomainError('feasibility-refusal-note-required', { field: 'note', aspect });
      return [
        {
          type: 'FeasibilityDecided',
          data: { revision: report.revision, aspect, outcome, by: by.personId, note, on: today },
        },
      ];
    }
    case 'DecideReport': {
      const report = existing(state);
      const { decision, by, approverId, today } = command.data;
      const reason = command.data.reason.trim();
      const selfApproval = by.personId === report.salespersonId;
      if (selfApproval && approverId !== null)
        throw new ForbiddenError('own-report', { reportId: report.reportId });
      if (approverId !== null && by.personId !== approverId)
        throw new ForbiddenError('report-approver-not-manager', {
          reportId: report.reportId,
          approverId,
          userId: by.personId,
        });
      stillOpen(report, ['submitted']);
      if (decision === 'reject') {
        if (!reason) throw new DomainError('report-rejection-reason-required', { field: 'reason' });
        return [
          { type: 'ReportRejected', data: { revision: report.revision, by: by.personId, reason, on: today } },
        ];
      }
      const missing = FEASIBILITY_ASPECTS.filter(
        (aspect) => report.feasibility[aspect]?.outcome !== 'confirmed',
      );
      if (missing.length > 0)
        throw new ConflictError('feasibility-not-confirmed', {
          reportId: report.reportId,
          missingChecks: missing,
        });
      return [
        {
          type: 'ReportApproved',
          data: { revision: report.revision, by: by.personId, selfApproval, on: today },
        },
      ];
    }
    default:
      return assertNever(command);
  }
}

export const reportDecider: Aggregate<ReportState, ReportCommand, ReportEvent> = {
  initialState: () => ({
    reportId: null,
    salespersonId: '',
    divisionId: null,
    revision: 0,
    status: 'submitted',
    deal: null,
    feasibility: NO_FEASIBILITY,
    decidedBy: null,
    decidedOn: null,
  }),
  evolve,
  decide,
  publish: (event, state) => {
    const reportId = state.reportId ?? '';
    const who = { reportId, salespersonId: state.salespersonId, divisionId: state.divisionId };
    switch (event.type) {
      case 'ReportSubmitted':
      case 'ReportRevised': {
        const deal = event.data.deal;
        const data = {
          ...who,
          revision: state.revision,
          customerId: deal.customerId,
          currency: deal.currency,
          expectedAmountMinor: deal.expectedAmountMinor,
          productLineIds: deal.products.map((p) => p.productLineId),
          expectedSigningOn: deal.expectedSigningOn,
          on: event.data.on,
        };
        return [contractsPublishedEvent(event.type, data)];
      }
      case 'FeasibilityDecided': {
        const { revision, aspect, by, on } = event.data;
        const type = event.data.outcome === 'confirmed' ? 'FeasibilityConfirmed' : 'FeasibilityRefused';
        return [
          contractsPublishedEvent(type, {
            ...who,
            customerId: state.deal?.customerId ?? '',
            revision,
            aspect,
            by,
            on,
          }),
        ];
      }
      case 'ReportApproved':
        return [
          contractsPublishedEvent('ReportApproved', {
            ...who,
            customerId: state.deal?.customerId ?? '',
            revision: event.data.revision,
            by: event.data.by,
            selfApproval: event.data.selfApproval,
            on: event.data.on,
          }),
        ];
      case 'ReportRejected':
        return [
          contractsPublishedEvent('ReportRejected', {
            ...who,
            customerId: state.deal?.customerId ?? '',
            revision: event.data.revision,
            by: event.data.by,
            on: event.data.on,
          }),
        ];
    }
  },
};
