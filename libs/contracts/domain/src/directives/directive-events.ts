import type { BusinessDate, DomainEvent } from '@sales/shared/domain';
import type { DirectiveIssuerRole } from '@sales/contracts/events';

/** Who a directive concerns: the contract, its customer, owner and division when it was recorded. */
export type DirectiveParty = Readonly<{
  contractId: string;
  customerId: string;
  ownerId: string;
  divisionId: string | null;
}>;

/** 停工指示: work on the contract is to stop, from the moment it is recorded, until lifted. */
export type StopDirectiveIssued = DomainEvent<
  'StopDirectiveIssued',
  Readonly<{
    party: DirectiveParty;
    directiveId: string;
    reason: string;
    issuedBy: string;
    issuedByRole: DirectiveIssuerRole;
    issuedOn: BusinessDate;
    /** The recorded instant (ISO-8601), so a directive and a milestone of the same day are ordered. */
    issuedAt: string;
  }>
>;

/** 解除停工指示, with its reason. */
export type StopDirectiveLifted = DomainEvent<
  'StopDirectiveLifted',
  Readonly<{
    party: DirectiveParty;
    directiveId: string;
    reason: string;
    liftedBy: string;
    liftedByRole: DirectiveIssuerRole;
    liftedOn: BusinessDate;
    liftedAt: string;
  }>
>;

export type DirectiveEvent = StopDirectiveIssued | StopDirectiveLifted;
