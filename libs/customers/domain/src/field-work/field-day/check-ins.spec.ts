import { DomainError, ForbiddenError, NotFoundError, specify } from '@sales/shared/domain';
import { actorOf } from '../../testing/department.fixture';
import { fieldDayDecider } from './field-day';
import { TODAY, checkIn, checkedIn, dayOut, declareDayOut, visitLogged } from './field-day.fixture';

const spec = specify(fieldDayDecider);

describe('外出联系汇报 check-ins (C4)', () => {
  it('records the place, optional coordinates, customer and note, at the server’s recorded time', () => {
    spec.given([]).when(checkIn()).then([checkedIn()]);
    spec
      .given([checkedIn()])
      .when(
        checkIn({
          checkInId: 'ci-2',
          coordinates: null,
          customer: { customerId: 'c-1', ownerId: 'p-li' },
          requestedCustomerId: 'c-1',
          recordedAt: '2026-03-16T08:00:00.000Z',
        }),
      )
      .then([
        checkedIn({
          checkInId: 'ci-2',
          coordinates: null,
          customerId: 'c-1',
          recordedAt: '2026-03-16T08:00:00.000Z',
        }),
      ]);
  });

  it('the same check-in sent again records nothing', () => {
    spec.given([checkedIn()]).when(checkIn()).then([]);
  });

  it('refuses a check-in without a place', () => {
    const error = spec
      .given([])
      .when(checkIn({ place: '   ' }))
      .thenThrows(DomainError, 'check-in-needs-place');
    expect(error.details).toEqual({ field: 'place' });
  });

  it('refuses a check-in for another person (403)', () => {
    spec
      .given([])
      .when(checkIn({ actor: actorOf('p-wang') }))
      .thenThrows(ForbiddenError, 'check-in-for-someone-else');
    // Not even their manager reports for them.
    spec
      .given([])
      .when(checkIn({ actor: actorOf('p-chen') }))
      .thenThrows(ForbiddenError, 'check-in-for-someone-else');
  });

  it('refuses a check-in for a day to come; one for a day gone by is recorded (late, as its recorded time shows)', () => {
    const error = spec
      .given([])
      .when(checkIn({ date: '2026-03-17' }))
      .thenThrows(DomainError, 'check-in-in-the-future');
    expect(error.details).toMatchObject({ field: 'date', date: '2026-03-17', today: TODAY });
    spec
      .given([])
      .when(checkIn({ date: '2026-03-13' }))
      .then([checkedIn({ date: '2026-03-13' })]);
  });

  it('refuses coordinates outside WGS-84 ranges, naming the coordinate', () => {
    for (const [coordinates, field] of [
      [{ lat: 90.5, lng: 120 }, 'coordinates.lat'],
      [{ lat: -91, lng: 120 }, 'coordinates.lat'],
      [{ lat: 31, lng: 180.01 }, 'coordinates.lng'],
      [{ lat: 31, lng: Number.NaN }, 'coordinates.lng'],
    ] as const) {
      const error = spec
        .given([])
        .when(checkIn({ coordinates }))
        .thenThrows(DomainError, 'invalid-coordinates');
      expect(error.details).toMatchObject({ field });
    }
    expect(
      spec
        .given([])
        .when(checkIn({ coordinates: { lat: -90, lng: 180 } }))
        .events(),
    ).toHaveLength(1);
  });

  it('refuses an unknown customer (404)', () => {
    spec
      .given([])
      .when(checkIn({ requestedCustomerId: 'c-x', customer: undefined }))
      .thenThrows(NotFoundError, 'unknown-customer');
  });

  it('publishes who, when and for which day, never the place, coordinates or note (PIPL)', () => {
    const published = spec.given([]).when(checkIn()).published();
    expect(published).toEqual([
      {
        type: 'CheckInRecorded',
        schemaVersion: 1,
        data: {
          checkInId: 'ci-1',
          personId: 'p-li',
          divisionId: 'd-east',
          businessDate: TODAY,
          recordedAt: '2026-03-16T03:00:00.000Z',
          customerId: null,
        },
      },
    ]);
    expect(JSON.stringify(published)).not.toMatch(/苏州|31\.3|到达/);
  });
});

describe('申报外出 days out (C4)', () => {
  it('a salesperson declares a day out: today, late, or ahead', () => {
    const declared = dayOut({ reason: 'declared', visitId: null, note: '去苏州跑客户' });
    spec.given([]).when(declareDayOut()).then([declared]);
    spec
      .given([])
      .when(declareDayOut({ date: '2026-03-18' }))
      .then([dayOut({ reason: 'declared', visitId: null, note: '去苏州跑客户', date: '2026-03-18' })]);
  });

  it('a day already out (by a visit, or declared before) is not declared again', () => {
    spec.given([visitLogged(), dayOut()]).when(declareDayOut()).then([]);
    spec
      .given([dayOut({ reason: 'declared', visitId: null })])
      .when(declareDayOut())
      .then([]);
  });

  it('refuses a declaration for someone else (403), and a day the person was not in the tree', () => {
    spec
      .given([])
      .when(declareDayOut({ actor: actorOf('p-chen') }))
      .thenThrows(ForbiddenError, 'day-out-for-someone-else');
    spec
      .given([])
      .when(declareDayOut({ orgOnDate: { divisions: [], people: [] } }))
      .thenThrows(DomainError, 'not-in-org-on-date');
  });

  it('a check-in does not by itself make the day out', () => {
    expect(
      spec
        .given([])
        .when(checkIn())
        .events()
        .map((e) => e.type),
    ).toEqual(['CheckedIn']);
  });
});
