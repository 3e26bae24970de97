import { type Aggregate, assertNever } from '@sales/shared/domain';
import { decideCase } from './case-decisions';
import type { HandoverLedgerEvent } from './handover-ledger-events';
import type { HandoverLedgerCommand } from './handover-ledger-commands';
import { type HandoverLedger, emptyLedger, evolveLedger } from './handover-ledger-state';
import { publishHandoverEvent } from './handover-publication';
import { decideHoldings } from './holdings-decisions';

/**
 * 离职交接 (O2) as a process manager: one stream per person (`handover-person-<personId>`) holding what
 * the person owns — customers, contracts, contract forms, learnt only from customers' and
 * contracts' published events from the start of their topics — and the person's resignation
 * cases. Holdings and case in one stream, so a notice sees exactly what is held, and a transfer
 * arriving while the case is open ticks its item off in the same commit that records it.
 */
export const handoverLedgerDecider: Aggregate<HandoverLedger, HandoverLedgerCommand, HandoverLedgerEvent> = {
  initialState: emptyLedger,
  evolve: evolveLedger,
  decide,
  publish: publishHandoverEvent,
};

function decide(command: HandoverLedgerCommand, ledger: HandoverLedger): HandoverLedgerEvent[] {
  switch (command.type) {
    case 'RecordCustomerTaken':
    case 'RecordCustomerGone':
    case 'RecordContractTaken':
    case 'RecordContractGone':
    case 'RecordContractStanding':
    case 'RecordFormsTaken':
    case 'RecordFormEnded':
      return decideHoldings(command, ledger);
    case 'NoticeResignation':
    case 'ConfirmAccountsSettled':
    case 'SignOffHandover':
    case 'CompleteHandover':
    case 'RecordExitWithoutHandover':
      return decideCase(command, ledger);
    default:
      return assertNever(command);
  }
}
