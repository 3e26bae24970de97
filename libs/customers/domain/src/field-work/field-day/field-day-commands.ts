import type { VisitKind } from '@sales/customers/events';
import type { Actor, BusinessDate, Command } from '@sales/shared/domain';
import type { OrgView } from '../../org-view';
import type { Coordinates } from './field-day-events';

/**
 * What every field-day command is checked against: who asks, today, and the org tree as of the
 * day's own date (the division a day's work is credited to, and who stood above the person then).
 */
export type FieldDayCircumstances = Readonly<{
  actor: Actor;
  today: BusinessDate;
  orgOnDate: OrgView;
  personId: string;
  date: BusinessDate;
}>;

/** The customer a visit or check-in names, as the registry has it now (undefined: unknown). */
export type CustomerRef = Readonly<{ customerId: string; ownerId: string | null }>;

/** 登记拜访 (C3): `date` is `visitedAt`'s business date in the company's zone (see `visitDateOf`). */
export type LogVisit = Command<
  'LogVisit',
  FieldDayCircumstances &
    Readonly<{
      visitId: string;
      /** The id asked for; `customer` is what the registry answered (a merged id gives its survivor). */
      requestedCustomerId: string;
      customer: CustomerRef | undefined;
      visitedAt: string;
      kind: VisitKind;
      coachId: string | null;
      purpose: string;
      outcome: string;
      nextStep: string;
      nextContactOn: BusinessDate | null;
    }>
>;

/** 申报外出 (C4): the person will be (or was) out of office that day. */
export type DeclareDayOut = Command<'DeclareDayOut', FieldDayCircumstances & Readonly<{ note: string }>>;

/** 外出联系汇报 (C4): recorded now (`recordedAt`, the server's clock) for `date`. */
export type CheckIn = Command<
  'CheckIn',
  FieldDayCircumstances &
    Readonly<{
      checkInId: string;
      recordedAt: string;
      place: string;
      coordinates: Coordinates | null;
      customer: CustomerRef | null | undefined;
      requestedCustomerId: string | null;
      note: string;
    }>
>;

export type FieldDayCommand = LogVisit | DeclareDayOut | CheckIn;
