import type { ContractFact } from '@sales/handover/domain';
import type { EventEnvelope } from '@sales/shared/event-sourcing';
import { assertKnownVersion, fieldsOf } from './feed-fields';

/*
 * What handover reads from contracts' published events (`sales.contracts.events`): each contract's
 * owner, amount, collections and installation (is it still open?), and the contract forms out.
 */

export type ContractsFeedEffect =
  | Readonly<{
      kind: 'contract';
      contractId: string;
      fact: ContractFact;
      /** A transfer's previous owner (null for anything else). */
      fromOwnerId: string | null;
      on: string;
    }>
  | Readonly<{ kind: 'forms-issued'; holderId: string; year: number; numbers: readonly string[] }>
  | Readonly<{
      kind: 'form-ended';
      holderId: string;
      number: string;
      how: 'used' | 'voided' | 'returned';
      on: string;
    }>;

const V1 = [1] as const;

/** 安装 begun: installers assigned, a milestone planned, reached; 验收 ends it. */
const INSTALLATION_STEPS: Readonly<Record<string, 'under-way' | 'accepted'>> = {
  InstallersAssigned: 'under-way',
  InstallationMilestonePlanned: 'under-way',
  InstallationStarted: 'under-way',
  InstallationFinished: 'under-way',
  InstallationCommissioned: 'under-way',
  InstallationAccepted: 'accepted',
};

const FORM_ENDINGS: Readonly<Record<string, readonly ['used' | 'voided' | 'returned', string]>> = {
  FormUsed: ['used', 'usedOn'],
  FormVoided: ['voided', 'voidedOn'],
  FormReturned: ['returned', 'returnedOn'],
};

export const CONSUMED_CONTRACTS_EVENTS: Readonly<Record<string, readonly number[]>> = {
  ContractSigned: V1,
  ContractTransferred: V1,
  ContractTerminated: V1,
  PaymentReceived: V1,
  PaymentReversed: V1,
  FormsIssued: V1,
  ...Object.fromEntries(Object.keys(INSTALLATION_STEPS).map((type) => [type, V1])),
  ...Object.fromEntries(Object.keys(FORM_ENDINGS).map((type) => [type, V1])),
};

export function contractsFeedEffect(event: EventEnvelope): ContractsFeedEffect | undefined {
  if (!assertKnownVersion(event, CONSUMED_CONTRACTS_EVENTS)) return undefined;
  const f = fieldsOf(event);
  const terms = (terminated: boolean): ContractFact => ({
    kind: 'terms',
    ownerId: f.text('ownerId'),
    formNumber: f.text('formNumber'),
    customerId: f.text('customerId'),
    currency: f.text('currency'),
    amountMinor: f.fen('amountMinor'),
    terminated,
  });
  switch (event.type) {
    case 'ContractSigned':
      return {
        kind: 'contract',
        contractId: f.text('contractId'),
        fact: terms(false),
        fromOwnerId: null,
        on: f.text('signedOn'),
      };
    case 'ContractTransferred':
      return {
        kind: 'contract',
        contractId: f.text('contractId'),
        fact: terms(false),
        fromOwnerId: f.text('fromOwnerId'),
        on: f.text('transferredOn'),
      };
    case 'ContractTerminated':
      return {
        kind: 'contract',
        contractId: f.text('contractId'),
        fact: terms(true),
        fromOwnerId: null,
        on: f.text('terminatedOn'),
      };
    case 'PaymentReceived':
      return {
        kind: 'contract',
        contractId: f.text('contractId'),
        fact: { kind: 'payment', paymentId: f.text('paymentId'), amountMinor: f.fen('amountMinor') },
        fromOwnerId: null,
        on: f.text('receivedOn'),
      };
    case 'PaymentReversed':
      return {
        kind: 'contract',
        contractId: f.text('contractId'),
        fact: { kind: 'payment', paymentId: f.text('paymentId'), amountMinor: -f.fen('amountMinor') },
        fromOwnerId: null,
        on: f.text('reversedOn'),
      };
    case 'FormsIssued':
      return {
        kind: 'forms-issued',
        holderId: f.text('to'),
        year: f.integer('year'),
        numbers: f.texts('numbers'),
      };
  }
  const ending = FORM_ENDINGS[event.type];
  if (ending) {
    const [how, dateField] = ending;
    return {
      kind: 'form-ended',
      holderId: f.text('holderId'),
      number: f.text('number'),
      how,
      on: f.text(dateField),
    };
  }
  const progress = INSTALLATION_STEPS[event.type];
  const on = event.type === 'InstallersAssigned' ? f.text('assignedOn') : f.text('recordedOn');
  return {
    kind: 'contract',
    contractId: f.text('contractId'),
    fact: { kind: 'installation', progress },
    fromOwnerId: null,
    on,
  };
}
