import type { BusinessDate } from '@sales/shared/domain';
import type { DirectiveIssuerRole } from '@sales/contracts/events';
import type { DirectiveEvent } from './directive-events';

export type StopDirective = Readonly<{
  directiveId: string;
  reason: string;
  issuedBy: string;
  issuedByRole: DirectiveIssuerRole;
  issuedOn: BusinessDate;
  issuedAt: string;
  lifted: Readonly<{
    reason: string;
    by: string;
    role: DirectiveIssuerRole;
    on: BusinessDate;
    at: string;
  }> | null;
}>;

/** One contract's stop directives (`directives-<contractId>`), in the order they were issued. */
export type DirectivesState = Readonly<{ contractId: string | null; directives: readonly StopDirective[] }>;

export const initialDirectivesState = (): DirectivesState => ({ contractId: null, directives: [] });

export function evolveDirectives(state: DirectivesState, event: DirectiveEvent): DirectivesState {
  const contractId = event.data.party.contractId;
  switch (event.type) {
    case 'StopDirectiveIssued': {
      const { directiveId, reason, issuedBy, issuedByRole, issuedOn, issuedAt } = event.data;
      const directive: StopDirective = {
        directiveId,
        reason,
        issuedBy,
        issuedByRole,
        issuedOn,
        issuedAt,
        lifted: null,
      };
      return { contractId, directives: [...state.directives, directive] };
    }
    case 'StopDirectiveLifted': {
      const { directiveId, reason, liftedBy, liftedByRole, liftedOn, liftedAt } = event.data;
      const lifted = { reason, by: liftedBy, role: liftedByRole, on: liftedOn, at: liftedAt };
      return {
        contractId,
        directives: state.directives.map((d) => (d.directiveId === directiveId ? { ...d, lifted } : d)),
      };
    }
  }
}

/** What an installation milestone must respect: the directives not (yet) lifted. */
export type ActiveDirective = Readonly<{
  directiveId: string;
  reason: string;
  issuedBy: string;
  issuedOn: BusinessDate;
  issuedAt: string;
}>;

export function activeDirectivesOf(state: DirectivesState): ActiveDirective[] {
  return state.directives
    .filter((d) => d.lifted === null)
    .map(({ directiveId, reason, issuedBy, issuedOn, issuedAt }) => ({
      directiveId,
      reason,
      issuedBy,
      issuedOn,
      issuedAt,
    }));
}
