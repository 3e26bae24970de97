import type { PublishedEvent } from '@sales/shared/domain';
import { contractsPublishedEvent } from '@sales/contracts/events';
import type { ReportEvent, ReportState } from './report-types';

/**
 * What a report's steps publish: every step, with ids, dates and money only — the technical
 * requirements, installation conditions and notes stay internal.
 */
export function reportPublication(event: ReportEvent, state: ReportState): readonly PublishedEvent[] {
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
}
