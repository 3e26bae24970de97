import { FIELD_VISIT_KINDS, VISIT_KINDS } from '@sales/customers/events';
import { DomainError, ForbiddenError, NotFoundError, isBusinessDate } from '@sales/shared/domain';
import { superiorsOf } from '../org-superiors';
import type { LogVisit } from './field-day-commands';
import type { DayMarkedOut, FieldDayEvent, VisitLogged } from './field-day-events';
import type { FieldDay } from './field-day-state';

/** Longest free text of a visit (purpose, outcome, next step). */
export const MAX_VISIT_TEXT = 2000;

/**
 * 登记拜访 (C3). A salesperson logs visits of their own customers, on a day that has come: the
 * visit is theirs (the actor), the customer is theirs (its owner now), the date is not after
 * today. A joint visit (联合拜访) names its coach, who stood above the salesperson on the visit's
 * date. The first in-person or joint visit of a day makes it a day out (C4).
 */
export function logVisit(data: LogVisit['data'], day: FieldDay): FieldDayEvent[] {
  const { actor, today, orgOnDate, personId, date, visitId, customer, requestedCustomerId } = data;
  if (day.visits.some((v) => v.visitId === visitId)) return [];
  if (!customer) throw new NotFoundError('unknown-customer', { customerId: requestedCustomerId });
  if (customer.ownerId === null)
    throw new ForbiddenError('visit-pool-customer', { customerId: customer.customerId });
  if (customer.ownerId !== actor.userId || personId !== actor.userId) {
    throw new ForbiddenError('visit-not-own-customer', {
      customerId: customer.customerId,
      ownerId: customer.ownerId,
      userId: actor.userId,
    });
  }
  if (date > today) throw new DomainError('visit-in-the-future', { field: 'visitedAt', date, today });
  const person = orgOnDate.people.find((p) => p.id === personId);
  if (!person) throw new DomainError('not-in-org-on-date', { field: 'visitedAt', personId, date });
  assertVisitTerms(data);
  const logged: VisitLogged = {
    type: 'VisitLogged',
    data: {
      visitId,
      personId,
      divisionId: person.divisionId,
      date,
      visitedAt: data.visitedAt,
      customerId: customer.customerId,
      kind: data.kind,
      coachId: data.coachId,
      purpose: data.purpose.trim(),
      outcome: data.outcome.trim(),
      nextStep: data.nextStep.trim(),
      nextContactOn: data.nextContactOn,
    },
  };
  if (day.out !== null || !FIELD_VISIT_KINDS.includes(data.kind)) return [logged];
  const out: DayMarkedOut = {
    type: 'DayMarkedOut',
    data: { personId, divisionId: person.divisionId, date, reason: 'visit', visitId, note: '' },
  };
  return [logged, out];
}

function assertVisitTerms(data: LogVisit['data']): void {
  const { kind, coachId, orgOnDate, personId, date, nextContactOn } = data;
  if (!VISIT_KINDS.includes(kind)) throw new DomainError('invalid-visit-kind', { field: 'kind', kind });
  if (kind === 'joint') {
    if (!coachId) throw new DomainError('joint-visit-needs-coach', { field: 'coachId' });
    if (!superiorsOf(orgOnDate, personId).includes(coachId)) {
      throw new DomainError('coach-not-above-salesperson', { field: 'coachId', coachId, personId, date });
    }
  } else if (coachId !== null) {
    throw new DomainError('coach-only-on-joint-visits', { field: 'coachId', kind });
  }
  for (const field of ['purpose', 'outcome'] as const) {
    if (!data[field].trim()) throw new DomainError('field-required', { field });
  }
  for (const field of ['purpose', 'outcome', 'nextStep'] as const) {
    if (data[field].length > MAX_VISIT_TEXT)
      throw new DomainError('field-too-long', { field, max: MAX_VISIT_TEXT });
  }
  if (nextContactOn !== null) {
    if (!isBusinessDate(nextContactOn))
      throw new DomainError('invalid-business-date', { field: 'nextContactOn', value: nextContactOn });
    if (nextContactOn < date)
      throw new DomainError('next-contact-before-visit', { field: 'nextContactOn', nextContactOn, date });
  }
}
