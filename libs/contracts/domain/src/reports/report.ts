import {
  type Aggregate,
  ConflictError,
  DomainError,
  ForbiddenError,
  NotFoundError,
  assertNever,
} from '@sales/shared/domain';
import { reportPublication } from './report-publication';
import {
  FEASIBILITY_ASPECTS,
  FEASIBILITY_ROLES,
  type ReportCommand,
  type ReportDeal,
  type ReportEvent,
  type ReportState,
  type ReportStatus,
} from './report-types';

/*
 * 签约前报备 (K2), one stream per report (`report-<id>`): the salesperson reports the deal; the
 * three feasibility checks — schedule by the 市场部主管 (sales_admin), technology by 技术
 * (engineer), installation by 安装 (installer) — each confirm or refuse it with a note; a refusal
 * sends it back for a revised report (every check starts again); once all three confirmed, the
 * manager of the salesperson's division approves it (or rejects it, for good). Signing (K3) rests
 * on an approved report no contract has used yet.
 */

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
  publish: reportPublication,
};
