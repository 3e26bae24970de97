import { type Aggregate, type Command, type DomainEvent } from '@sales/shared/domain';
import type { ContractStanding, InstallationProgress } from '../ledger/holdings';

/*
 * handover's own note of one contract (`handover-contract-<id>`), from contracts' published events:
 * its owner, amount, what was collected and how far its installation is. Signing, transfer and
 * termination come on the contract's stream, payments and installation steps on others (other
 * Kafka keys, so in no fixed order against them): payments are summed by payment id and the
 * installation only moves forward, so the note is the same whatever order they arrive in.
 */

export type ContractFact =
  | Readonly<{
      kind: 'terms';
      ownerId: string;
      formNumber: string;
      customerId: string;
      currency: string;
      amountMinor: number;
      terminated: boolean;
    }>
  | Readonly<{ kind: 'payment'; paymentId: string; amountMinor: number }>
  | Readonly<{ kind: 'installation'; progress: Exclude<InstallationProgress, 'none'> }>;

export type ContractRecord = Readonly<{
  contractId: string | null;
  terms: Extract<ContractFact, { kind: 'terms' }> | null;
  /** Net amount per payment id (a reversal is negative under its own id). */
  payments: Readonly<Record<string, number>>;
  installation: InstallationProgress;
  applied: Readonly<Record<string, true>>;
}>;

export type RecordContractFact = Command<
  'RecordContractFact',
  Readonly<{ contractId: string; sourceEventId: string; fact: ContractFact }>
>;

export type ContractFactRecorded = DomainEvent<
  'ContractFactRecorded',
  Readonly<{ contractId: string; sourceEventId: string; fact: ContractFact }>
>;

export const contractRecordStreamId = (contractId: string) => `handover-contract-${contractId}`;

const PROGRESS: readonly InstallationProgress[] = ['none', 'under-way', 'accepted'];

export const contractRecordDecider: Aggregate<ContractRecord, RecordContractFact, ContractFactRecorded> = {
  initialState: () => ({ contractId: null, terms: null, payments: {}, installation: 'none', applied: {} }),
  decide: (command, record) =>
    Object.hasOwn(record.applied, command.data.sourceEventId)
      ? []
      : [{ type: 'ContractFactRecorded', data: command.data }],
  evolve: (record, { data: { contractId, sourceEventId, fact } }) => {
    const next = { ...record, contractId, applied: { ...record.applied, [sourceEventId]: true as const } };
    switch (fact.kind) {
      case 'terms':
        // A terminated contract stays terminated, whatever older terms arrive after.
        return { ...next, terms: { ...fact, terminated: fact.terminated || !!record.terms?.terminated } };
      case 'payment':
        return { ...next, payments: { ...record.payments, [fact.paymentId]: fact.amountMinor } };
      case 'installation':
        return PROGRESS.indexOf(fact.progress) > PROGRESS.indexOf(record.installation)
          ? { ...next, installation: fact.progress }
          : next;
    }
  },
  publish: () => [],
};

/** The contract as a checklist reads it, once its terms are known (null before its signing arrived). */
export function contractStanding(record: ContractRecord): ContractStanding | null {
  if (!record.terms || !record.contractId) return null;
  const { formNumber, customerId, currency, amountMinor, terminated } = record.terms;
  const collectedMinor = Object.values(record.payments).reduce((sum, amount) => sum + amount, 0);
  return {
    contractId: record.contractId,
    formNumber,
    customerId,
    currency,
    amountMinor,
    collectedMinor,
    installation: record.installation,
    terminated,
  };
}
