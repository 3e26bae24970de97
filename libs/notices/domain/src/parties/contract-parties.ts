import { type Aggregate, type DomainEvent, assertNever } from '@sales/shared/domain';
import type { NoticeFacts, NoticeSource } from '../notices/notice';

/**
 * 合同相关人员台账: what notices must remember of a contract to address its notices — its form
 * number (how people name a contract), its owner, its assigned installers and the stop
 * directives in force. Folded from contracts' published events as they arrive; each event is
 * noted once (by its id), so a redelivery changes nothing.
 */
export type ContractParties = Readonly<{
  contractId: string | null;
  formNumber: string | null;
  ownerId: string | null;
  installerIds: readonly string[];
  /** Directives issued and not lifted, with what their notice said (a late installer gets it too). */
  activeDirectives: readonly ActiveDirective[];
  /** Ids of the source events already noted. */
  noted: readonly string[];
}>;

export type ActiveDirective = Readonly<{
  directiveId: string;
  facts: Extract<NoticeFacts, { kind: 'stop-directive-issued' }>;
  source: NoticeSource;
}>;

export const CONTRACT_PARTIES_STREAM_PREFIX = 'contract-parties-';
export const contractPartiesStreamId = (contractId: string) =>
  `${CONTRACT_PARTIES_STREAM_PREFIX}${contractId}`;

type Noted<Type extends string, Data> = DomainEvent<Type, Data & Readonly<{ sourceEventId: string }>>;

export type ContractPartiesEvent =
  | Noted<'ContractOwnerNoted', { contractId: string; formNumber: string; ownerId: string }>
  | Noted<'InstallersNoted', { contractId: string; installerIds: readonly string[] }>
  | Noted<'DirectiveNoted', { directive: ActiveDirective }>
  | Noted<'DirectiveLiftNoted', { contractId: string; directiveId: string }>;

/** One published fact of a contract to note; `sourceEventId` makes noting it idempotent. */
export type NoteContractParties = Readonly<{
  type: 'NoteContractParties';
  data: Readonly<{ sourceEventId: string; change: ContractPartiesChange }>;
}>;

export type ContractPartiesChange =
  | Readonly<{ kind: 'owner'; contractId: string; formNumber: string; ownerId: string }>
  | Readonly<{ kind: 'installers'; contractId: string; installerIds: readonly string[] }>
  | Readonly<{ kind: 'directive-issued'; directive: ActiveDirective }>
  | Readonly<{ kind: 'directive-lifted'; contractId: string; directiveId: string }>;

function decide(command: NoteContractParties, state: ContractParties): ContractPartiesEvent[] {
  const { sourceEventId, change } = command.data;
  if (state.noted.includes(sourceEventId)) return [];
  switch (change.kind) {
    case 'owner': {
      const { contractId, formNumber, ownerId } = change;
      return [{ type: 'ContractOwnerNoted', data: { sourceEventId, contractId, formNumber, ownerId } }];
    }
    case 'installers':
      return [
        {
          type: 'InstallersNoted',
          data: { sourceEventId, contractId: change.contractId, installerIds: change.installerIds },
        },
      ];
    case 'directive-issued':
      return [{ type: 'DirectiveNoted', data: { sourceEventId, directive: change.directive } }];
    case 'directive-lifted':
      return [
        {
          type: 'DirectiveLiftNoted',
          data: { sourceEventId, contractId: change.contractId, directiveId: change.directiveId },
        },
      ];
    default:
      return assertNever(change);
  }
}

function evolve(state: ContractParties, event: ContractPartiesEvent): ContractParties {
  const noted = [...state.noted, event.data.sourceEventId];
  switch (event.type) {
    case 'ContractOwnerNoted': {
      const { contractId, formNumber, ownerId } = event.data;
      return { ...state, contractId, formNumber, ownerId, noted };
    }
    case 'InstallersNoted':
      // InstallersAssigned names the whole set in force (a reassignment replaces it).
      return { ...state, contractId: event.data.contractId, installerIds: event.data.installerIds, noted };
    case 'DirectiveNoted': {
      const { directive } = event.data;
      const others = state.activeDirectives.filter((d) => d.directiveId !== directive.directiveId);
      return {
        ...state,
        contractId: directive.facts.contractId,
        activeDirectives: [...others, directive],
        noted,
      };
    }
    case 'DirectiveLiftNoted':
      return {
        ...state,
        activeDirectives: state.activeDirectives.filter((d) => d.directiveId !== event.data.directiveId),
        noted,
      };
    default:
      return assertNever(event);
  }
}

export const contractPartiesDecider: Aggregate<ContractParties, NoteContractParties, ContractPartiesEvent> = {
  initialState: () => ({
    contractId: null,
    formNumber: null,
    ownerId: null,
    installerIds: [],
    activeDirectives: [],
    noted: [],
  }),
  decide,
  evolve,
  // The ledger is notices' own bookkeeping: nothing of it is published.
  publish: () => [],
};
