import { DomainError, ForbiddenError, NotFoundError, specify } from '@sales/shared/domain';
import { DEPARTMENT } from '../../testing/department.fixture';
import type { OrgView } from '../../org-view';
import { visitDateOf } from '../visits/visit-time';
import { fieldDayDecider } from './field-day';
import { TODAY, dayOut, logVisit, visitLogged } from './field-day.fixture';

const spec = specify(fieldDayDecider);

/** The tree as it stood on a day when 李娜 was in 华南 under 周敏. */
const liInSouth: OrgView = {
  ...DEPARTMENT,
  people: DEPARTMENT.people.map((p) =>
    p.id === 'p-li' ? { ...p, divisionId: 'd-south', managerId: 'p-zhou' } : p,
  ),
  divisions: DEPARTMENT.divisions.map((d) =>
    d.id === 'd-east'
      ? { ...d, members: ['p-chen', 'p-wang'] }
      : d.id === 'd-south'
        ? { ...d, members: [...d.members, 'p-li'] }
        : d,
  ),
};

describe('拜访 visits (C3)', () => {
  it('an in-person visit of one’s own customer is logged with division and date, and makes the day a day out', () => {
    spec.given([]).when(logVisit()).then([visitLogged(), dayOut()]);
  });

  it('a joint visit makes the day out too; a phone call does not', () => {
    spec
      .given([])
      .when(logVisit({ kind: 'joint', coachId: 'p-chen' }))
      .then([visitLogged({ kind: 'joint', coachId: 'p-chen' }), dayOut()]);
    spec
      .given([])
      .when(logVisit({ kind: 'phone' }))
      .then([visitLogged({ kind: 'phone' })]);
  });

  it('a day already out is not marked again', () => {
    spec
      .given([visitLogged(), dayOut()])
      .when(logVisit({ visitId: 'v-2', customer: { customerId: 'c-2', ownerId: 'p-li' } }))
      .then([visitLogged({ visitId: 'v-2', customerId: 'c-2' })]);
  });

  it('the same visit sent again records nothing', () => {
    spec.given([visitLogged(), dayOut()]).when(logVisit()).then([]);
  });

  it('credits the division the salesperson belonged to on the visit’s date', () => {
    spec
      .given([])
      .when(logVisit({ orgOnDate: liInSouth }))
      .then([visitLogged({ divisionId: 'd-south' }), dayOut({ divisionId: 'd-south' })]);
  });

  it('refuses a visit dated after today (the company’s business date)', () => {
    const error = spec
      .given([])
      .when(logVisit({ date: '2026-03-17', visitedAt: '2026-03-17T09:00:00+08:00' }))
      .thenThrows(DomainError, 'visit-in-the-future');
    expect(error.details).toMatchObject({ field: 'visitedAt', date: '2026-03-17', today: TODAY });
  });

  it('refuses an unknown customer (404)', () => {
    spec
      .given([])
      .when(logVisit({ customer: undefined, requestedCustomerId: 'c-x' }))
      .thenThrows(NotFoundError, 'unknown-customer');
  });

  it('refuses a customer owned by someone else, or in the pool (403): a salesperson logs visits of their own customers', () => {
    spec
      .given([])
      .when(logVisit({ customer: { customerId: 'c-9', ownerId: 'p-wang' } }))
      .thenThrows(ForbiddenError, 'visit-not-own-customer');
    spec
      .given([])
      .when(logVisit({ customer: { customerId: 'c-9', ownerId: null } }))
      .thenThrows(ForbiddenError, 'visit-pool-customer');
  });

  it('a joint visit needs a coach, and the coach must stand above the salesperson on that date', () => {
    spec
      .given([])
      .when(logVisit({ kind: 'joint', coachId: null }))
      .thenThrows(DomainError, 'joint-visit-needs-coach');
    for (const coachId of ['p-wang', 'p-zhou', 'p-fin', 'p-li']) {
      const error = spec
        .given([])
        .when(logVisit({ kind: 'joint', coachId }))
        .thenThrows(DomainError, 'coach-not-above-salesperson');
      expect(error.details).toMatchObject({ field: 'coachId', coachId });
    }
    expect(() =>
      spec
        .given([])
        .when(logVisit({ kind: 'joint', coachId: 'p-vp' }))
        .events(),
    ).not.toThrow();
    // On a day 李娜 worked under 周敏, 周敏 was her coach and 陈志强 was not.
    spec
      .given([])
      .when(logVisit({ kind: 'joint', coachId: 'p-chen', orgOnDate: liInSouth }))
      .thenThrows(DomainError, 'coach-not-above-salesperson');
    expect(
      spec
        .given([])
        .when(logVisit({ kind: 'joint', coachId: 'p-zhou', orgOnDate: liInSouth }))
        .events(),
    ).toHaveLength(2);
  });

  it('a coach is named on joint visits only', () => {
    spec
      .given([])
      .when(logVisit({ kind: 'phone', coachId: 'p-chen' }))
      .thenThrows(DomainError, 'coach-only-on-joint-visits');
  });

  it('refuses a visit without purpose or outcome, a next contact before the visit, and a day before the person joined', () => {
    spec
      .given([])
      .when(logVisit({ purpose: '  ' }))
      .thenThrows(DomainError, 'field-required');
    spec
      .given([])
      .when(logVisit({ outcome: '' }))
      .thenThrows(DomainError, 'field-required');
    spec
      .given([])
      .when(logVisit({ nextContactOn: '2026-03-15' }))
      .thenThrows(DomainError, 'next-contact-before-visit');
    spec
      .given([])
      .when(logVisit({ nextContactOn: '2026-02-30' }))
      .thenThrows(DomainError, 'invalid-business-date');
    spec
      .given([])
      .when(logVisit({ orgOnDate: { ...DEPARTMENT, people: [] } }))
      .thenThrows(DomainError, 'not-in-org-on-date');
  });

  it('publishes the salesperson, division, business date and ids, never the purpose, outcome or next step', () => {
    const published = spec.given([]).when(logVisit()).published();
    expect(published).toEqual([
      {
        type: 'VisitLogged',
        schemaVersion: 1,
        data: {
          visitId: 'v-1',
          salespersonId: 'p-li',
          divisionId: 'd-east',
          businessDate: TODAY,
          visitedAt: `${TODAY}T10:00:00+08:00`,
          customerId: 'c-1',
          kind: 'in-person',
          coachId: null,
          nextContactOn: '2026-03-20',
        },
      },
      {
        type: 'FieldDayOut',
        schemaVersion: 1,
        data: {
          personId: 'p-li',
          divisionId: 'd-east',
          businessDate: TODAY,
          reason: 'visit',
          visitId: 'v-1',
        },
      },
    ]);
    expect(JSON.stringify(published)).not.toMatch(/报价|户外屏/);
  });
});

describe('a visit’s business date (company zone)', () => {
  it('is the date of the instant in the company’s zone', () => {
    expect(visitDateOf('2026-03-15T23:30:00-05:00', 'Asia/Shanghai')).toBe('2026-03-16');
    expect(visitDateOf('2026-03-16T15:59:59Z', 'Asia/Shanghai')).toBe('2026-03-16');
    expect(visitDateOf('2026-03-16T16:00Z', 'Asia/Shanghai')).toBe('2026-03-17');
  });

  it('refuses a time without zone, or not a calendar date', () => {
    for (const value of ['2026-03-16T10:00:00', '2026-03-16', '2026-02-30T10:00:00+08:00', 'yesterday']) {
      expect(() => visitDateOf(value, 'Asia/Shanghai')).toThrow(
        expect.objectContaining({ code: 'invalid-visit-time', details: { field: 'visitedAt', value } }),
      );
    }
  });
});
