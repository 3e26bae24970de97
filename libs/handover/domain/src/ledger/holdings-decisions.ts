import type { BusinessDate } from '@sales/shared/domain';
import type { HandoverClearance, HandoverItemKind } from '@sales/handover/events';
import type { HandoverItemCleared, HandoverLedgerEvent } from './handover-ledger-events';
import type { HoldingsCommand } from './handover-ledger-commands';
import { type HandoverLedger, openCase } from './handover-ledger-state';
import { isContractOpen, sameStanding } from './holdings';

/*
 * What a person's holdings do with a fact another context published. Idempotent: a source event
 * already recorded (by id), a customer already held, a form not held … records nothing. While a
 * case is open, a holding that leaves ticks its checklist item off in the same commit.
 */

function cleared(
  ledger: HandoverLedger,
  item: Readonly<{ kind: HandoverItemKind; id: string }>,
  how: HandoverClearance,
  toPersonId: string | null,
  on: BusinessDate,
): HandoverItemCleared[] {
  const current = openCase(ledger);
  if (!current) return [];
  return [{ type: 'HandoverItemCleared', data: { caseId: current.caseId, ...item, how, toPersonId, on } }];
}

export function decideHoldings(command: HoldingsCommand, ledger: HandoverLedger): HandoverLedgerEvent[] {
  if ('sourceEventId' in command.data && Object.hasOwn(ledger.applied, command.data.sourceEventId)) return [];
  switch (command.type) {
    case 'RecordCustomerTaken': {
      const { personId, sourceEventId, customerId } = command.data;
      if (Object.hasOwn(ledger.customers, customerId)) return [];
      return [{ type: 'CustomerTaken', data: { personId, sourceEventId, customerId } }];
    }
    case 'RecordCustomerGone': {
      const { personId, sourceEventId, customerId, how, toPersonId, on } = command.data;
      if (!Object.hasOwn(ledger.customers, customerId)) return [];
      return [
        { type: 'CustomerReleased', data: { personId, sourceEventId, customerId, how, toPersonId, on } },
        ...cleared(ledger, { kind: 'customer', id: customerId }, how, toPersonId, on),
      ];
    }
    case 'RecordContractTaken': {
      const { personId, sourceEventId, contract } = command.data;
      return [{ type: 'ContractTaken', data: { personId, sourceEventId, contract } }];
    }
    case 'RecordContractGone': {
      const { personId, sourceEventId, contractId, toPersonId, on } = command.data;
      const held = ledger.contracts[contractId];
      if (!held) return [];
      return [
        { type: 'ContractReleased', data: { personId, sourceEventId, contractId, toPersonId, on } },
        // A contract already closed was no item of the checklist.
        ...(isContractOpen(held)
          ? cleared(ledger, { kind: 'contract', id: contractId }, 'transferred', toPersonId, on)
          : []),
      ];
    }
    case 'RecordContractStanding': {
      const { personId, contract, on } = command.data;
      const held = ledger.contracts[contract.contractId];
      if (!held || sameStanding(held, contract)) return [];
      return [
        { type: 'ContractStandingChanged', data: { personId, contract } },
        ...(isContractOpen(held) && !isContractOpen(contract)
          ? cleared(ledger, { kind: 'contract', id: contract.contractId }, 'closed', null, on)
          : []),
      ];
    }
    case 'RecordFormsTaken': {
      const { personId, sourceEventId, year, numbers } = command.data;
      const fresh = numbers.filter((number) => !Object.hasOwn(ledger.forms, number));
      if (fresh.length === 0) return [];
      return [{ type: 'FormsTaken', data: { personId, sourceEventId, year, numbers: fresh } }];
    }
    case 'RecordFormEnded': {
      const { personId, sourceEventId, number, how, on } = command.data;
      if (!Object.hasOwn(ledger.forms, number)) return [];
      return [
        { type: 'FormEnded', data: { personId, sourceEventId, number, how, on } },
        ...cleared(ledger, { kind: 'form', id: number }, how, null, on),
      ];
    }
  }
}
