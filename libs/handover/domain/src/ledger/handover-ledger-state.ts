import type { HandoverCase } from './handover-case';
import type { HandoverLedgerEvent } from './handover-ledger-events';
import type { ContractStanding } from './holdings';

/**
 * A person's handover stream folded: what they hold now, by what other contexts published (kept
 * from the start of those topics, so holdings from before a notice are known), and their cases,
 * the last one current. `applied` holds the ids of the source events already recorded: a
 * redelivered or replayed event is recognised even after the holding moved on.
 */
export type HandoverLedger = Readonly<{
  personId: string | null;
  /** Customers owned, by id. */
  customers: Readonly<Record<string, true>>;
  /** Contracts owned (open or not: a closed one may reopen on a reversed payment), by id. */
  contracts: Readonly<Record<string, ContractStanding>>;
  /** Contract forms out (领用未交回), by number. */
  forms: Readonly<Record<string, Readonly<{ year: number }>>>;
  applied: Readonly<Record<string, true>>;
  cases: readonly HandoverCase[];
}>;

export const emptyLedger = (): HandoverLedger => ({
  personId: null,
  customers: {},
  contracts: {},
  forms: {},
  applied: {},
  cases: [],
});

/** The person's latest case while it is open, else undefined. */
export function openCase(ledger: HandoverLedger): HandoverCase | undefined {
  const last = ledger.cases.at(-1);
  return last?.status === 'open' ? last : undefined;
}

const without = <T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> => {
  const rest = { ...record };
  delete rest[key];
  return rest;
};

const withApplied = (ledger: HandoverLedger, sourceEventId: string) => ({
  ...ledger.applied,
  [sourceEventId]: true as const,
});

function updateCase(
  ledger: HandoverLedger,
  caseId: string,
  change: (current: HandoverCase) => HandoverCase,
): HandoverLedger {
  return { ...ledger, cases: ledger.cases.map((c) => (c.caseId === caseId ? change(c) : c)) };
}

export function evolveLedger(ledger: HandoverLedger, event: HandoverLedgerEvent): HandoverLedger {
  switch (event.type) {
    case 'CustomerTaken': {
      const { personId, customerId, sourceEventId } = event.data;
      return {
        ...ledger,
        personId,
        customers: { ...ledger.customers, [customerId]: true },
        applied: withApplied(ledger, sourceEventId),
      };
    }
    case 'CustomerReleased': {
      const { personId, customerId, sourceEventId } = event.data;
      return {
        ...ledger,
        personId,
        customers: without(ledger.customers, customerId),
        applied: withApplied(ledger, sourceEventId),
      };
    }
    case 'ContractTaken': {
      const { personId, contract, sourceEventId } = event.data;
      return {
        ...ledger,
        personId,
        contracts: { ...ledger.contracts, [contract.contractId]: contract },
        applied: withApplied(ledger, sourceEventId),
      };
    }
    case 'ContractStandingChanged': {
      const { personId, contract } = event.data;
      return { ...ledger, personId, contracts: { ...ledger.contracts, [contract.contractId]: contract } };
    }
    case 'ContractReleased': {
      const { personId, contractId, sourceEventId } = event.data;
      return {
        ...ledger,
        personId,
        contracts: without(ledger.contracts, contractId),
        applied: withApplied(ledger, sourceEventId),
      };
    }
    case 'FormsTaken': {
      const { personId, year, numbers, sourceEventId } = event.data;
      const forms = { ...ledger.forms };
      for (const number of numbers) forms[number] = { year };
      return { ...ledger, personId, forms, applied: withApplied(ledger, sourceEventId) };
    }
    case 'FormEnded': {
      const { personId, number, sourceEventId } = event.data;
      return {
        ...ledger,
        personId,
        forms: without(ledger.forms, number),
        applied: withApplied(ledger, sourceEventId),
      };
    }
    case 'ResignationNoticed': {
      const { caseId, personId, lastDay, noticedOn, noticedBy, supervisorId } = event.data;
      const opened: HandoverCase = {
        caseId,
        personId,
        lastDay,
        noticedOn,
        noticedBy,
        supervisorId,
        status: 'open',
        accountsSettled: null,
        signedOff: null,
        closed: null,
        exitReason: null,
        leftOpen: [],
        cleared: [],
      };
      return { ...ledger, personId, cases: [...ledger.cases, opened] };
    }
    case 'AccountsSettled': {
      const { caseId, by, on } = event.data;
      return updateCase(ledger, caseId, (c) => ({ ...c, accountsSettled: { by, on } }));
    }
    case 'SupervisorSignedOff': {
      const { caseId, by, on } = event.data;
      return updateCase(ledger, caseId, (c) => ({ ...c, signedOff: { by, on } }));
    }
    case 'HandoverItemCleared': {
      const { caseId, kind, id, how, toPersonId, on } = event.data;
      return updateCase(ledger, caseId, (c) => ({
        ...c,
        cleared: [...c.cleared, { kind, id, how, toPersonId, on }],
      }));
    }
    case 'HandoverCompleted': {
      const { caseId, by, on } = event.data;
      return updateCase(ledger, caseId, (c) => ({ ...c, status: 'completed', closed: { by, on } }));
    }
    case 'LeftWithoutHandover': {
      const { caseId, by, on, reason, openItems } = event.data;
      return updateCase(ledger, caseId, (c) => ({
        ...c,
        status: 'left-without-handover',
        closed: { by, on },
        exitReason: reason,
        leftOpen: openItems,
      }));
    }
  }
}
