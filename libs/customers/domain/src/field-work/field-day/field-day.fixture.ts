import type { Actor } from '@sales/shared/domain';
import { DEPARTMENT, actorOf } from '../../testing/department.fixture';
import type { CheckIn, DeclareDayOut, LogVisit } from './field-day-commands';
import type { CheckedIn, DayMarkedOut, VisitLogged } from './field-day-events';

/* Commands and event factories for the field-day specs: 李娜 (p-li, 华东) on Monday 16 March 2026. */

export const TODAY = '2026-03-16';
export const li: Actor = actorOf('p-li');
export const CUSTOMER = { customerId: 'c-1', ownerId: 'p-li' };

const circumstances = { actor: li, today: TODAY, orgOnDate: DEPARTMENT, personId: 'p-li', date: TODAY };

export const logVisit = (over: Partial<LogVisit['data']> = {}): LogVisit => ({
  type: 'LogVisit',
  data: {
    ...circumstances,
    visitId: 'v-1',
    requestedCustomerId: 'c-1',
    customer: CUSTOMER,
    visitedAt: `${TODAY}T10:00:00+08:00`,
    kind: 'in-person',
    coachId: null,
    purpose: '介绍新款户外屏',
    outcome: '客户有意向，需报价',
    nextStep: '周五前发报价单',
    nextContactOn: '2026-03-20',
    ...over,
  },
});

export const declareDayOut = (over: Partial<DeclareDayOut['data']> = {}): DeclareDayOut => ({
  type: 'DeclareDayOut',
  data: { ...circumstances, note: '去苏州跑客户', ...over },
});

export const checkIn = (over: Partial<CheckIn['data']> = {}): CheckIn => ({
  type: 'CheckIn',
  data: {
    ...circumstances,
    checkInId: 'ci-1',
    recordedAt: '2026-03-16T03:00:00.000Z',
    place: '苏州工业园区星湖街 328 号',
    coordinates: { lat: 31.3, lng: 120.7 },
    customer: null,
    requestedCustomerId: null,
    note: '到达客户处',
    ...over,
  },
});

export const visitLogged = (over: Partial<VisitLogged['data']> = {}): VisitLogged => ({
  type: 'VisitLogged',
  data: {
    visitId: 'v-1',
    personId: 'p-li',
    divisionId: 'd-east',
    date: TODAY,
    visitedAt: `${TODAY}T10:00:00+08:00`,
    customerId: 'c-1',
    kind: 'in-person',
    coachId: null,
    purpose: '介绍新款户外屏',
    outcome: '客户有意向，需报价',
    nextStep: '周五前发报价单',
    nextContactOn: '2026-03-20',
    ...over,
  },
});

export const dayOut = (over: Partial<DayMarkedOut['data']> = {}): DayMarkedOut => ({
  type: 'DayMarkedOut',
  data: {
    personId: 'p-li',
    divisionId: 'd-east',
    date: TODAY,
    reason: 'visit',
    visitId: 'v-1',
    note: '',
    ...over,
  },
});

export const checkedIn = (over: Partial<CheckedIn['data']> = {}): CheckedIn => ({
  type: 'CheckedIn',
  data: {
    checkInId: 'ci-1',
    personId: 'p-li',
    divisionId: 'd-east',
    date: TODAY,
    recordedAt: '2026-03-16T03:00:00.000Z',
    place: '苏州工业园区星湖街 328 号',
    coordinates: { lat: 31.3, lng: 120.7 },
    customerId: null,
    note: '到达客户处',
    ...over,
  },
});
