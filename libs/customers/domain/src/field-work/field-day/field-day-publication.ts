import { customersPublishedEvent } from '@sales/customers/events';
import type { PublishedEvent } from '@sales/shared/domain';
import type { FieldDayEvent } from './field-day-events';

/**
 * What subscribers see of a field day: who, which division, which date and the ids (KPI P4 and
 * P7). Purpose, outcome, next step, place, coordinates and notes stay internal (personal data and
 * free text; readable through the API within scope).
 */
export function publishFieldDayEvent(event: FieldDayEvent): readonly PublishedEvent[] {
  switch (event.type) {
    case 'VisitLogged': {
      const { visitId, personId, divisionId, date, visitedAt, customerId, kind, coachId, nextContactOn } =
        event.data;
      return [
        customersPublishedEvent('VisitLogged', {
          visitId,
          salespersonId: personId,
          divisionId,
          businessDate: date,
          visitedAt,
          customerId,
          kind,
          coachId,
          nextContactOn,
        }),
      ];
    }
    case 'DayMarkedOut': {
      const { personId, divisionId, date, reason, visitId } = event.data;
      return [
        customersPublishedEvent('FieldDayOut', { personId, divisionId, businessDate: date, reason, visitId }),
      ];
    }
    case 'CheckedIn': {
      const { checkInId, personId, divisionId, date, recordedAt, customerId } = event.data;
      return [
        customersPublishedEvent('CheckInRecorded', {
          checkInId,
          personId,
          divisionId,
          businessDate: date,
          recordedAt,
          customerId,
        }),
      ];
    }
  }
}
