import type { CustomerPoolReturnWarnedV1 } from '@sales/customers/events';
import type { NoticeOccasion } from '@sales/notices/domain';
import type { EventEnvelope } from '@sales/shared/event-sourcing';
import type { TargetsSubmittedV1 } from '@sales/targets/events';
import { dataOf, sourceOf } from './feed-source';

type Data<E extends { data: unknown }> = E['data'];

/** targets' TargetsSubmitted: a split waits for its approver (the org tree says who). */
export function targetsFeedRead(event: EventEnvelope): NoticeOccasion | undefined {
  const submitted = dataOf<Data<TargetsSubmittedV1>>(event, 'TargetsSubmitted');
  if (!submitted) return undefined;
  const { fiscalYear, unit, version, submittedBy } = submitted;
  return {
    source: sourceOf(event),
    facts: { kind: 'approval-waiting', what: 'targets', fiscalYear, unit, version, submittedBy },
  };
}

/** customers' CustomerPoolReturnWarned: the owner is warned before the customer returns to the pool. */
export function customersFeedRead(event: EventEnvelope): NoticeOccasion | undefined {
  const warned = dataOf<Data<CustomerPoolReturnWarnedV1>>(event, 'CustomerPoolReturnWarned');
  if (!warned) return undefined;
  const { customerId, ownerId, dueOn, rule, since } = warned;
  return {
    source: sourceOf(event),
    facts: { kind: 'pool-return-warning', customerId, ownerId, dueOn, rule, since },
  };
}

/**
 * appraisal's events as the issue-12 contract states them (`appraisal.CycleSubmittedForApproval.v1
 * { cycleId, period, submittedBy, approverId }`, `appraisal.SummaryOverdue.v1 { personId, period,
 * dueOn }`); the period is `{ label, … }` (a bare label is read too).
 */
type Period = Readonly<{ label: string }> | string;
type CycleSubmittedForApprovalV1 = Readonly<{
  cycleId: string;
  period: Period;
  submittedBy: string;
  approverId: string;
}>;
type SummaryOverdueV1 = Readonly<{ personId: string; period: Period; dueOn: string }>;
const labelOf = (period: Period) => (typeof period === 'string' ? period : period.label);

export function appraisalFeedRead(event: EventEnvelope): NoticeOccasion | undefined {
  const source = sourceOf(event);
  const submitted = dataOf<CycleSubmittedForApprovalV1>(event, 'CycleSubmittedForApproval');
  if (submitted) {
    const { cycleId, period, submittedBy, approverId } = submitted;
    return {
      source,
      facts: { kind: 'approval-waiting', what: 'cycle', cycleId, periodLabel: labelOf(period), submittedBy },
      approverId,
    };
  }
  const overdue = dataOf<SummaryOverdueV1>(event, 'SummaryOverdue');
  if (overdue) {
    const { personId, period, dueOn } = overdue;
    return { source, facts: { kind: 'summary-missing', personId, periodLabel: labelOf(period), dueOn } };
  }
  return undefined;
}
