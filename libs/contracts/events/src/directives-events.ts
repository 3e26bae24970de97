import type { PublishedEvent } from '@sales/shared/domain';

/** A business date, `YYYY-MM-DD`, in the company's zone. */
type BusinessDate = string;

/** The roles that may issue and lift a stop directive (业务副总, 系统管理员, 安全/质量). */
export const DIRECTIVE_ISSUER_ROLES = ['vp', 'admin', 'safety'] as const;
export type DirectiveIssuerRole = (typeof DIRECTIVE_ISSUER_ROLES)[number];

/** Who a directive concerns: the contract, its customer, owner and division. */
type Party = Readonly<{
  contractId: string;
  customerId: string;
  ownerId: string;
  divisionId: string | null;
}>;

/*
 * K6 停工指示's PUBLISHED events, sent as soon as they are committed (X2 通知): installers,
 * the owner and outside systems learn at once that work on a contract stops, and when it may go on.
 */

/** 停工指示: work on the contract is to stop, with the reason, until lifted. */
export type StopDirectiveIssuedV1 = PublishedEvent<
  'StopDirectiveIssued',
  Party &
    Readonly<{
      directiveId: string;
      reason: string;
      issuedBy: string;
      issuedByRole: DirectiveIssuerRole;
      issuedOn: BusinessDate;
    }>
>;

/** 解除停工指示: one directive lifted with its reason; `stillActive` counts those still in force. */
export type StopDirectiveLiftedV1 = PublishedEvent<
  'StopDirectiveLifted',
  Party &
    Readonly<{
      directiveId: string;
      reason: string;
      liftedBy: string;
      liftedByRole: DirectiveIssuerRole;
      liftedOn: BusinessDate;
      issuedOn: BusinessDate;
      stillActive: number;
    }>
>;

/* The directives slice's PUBLISHED events. */
export type DirectivesPublishedEvent = StopDirectiveIssuedV1 | StopDirectiveLiftedV1;
