import type { BusinessDate, DomainEvent } from '@sales/shared/domain';
import type { HandoverClearance, HandoverItemKind } from '@sales/handover/events';
import type { ContractStanding } from './holdings';

/*
 * The internal events of a person's handover stream (`handover-person-<personId>`). The holdings events
 * are what handover learnt from customers' and contracts' published events, each with the id of
 * the event it came from (`sourceEventId`: a redelivered event changes nothing); the case events
 * are the resignation itself.
 */

type Source = Readonly<{ personId: string; sourceEventId: string }>;

export type CustomerTaken = DomainEvent<'CustomerTaken', Source & Readonly<{ customerId: string }>>;

export type CustomerReleased = DomainEvent<
  'CustomerReleased',
  Source &
    Readonly<{
      customerId: string;
      how: Extract<HandoverClearance, 'transferred' | 'pooled' | 'merged'>;
      toPersonId: string | null;
      on: BusinessDate;
    }>
>;

export type ContractTaken = DomainEvent<'ContractTaken', Source & Readonly<{ contract: ContractStanding }>>;

/** A held contract's standing changed (a payment, a reversal, an installation step, a termination). */
export type ContractStandingChanged = DomainEvent<
  'ContractStandingChanged',
  Readonly<{ personId: string; contract: ContractStanding }>
>;

export type ContractReleased = DomainEvent<
  'ContractReleased',
  Source & Readonly<{ contractId: string; toPersonId: string; on: BusinessDate }>
>;

export type FormsTaken = DomainEvent<
  'FormsTaken',
  Source & Readonly<{ year: number; numbers: readonly string[] }>
>;

export type FormEnded = DomainEvent<
  'FormEnded',
  Source &
    Readonly<{
      number: string;
      how: Extract<HandoverClearance, 'used' | 'voided' | 'returned'>;
      on: BusinessDate;
    }>
>;

export type ResignationNoticed = DomainEvent<
  'ResignationNoticed',
  Readonly<{
    caseId: string;
    personId: string;
    lastDay: BusinessDate;
    noticedOn: BusinessDate;
    noticedBy: string;
    supervisorId: string | null;
  }>
>;

export type AccountsSettled = DomainEvent<
  'AccountsSettled',
  Readonly<{ caseId: string; by: string; on: BusinessDate; note: string | null }>
>;

export type SupervisorSignedOff = DomainEvent<
  'SupervisorSignedOff',
  Readonly<{ caseId: string; by: string; on: BusinessDate }>
>;

/** One item left an open case's checklist: recorded beside the fact that cleared it. */
export type HandoverItemCleared = DomainEvent<
  'HandoverItemCleared',
  Readonly<{
    caseId: string;
    kind: HandoverItemKind;
    id: string;
    how: HandoverClearance;
    toPersonId: string | null;
    on: BusinessDate;
  }>
>;

export type HandoverCompleted = DomainEvent<
  'HandoverCompleted',
  Readonly<{ caseId: string; by: string; on: BusinessDate }>
>;

export type LeftWithoutHandover = DomainEvent<
  'LeftWithoutHandover',
  Readonly<{
    caseId: string;
    by: string;
    on: BusinessDate;
    reason: string;
    openItems: readonly Readonly<{ kind: HandoverItemKind; id: string }>[];
  }>
>;

export type HoldingsEvent =
  | CustomerTaken
  | CustomerReleased
  | ContractTaken
  | ContractStandingChanged
  | ContractReleased
  | FormsTaken
  | FormEnded;

export type CaseEvent =
  | ResignationNoticed
  | AccountsSettled
  | SupervisorSignedOff
  | HandoverItemCleared
  | HandoverCompleted
  | LeftWithoutHandover;

export type HandoverLedgerEvent = HoldingsEvent | CaseEvent;
