import type { BusinessDate } from '@sales/shared/domain';
import type { ContractEvent } from './contract-events';
import type { ContractTerms } from './contract-terms';

export type Filing = Readonly<{ filedOn: BusinessDate; location: string; filedBy: string }>;

export type PendingTermination = Readonly<{
  terminationOn: BusinessDate;
  reason: string;
  requestedBy: string;
  requestedOn: BusinessDate;
}>;

export type CreditOverride = Readonly<{
  by: string;
  reason: string;
  limitMinor: number;
  openReceivablesMinor: number;
}>;

/**
 * The contract as signing decides on it: unsigned until ContractSigned, then open or terminated.
 * A credit override is recorded just before the signing in the same commit, so the signing is
 * published knowing it.
 */
export type ContractState =
  | Readonly<{ status: 'unsigned'; creditOverride: CreditOverride | null }>
  | Readonly<{
      status: 'open' | 'terminated';
      terms: ContractTerms;
      signedBy: string;
      ownerId: string;
      divisionId: string | null;
      /** The division the last transfer took the contract from (published beside the new one). */
      previousDivisionId: string | null;
      creditOverride: CreditOverride | null;
      filing: Filing | null;
      pendingTermination: PendingTermination | null;
      terminatedOn: BusinessDate | null;
    }>;

export type SignedContract = Exclude<ContractState, { status: 'unsigned' }>;

export const initialContractState = (): ContractState => ({ status: 'unsigned', creditOverride: null });

export function evolveContract(state: ContractState, event: ContractEvent): ContractState {
  if (event.type === 'ContractSigned') {
    const { terms, signedBy } = event.data;
    return {
      status: 'open',
      terms,
      signedBy,
      ownerId: terms.signerId,
      divisionId: terms.divisionId,
      previousDivisionId: null,
      creditOverride: state.status === 'unsigned' ? state.creditOverride : null,
      filing: null,
      pendingTermination: null,
      terminatedOn: null,
    };
  }
  if (event.type === 'CreditLimitOverridden') {
    const { by, reason, limitMinor, openReceivablesMinor } = event.data;
    return { ...state, creditOverride: { by, reason, limitMinor, openReceivablesMinor } };
  }
  if (state.status === 'unsigned') return state;
  switch (event.type) {
    case 'ContractFiled':
      return { ...state, filing: event.data };
    case 'TerminationRequested':
      return { ...state, pendingTermination: event.data };
    case 'TerminationRejected':
      return { ...state, pendingTermination: null };
    case 'ContractTerminated':
      return {
        ...state,
        status: 'terminated',
        pendingTermination: null,
        terminatedOn: event.data.terminatedOn,
      };
    case 'ContractTransferred':
      return {
        ...state,
        ownerId: event.data.toOwnerId,
        divisionId: event.data.toDivisionId,
        previousDivisionId: state.divisionId,
      };
  }
}
