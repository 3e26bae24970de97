import type { PublishedEvent } from '@sales/shared/domain';
import { targetsPublishedEvent } from '@sales/targets/events';
import type { PlanEvent } from './plan-events';

/**
 * What other contexts see of the plan (the list and the reasons are in `@sales/targets/events`):
 * the opening (and a draft plan's correction or abandonment), each submission, approval and rejection. Draft edits, revisions and exclusions stay internal;
 * an approval carries the whole version it approves. A transfer of a moved salesperson's targets
 * is, to other contexts, each split it changes submitted, then approved (all at once) or rejected;
 * a partial approval stays internal, since nothing changes in force before the last one.
 */
export function publishPlanEvent(event: PlanEvent): readonly PublishedEvent[] {
  switch (event.type) {
    case 'PlanOpened': {
      const { fiscalYear, currency } = event.data;
      return [targetsPublishedEvent('PlanOpened', { fiscalYear, currency })];
    }
    case 'PlanCorrected': {
      const { fiscalYear, currency, previousCurrency } = event.data;
      return [targetsPublishedEvent('PlanCorrected', { fiscalYear, currency, previousCurrency })];
    }
    case 'PlanAbandoned': {
      const { fiscalYear, reason } = event.data;
      return [targetsPublishedEvent('PlanAbandoned', { fiscalYear, reason })];
    }
    case 'TargetsSubmitted': {
      const { fiscalYear, unit, version, submittedBy } = event.data;
      return [targetsPublishedEvent('TargetsSubmitted', { fiscalYear, unit, version, submittedBy })];
    }
    case 'TargetsApproved': {
      const { fiscalYear, currency, unit, version, approvedBy, nodes } = event.data;
      return [
        targetsPublishedEvent('TargetsApproved', { fiscalYear, currency, unit, version, approvedBy, nodes }),
      ];
    }
    case 'TargetsRejected': {
      const { fiscalYear, unit, version, rejectedBy, reason } = event.data;
      return [targetsPublishedEvent('TargetsRejected', { fiscalYear, unit, version, rejectedBy, reason })];
    }
    // A transfer publishes what any split's revision would, once per split it changes (issue 8 item 3).
    case 'TargetsTransferOpened': {
      const { fiscalYear, revisions, openedBy } = event.data;
      return revisions.map(({ unit, version }) =>
        targetsPublishedEvent('TargetsSubmitted', { fiscalYear, unit, version, submittedBy: openedBy }),
      );
    }
    case 'TargetsTransferred': {
      const { fiscalYear, currency, approved } = event.data;
      return approved.map(({ unit, version, approvedBy, nodes }) =>
        targetsPublishedEvent('TargetsApproved', { fiscalYear, currency, unit, version, approvedBy, nodes }),
      );
    }
    case 'TargetsTransferRejected': {
      const { fiscalYear, revisions, rejectedBy, reason } = event.data;
      return revisions.map(({ unit, version }) =>
        targetsPublishedEvent('TargetsRejected', { fiscalYear, unit, version, rejectedBy, reason }),
      );
    }
    case 'TargetsSet':
    case 'TargetsRevised':
    case 'SalespersonExcluded':
    case 'TargetsTransferApproved':
      return [];
  }
}
