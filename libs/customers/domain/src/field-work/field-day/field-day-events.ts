import type { DayOutReason, VisitKind } from '@sales/customers/events';
import type { BusinessDate, DomainEvent } from '@sales/shared/domain';

/** Where a check-in was made, when the device gave it (WGS-84 degrees). */
export type Coordinates = Readonly<{ lat: number; lng: number }>;

/*
 * The internal events of a field day (`field-day-<personId>-<date>`). Each carries the person, the
 * division they belonged to on that date and the date itself, so a fact never needs the tree again
 * to be credited (KPI P4, P7). Free text (purpose, outcome, next step, place, note) lives here only.
 */

/** 拜访 (C3). */
export type VisitLogged = DomainEvent<
  'VisitLogged',
  Readonly<{
    visitId: string;
    personId: string;
    divisionId: string | null;
    date: BusinessDate;
    visitedAt: string;
    customerId: string;
    kind: VisitKind;
    coachId: string | null;
    purpose: string;
    outcome: string;
    nextStep: string;
    nextContactOn: BusinessDate | null;
  }>
>;

/** The day became a day out of office: declared, or by its first in-person or joint visit. */
export type DayMarkedOut = DomainEvent<
  'DayMarkedOut',
  Readonly<{
    personId: string;
    divisionId: string | null;
    date: BusinessDate;
    reason: DayOutReason;
    visitId: string | null;
    note: string;
  }>
>;

/** 外出联系汇报 (C4): recorded at `recordedAt` (the server's clock) for `date`. */
export type CheckedIn = DomainEvent<
  'CheckedIn',
  Readonly<{
    checkInId: string;
    personId: string;
    divisionId: string | null;
    date: BusinessDate;
    recordedAt: string;
    place: string;
    coordinates: Coordinates | null;
    customerId: string | null;
    note: string;
  }>
>;

export type FieldDayEvent = VisitLogged | DayMarkedOut | CheckedIn;
