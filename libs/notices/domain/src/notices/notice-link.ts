import { assertNever } from '@sales/shared/domain';
import type { NoticeFacts, NoticeLink } from './notice';

const path = (...parts: (string | number)[]) => parts.map((p) => encodeURIComponent(String(p))).join('/');

/** What a notice is about, and the API path (of the owning context) that shows it. */
export function linkOf(facts: NoticeFacts): NoticeLink {
  switch (facts.kind) {
    case 'installation-delayed':
      return {
        context: 'contracts',
        kind: 'installation',
        id: facts.contractId,
        href: `/contracts/${path(facts.contractId)}/installation`,
      };
    case 'stop-directive-issued':
    case 'stop-directive-lifted':
      return {
        context: 'contracts',
        kind: 'stop-directive',
        id: facts.directiveId,
        href: `/contracts/${path(facts.contractId)}/directives`,
      };
    case 'approval-waiting':
      switch (facts.what) {
        case 'targets':
          return {
            context: 'targets',
            kind: 'targets-split',
            id: `${facts.fiscalYear}/${facts.unit}`,
            href: `/targets/plans/${path(facts.fiscalYear, 'nodes', facts.unit)}`,
          };
        case 'report-check':
        case 'report-approval':
          return {
            context: 'contracts',
            kind: 'report',
            id: facts.reportId,
            href: `/contracts/reports/${path(facts.reportId)}`,
          };
        case 'cycle':
          return {
            context: 'appraisal',
            kind: 'cycle',
            id: facts.cycleId,
            href: `/appraisal/cycles/${path(facts.cycleId)}`,
          };
        default:
          return assertNever(facts);
      }
    case 'instalment-overdue':
      return {
        context: 'contracts',
        kind: 'instalment',
        id: facts.instalmentId,
        href: `/contracts/${path(facts.contractId)}/receivable`,
      };
    case 'pool-return-warning':
      return {
        context: 'customers',
        kind: 'customer',
        id: facts.customerId,
        href: `/customers/${path(facts.customerId)}`,
      };
    case 'summary-missing':
      return {
        context: 'appraisal',
        kind: 'summary',
        id: `${facts.personId}/${facts.periodLabel}`,
        href: `/appraisal/summaries?personId=${encodeURIComponent(facts.personId)}&period=${encodeURIComponent(facts.periodLabel)}`,
      };
    case 'check-ins-missing':
      return {
        context: 'customers',
        kind: 'field-day',
        id: `${facts.personId}/${facts.date}`,
        href: `/customers/field-days/${path(facts.personId, facts.date)}`,
      };
    default:
      return assertNever(facts);
  }
}
