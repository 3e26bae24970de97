import type { BusinessDate, Command, Role } from '@sales/shared/domain';
import type { ContractView } from '../signing/contract-terms';

/** Who acts, as the service found them in the org tree today (IT admin from the token). */
export type DirectivesPerson = Readonly<{ personId: string; role: Role | null }>;

type Circumstances = Readonly<{
  contract: ContractView;
  by: DirectivesPerson;
  today: BusinessDate;
  /** The recorded instant, ISO-8601. */
  now: string;
}>;

export type IssueStopDirective = Command<
  'IssueStopDirective',
  Circumstances & Readonly<{ directiveId: string; reason: string }>
>;

export type LiftStopDirective = Command<
  'LiftStopDirective',
  Circumstances & Readonly<{ directiveId: string; reason: string }>
>;

export type DirectiveCommand = IssueStopDirective | LiftStopDirective;
