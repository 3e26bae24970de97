import {
  type Aggregate,
  ConflictError,
  DomainError,
  ForbiddenError,
  NotFoundError,
  type PublishedEvent,
  type Role,
  assertNever,
} from '@sales/shared/domain';
import {
  DIRECTIVE_ISSUER_ROLES,
  type DirectiveIssuerRole,
  contractsPublishedEvent,
} from '@sales/contracts/events';
import type { ContractView } from '../signing/contract-terms';
import type {
  DirectiveCommand,
  DirectivesPerson,
  IssueStopDirective,
  LiftStopDirective,
} from './directive-commands';
import type { DirectiveEvent, DirectiveParty } from './directive-events';
import { type DirectivesState, evolveDirectives, initialDirectivesState } from './directive-state';

/*
 * 停工指示 (K6): one stream per contract, `directives-<contractId>`. The VP, IT admin or 安全/质量
 * orders work to stop with a reason; several may be in force at once; each is lifted on its own,
 * with a reason, by the same roles. Installation (K4) refuses its milestones while any is active.
 */

export const DIRECTIVE_STREAM_PREFIX = 'directives-';
export const directivesStreamId = (contractId: string) => `${DIRECTIVE_STREAM_PREFIX}${contractId}`;

const isIssuerRole = (role: Role | null): role is DirectiveIssuerRole =>
  role !== null && (DIRECTIVE_ISSUER_ROLES as readonly string[]).includes(role);

/** The VP, IT admin or 安全/质量 order work to stop and lift the order. */
function assertDirectiveRole(by: DirectivesPerson): DirectiveIssuerRole {
  if (!isIssuerRole(by.role)) throw new ForbiddenError('directive-role-not-allowed', { role: by.role });
  return by.role;
}

function assertReason(reason: unknown): string {
  const trimmed = typeof reason === 'string' ? reason.trim() : '';
  if (!trimmed) throw new DomainError('directive-reason-required', { field: 'reason' });
  return trimmed;
}

const partyOf = (contract: ContractView): DirectiveParty => ({
  contractId: contract.terms.contractId,
  customerId: contract.terms.customerId,
  ownerId: contract.ownerId,
  divisionId: contract.divisionId,
});

function issue(data: IssueStopDirective['data'], state: DirectivesState): DirectiveEvent[] {
  const { contract, by, today, now, directiveId } = data;
  const role = assertDirectiveRole(by);
  const reason = assertReason(data.reason);
  const existing = state.directives.find((d) => d.directiveId === directiveId);
  if (existing) {
    // A retried request (same id, same reason) records nothing more.
    if (existing.reason === reason && existing.issuedBy === by.personId) return [];
    throw new ConflictError('directive-id-taken', { directiveId });
  }
  if (contract.status === 'terminated')
    throw new ConflictError('directive-contract-terminated', {
      contractId: contract.terms.contractId,
      terminatedOn: contract.terminatedOn,
    });
  return [
    {
      type: 'StopDirectiveIssued',
      data: {
        party: partyOf(contract),
        directiveId,
        reason,
        issuedBy: by.personId,
        issuedByRole: role,
        issuedOn: today,
        issuedAt: now,
      },
    },
  ];
}

function lift(data: LiftStopDirective['data'], state: DirectivesState): DirectiveEvent[] {
  const { contract, by, today, now, directiveId } = data;
  const role = assertDirectiveRole(by);
  const reason = assertReason(data.reason);
  const directive = state.directives.find((d) => d.directiveId === directiveId);
  if (!directive) throw new NotFoundError('unknown-directive', { directiveId });
  if (directive.lifted !== null) {
    if (directive.lifted.reason === reason && directive.lifted.by === by.personId) return [];
    throw new ConflictError('directive-already-lifted', {
      directiveId,
      liftedBy: directive.lifted.by,
      liftedOn: directive.lifted.on,
    });
  }
  return [
    {
      type: 'StopDirectiveLifted',
      data: {
        party: partyOf(contract),
        directiveId,
        reason,
        liftedBy: by.personId,
        liftedByRole: role,
        liftedOn: today,
        liftedAt: now,
      },
    },
  ];
}

function decide(command: DirectiveCommand, state: DirectivesState): DirectiveEvent[] {
  switch (command.type) {
    case 'IssueStopDirective':
      return issue(command.data, state);
    case 'LiftStopDirective':
      return lift(command.data, state);
    default:
      return assertNever(command);
  }
}

/** Both facts are published at once (X2): the outbox relay sends a commit as soon as it is written. */
function publish(event: DirectiveEvent, state: DirectivesState): readonly PublishedEvent[] {
  const { party, directiveId, reason } = event.data;
  switch (event.type) {
    case 'StopDirectiveIssued':
      return [
        contractsPublishedEvent('StopDirectiveIssued', {
          directiveId,
          ...party,
          reason,
          issuedBy: event.data.issuedBy,
          issuedByRole: event.data.issuedByRole,
          issuedOn: event.data.issuedOn,
        }),
      ];
    case 'StopDirectiveLifted': {
      const issued = state.directives.find((d) => d.directiveId === directiveId);
      return [
        contractsPublishedEvent('StopDirectiveLifted', {
          directiveId,
          ...party,
          reason,
          liftedBy: event.data.liftedBy,
          liftedByRole: event.data.liftedByRole,
          liftedOn: event.data.liftedOn,
          issuedOn: issued?.issuedOn ?? event.data.liftedOn,
          stillActive: state.directives.filter((d) => d.lifted === null).length,
        }),
      ];
    }
  }
}

export const directivesDecider: Aggregate<DirectivesState, DirectiveCommand, DirectiveEvent> = {
  initialState: initialDirectivesState,
  evolve: evolveDirectives,
  decide,
  publish,
};
