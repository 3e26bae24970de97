import { DomainError, ForbiddenError, NotFoundError } from '@sales/shared/domain';
import type { CheckIn, DeclareDayOut, FieldDayCircumstances } from './field-day-commands';
import type { Coordinates, FieldDayEvent } from './field-day-events';
import type { FieldDay } from './field-day-state';

export const MAX_PLACE_LENGTH = 200;
export const MAX_NOTE_LENGTH = 1000;

/**
 * 外出联系汇报 (C4): a person checks in for themself, for today or a day gone by (recorded late,
 * its recorded time shows it), never for a day to come. The place is required; coordinates are
 * optional but, when given, real WGS-84 degrees. A check-in does not by itself make a day a day
 * out: that is declared, or follows from an in-person or joint visit.
 */
export function checkIn(data: CheckIn['data'], day: FieldDay): FieldDayEvent[] {
  const { checkInId, personId, date, recordedAt, customer, requestedCustomerId } = data;
  if (day.checkIns.some((c) => c.checkInId === checkInId)) return [];
  const divisionId = assertOwnDay(data, 'check-in-for-someone-else');
  if (date > data.today)
    throw new DomainError('check-in-in-the-future', { field: 'date', date, today: data.today });
  const place = data.place.trim();
  if (!place) throw new DomainError('check-in-needs-place', { field: 'place' });
  if (place.length > MAX_PLACE_LENGTH)
    throw new DomainError('field-too-long', { field: 'place', max: MAX_PLACE_LENGTH });
  if (data.note.length > MAX_NOTE_LENGTH)
    throw new DomainError('field-too-long', { field: 'note', max: MAX_NOTE_LENGTH });
  if (data.coordinates !== null) assertCoordinates(data.coordinates);
  if (requestedCustomerId !== null && !customer)
    throw new NotFoundError('unknown-customer', { field: 'customerId', customerId: requestedCustomerId });
  const { coordinates, note } = data;
  const customerId = customer?.customerId ?? null;
  return [
    {
      type: 'CheckedIn',
      data: {
        checkInId,
        personId,
        divisionId,
        date,
        recordedAt,
        place,
        coordinates,
        customerId,
        note: note.trim(),
      },
    },
  ];
}

/**
 * 申报外出 (C4): for today, a day gone by (declared late) or a day to come (planned). Declaring a
 * day that is already out changes nothing.
 */
export function declareDayOut(data: DeclareDayOut['data'], day: FieldDay): FieldDayEvent[] {
  const divisionId = assertOwnDay(data, 'day-out-for-someone-else');
  if (data.note.length > MAX_NOTE_LENGTH)
    throw new DomainError('field-too-long', { field: 'note', max: MAX_NOTE_LENGTH });
  if (day.out !== null) return [];
  const { personId, date } = data;
  return [
    {
      type: 'DayMarkedOut',
      data: { personId, divisionId, date, reason: 'declared', visitId: null, note: data.note.trim() },
    },
  ];
}

/** Only the person reports their own day; they must be in the tree on that day. Their division then. */
function assertOwnDay(
  data: FieldDayCircumstances,
  code: 'check-in-for-someone-else' | 'day-out-for-someone-else',
): string | null {
  const { actor, personId, date, orgOnDate } = data;
  if (personId !== actor.userId) {
    if (code === 'check-in-for-someone-else')
      throw new ForbiddenError('check-in-for-someone-else', { personId, userId: actor.userId });
    throw new ForbiddenError('day-out-for-someone-else', { personId, userId: actor.userId });
  }
  const person = orgOnDate.people.find((p) => p.id === personId);
  if (!person) throw new DomainError('not-in-org-on-date', { field: 'date', personId, date });
  return person.divisionId;
}

function assertCoordinates({ lat, lng }: Coordinates): void {
  if (typeof lat !== 'number' || !Number.isFinite(lat) || lat < -90 || lat > 90)
    throw new DomainError('invalid-coordinates', { field: 'coordinates.lat', value: lat, min: -90, max: 90 });
  if (typeof lng !== 'number' || !Number.isFinite(lng) || lng < -180 || lng > 180)
    throw new DomainError('invalid-coordinates', {
      field: 'coordinates.lng',
      value: lng,
      min: -180,
      max: 180,
    });
}
