import {
  type Aggregate,
  ConflictError,
  DomainError,
  ForbiddenError,
  NotFoundError,
  type Role,
  assertNever,
  isBusinessDate,
} from '@sales/shared/domain';
import type {
  ContractCommand,
  ContractPerson,
  DecideTermination,
  FileContract,
  RequestTermination,
  TransferContract,
} from './contract-commands';
import type { ContractEvent } from './contract-events';
import { publishContract } from './contract-publication';
import {
  type ContractState,
  type SignedContract,
  evolveContract,
  initialContractState,
} from './contract-state';
import { SIGNER_ROLE, sign } from './contract-signing';
import { textOf } from './terms-validation';

/*
 * 签约 (K3): one stream per contract, `contract-<id>`. Signing is decided here once the service
 * has asked the org tree (signer as of the signing date), reports (K2), receivables (K5) and the
 * catalogue; the form (K1) is bound in the form book before this stream is written — see
 * ContractSigningService for the two writes and the crash window between them.
 */

export const FILING_ROLES: readonly Role[] = ['sales_admin'];
export const TERMINATION_APPROVER: Role = 'vp';
export const TRANSFER_ROLES: readonly Role[] = ['vp', 'sales_admin'];
export const TERMINATION_REQUESTERS: readonly Role[] = ['sales_admin'];

/** Signing's other commands address a contract that exists (the service answers 404 before). */
function signed(state: ContractState): SignedContract {
  if (state.status === 'unsigned') throw new NotFoundError('unknown-contract', {});
  return state;
}

function stillOpen(contract: SignedContract): void {
  if (contract.status === 'terminated')
    throw new ConflictError('contract-terminated', {
      contractId: contract.terms.contractId,
      terminatedOn: contract.terminatedOn,
    });
}

function dateOf(value: string, field: string): string {
  if (!isBusinessDate(value)) throw new DomainError('contract-date-invalid', { field, value });
  return value;
}

function file(data: FileContract['data'], contract: SignedContract): ContractEvent[] {
  const { by, today } = data;
  if (!by.role || !FILING_ROLES.includes(by.role))
    throw new ForbiddenError('filing-not-allowed', { role: by.role });
  const filedOn = dateOf(data.filedOn, 'filedOn');
  const { contractId, signedOn } = contract.terms;
  if (filedOn < signedOn || filedOn > today)
    throw new DomainError('filing-date-out-of-range', { field: 'filedOn', filedOn, signedOn, today });
  const location = textOf(data.location, 'location');
  if (!location) throw new DomainError('filing-location-required', { field: 'location' });
  if (contract.filing)
    throw new ConflictError('contract-already-filed', {
      contractId,
      filedOn: contract.filing.filedOn,
      location: contract.filing.location,
    });
  return [{ type: 'ContractFiled', data: { filedOn, location, filedBy: by.personId } }];
}

/** The contract's owner, the manager of its division (today), or the sales admin. */
function mayRequestTermination(by: ContractPerson, contract: SignedContract): boolean {
  if (by.personId === contract.ownerId) return true;
  if (by.role && TERMINATION_REQUESTERS.includes(by.role)) return true;
  return (
    by.role === 'division_manager' &&
    contract.divisionId !== null &&
    by.managedDivisionIds.includes(contract.divisionId)
  );
}

function requestTermination(data: RequestTermination['data'], contract: SignedContract): ContractEvent[] {
  const { by, today } = data;
  const { contractId, signedOn } = contract.terms;
  if (!mayRequestTermination(by, contract))
    throw new ForbiddenError('termination-request-not-allowed', { contractId, ownerId: contract.ownerId });
  stillOpen(contract);
  const terminationOn = dateOf(data.terminationOn, 'terminationOn');
  if (terminationOn < signedOn || terminationOn > today)
    throw new DomainError('termination-date-out-of-range', {
      field: 'terminationOn',
      terminationOn,
      signedOn,
      today,
    });
  const reason = textOf(data.reason, 'reason');
  if (!reason) throw new DomainError('termination-reason-required', { field: 'reason' });
  if (contract.pendingTermination)
    throw new ConflictError('termination-already-requested', {
      contractId,
      requestedBy: contract.pendingTermination.requestedBy,
      requestedOn: contract.pendingTermination.requestedOn,
    });
  return [
    {
      type: 'TerminationRequested',
      data: { terminationOn, reason, requestedBy: by.personId, requestedOn: today },
    },
  ];
}

function decideTermination(data: DecideTermination['data'], contract: SignedContract): ContractEvent[] {
  const { by, approve, today } = data;
  const { contractId } = contract.terms;
  if (by.role !== TERMINATION_APPROVER)
    throw new ForbiddenError('termination-decision-not-allowed', { contractId, role: by.role });
  stillOpen(contract);
  const pending = contract.pendingTermination;
  if (!pending) throw new ConflictError('no-termination-request', { contractId });
  if (!approve) {
    const reason = textOf(data.reason, 'reason');
    if (!reason) throw new DomainError('rejection-reason-required', { field: 'reason' });
    return [{ type: 'TerminationRejected', data: { rejectedBy: by.personId, reason, rejectedOn: today } }];
  }
  return [
    {
      type: 'ContractTerminated',
      data: {
        terminatedOn: pending.terminationOn,
        reason: pending.reason,
        requestedBy: pending.requestedBy,
        approvedBy: by.personId,
      },
    },
  ];
}

function transfer(data: TransferContract['data'], contract: SignedContract): ContractEvent[] {
  const { by, to, ownerDivisionId, today } = data;
  const { contractId } = contract.terms;
  const managesOwner =
    by.role === 'division_manager' &&
    ownerDivisionId !== null &&
    by.managedDivisionIds.includes(ownerDivisionId);
  if (!managesOwner && !(by.role && TRANSFER_ROLES.includes(by.role)))
    throw new ForbiddenError('transfer-not-allowed', { contractId, ownerId: contract.ownerId });
  stillOpen(contract);
  if (to.personId === contract.ownerId)
    throw new DomainError('transfer-to-owner', { field: 'toOwnerId', toOwnerId: to.personId });
  if (to.role !== SIGNER_ROLE)
    throw new DomainError('transfer-target-not-salesperson', {
      field: 'toOwnerId',
      toOwnerId: to.personId,
      role: to.role,
    });
  const reason = textOf(data.reason, 'reason');
  if (!reason) throw new DomainError('transfer-reason-required', { field: 'reason' });
  return [
    {
      type: 'ContractTransferred',
      data: {
        fromOwnerId: contract.ownerId,
        toOwnerId: to.personId,
        toDivisionId: to.divisionId,
        reason,
        by: by.personId,
        transferredOn: today,
      },
    },
  ];
}

function decide(command: ContractCommand, state: ContractState): ContractEvent[] {
  switch (command.type) {
    case 'SignContract':
      return sign(command.data, state);
    case 'FileContract':
      return file(command.data, signed(state));
    case 'RequestTermination':
      return requestTermination(command.data, signed(state));
    case 'DecideTermination':
      return decideTermination(command.data, signed(state));
    case 'TransferContract':
      return transfer(command.data, signed(state));
    default:
      return assertNever(command);
  }
}

export const contractDecider: Aggregate<ContractState, ContractCommand, ContractEvent> = {
  initialState: initialContractState,
  evolve: evolveContract,
  decide,
  publish: publishContract,
};
