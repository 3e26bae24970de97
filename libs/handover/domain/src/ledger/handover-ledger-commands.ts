import type { Actor, BusinessDate, Command, Role } from '@sales/shared/domain';
import type { ContractStanding } from './holdings';

/*
 * Commands on a person's handover stream. The holdings commands come from handover's feeds of
 * customers' and contracts' published events (never from a person); the case commands from people,
 * over HTTP, with what the service read for them (the org tree as of today, customers' names).
 */

type FromEvent = Readonly<{ personId: string; sourceEventId: string }>;

export type RecordCustomerTaken = Command<
  'RecordCustomerTaken',
  FromEvent & Readonly<{ customerId: string }>
>;

export type RecordCustomerGone = Command<
  'RecordCustomerGone',
  FromEvent &
    Readonly<{
      customerId: string;
      how: 'transferred' | 'pooled' | 'merged';
      toPersonId: string | null;
      on: BusinessDate;
    }>
>;

export type RecordContractTaken = Command<
  'RecordContractTaken',
  FromEvent & Readonly<{ contract: ContractStanding }>
>;

export type RecordContractGone = Command<
  'RecordContractGone',
  FromEvent & Readonly<{ contractId: string; toPersonId: string; on: BusinessDate }>
>;

/** The contract's standing after a payment, reversal, installation step or termination. */
export type RecordContractStanding = Command<
  'RecordContractStanding',
  Readonly<{ personId: string; contract: ContractStanding; on: BusinessDate }>
>;

export type RecordFormsTaken = Command<
  'RecordFormsTaken',
  FromEvent & Readonly<{ year: number; numbers: readonly string[] }>
>;

export type RecordFormEnded = Command<
  'RecordFormEnded',
  FromEvent & Readonly<{ number: string; how: 'used' | 'voided' | 'returned'; on: BusinessDate }>
>;

/** The resigning person as the org tree has them today (null: nobody of that id). */
export type ResigningPerson = Readonly<{
  personId: string;
  role: Role;
  /** Their manager, that manager's manager, … up to the top. */
  managerChain: readonly string[];
}> | null;

export type NoticeResignation = Command<
  'NoticeResignation',
  Readonly<{
    actor: Actor;
    personId: string;
    lastDay: BusinessDate;
    today: BusinessDate;
    person: ResigningPerson;
  }>
>;

export type ConfirmAccountsSettled = Command<
  'ConfirmAccountsSettled',
  Readonly<{ actor: Actor; caseId: string; today: BusinessDate; note: string | null }>
>;

export type SignOffHandover = Command<
  'SignOffHandover',
  Readonly<{ actor: Actor; caseId: string; today: BusinessDate }>
>;

/** Names of the customers the checklist mentions (id → name), for a refusal people can read. */
export type CustomerNames = Readonly<Record<string, string>>;

export type CompleteHandover = Command<
  'CompleteHandover',
  Readonly<{
    actor: Actor;
    caseId: string;
    today: BusinessDate;
    /** The person's manager chain today (their managers may complete the case). */
    managerChain: readonly string[];
    customerNames: CustomerNames;
  }>
>;

export type RecordExitWithoutHandover = Command<
  'RecordExitWithoutHandover',
  Readonly<{ actor: Actor; caseId: string; today: BusinessDate; reason: string }>
>;

export type HoldingsCommand =
  | RecordCustomerTaken
  | RecordCustomerGone
  | RecordContractTaken
  | RecordContractGone
  | RecordContractStanding
  | RecordFormsTaken
  | RecordFormEnded;

export type CaseCommand =
  | NoticeResignation
  | ConfirmAccountsSettled
  | SignOffHandover
  | CompleteHandover
  | RecordExitWithoutHandover;

export type HandoverLedgerCommand = HoldingsCommand | CaseCommand;
