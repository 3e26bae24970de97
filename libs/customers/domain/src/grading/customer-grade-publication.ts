import { customersPublishedEvent } from '@sales/customers/events';
import type { PublishedEvent } from '@sales/shared/domain';
import type { CustomerGradeEvent } from './customer-grade-events';

/**
 * What other systems see of grading: every grade change with its window total and reason.
 * Payments are contracts' own published facts and activation is the registry's; neither is
 * published again from here.
 */
export function publishCustomerGradeEvent(event: CustomerGradeEvent): readonly PublishedEvent[] {
  if (event.type !== 'GradeChanged') return [];
  const { reason, ...data } = event.data;
  return [
    customersPublishedEvent('CustomerGradeChanged', {
      customerId: data.customerId,
      previousGrade: data.previousGrade,
      grade: data.grade,
      windowTotalMinor: data.windowTotalMinor,
      currency: data.currency,
      windowStart: data.windowStart,
      windowEnd: data.windowEnd,
      reasonKind: reason.kind,
      reasonRef: reason.ref,
      policyVersion: data.policyVersion,
      changedOn: data.changedOn,
    }),
  ];
}
