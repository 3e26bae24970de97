import type { Actor, Command, Role } from '@sales/shared/domain';
import type { BusinessDate } from '@sales/org/events';
import type { PersonStatusReason } from './org-events';

/** Who administers the org tree: the VP, and admins (IT) for set-up. */
export const ORG_ADMINS: readonly Role[] = ['vp', 'admin'];

/**
 * What every org command carries besides its own fields: who asks, today's business date (from
 * the service's clock: the decider stays pure), and, for a change dated before today, why.
 */
export type OrgCommandContext = Readonly<{
  actor: Actor;
  today: BusinessDate;
  /** Required when `effectiveOn` is before `today` (倒签): only the VP or an admin, with a reason. */
  backdatingReason?: string;
}>;

/**
 * Commands on the org tree. `managerId` left out (undefined) means "the usual manager for that
 * place" (see `defaultManagerFor`); an explicit `null` means "no manager".
 */
export type CreateDivision = Command<
  'CreateDivision',
  OrgCommandContext & Readonly<{ divisionId: string; code: string; name: string; effectiveOn: BusinessDate }>
>;

export type RenameDivision = Command<
  'RenameDivision',
  OrgCommandContext & Readonly<{ divisionId: string; name: string; effectiveOn: BusinessDate }>
>;

export type HirePerson = Command<
  'HirePerson',
  OrgCommandContext &
    Readonly<{
      personId: string;
      name: string;
      role: Role;
      divisionId?: string | null;
      managerId?: string | null;
      /** The IdP's `sub` the person signs in with; left out, the person id (as the local issuer mints). */
      loginSubject?: string;
      effectiveOn: BusinessDate;
    }>
>;

export type MovePerson = Command<
  'MovePerson',
  OrgCommandContext &
    Readonly<{
      personId: string;
      toDivisionId: string | null;
      managerId?: string | null;
      effectiveOn: BusinessDate;
    }>
>;

export type ChangeRole = Command<
  'ChangeRole',
  OrgCommandContext &
    Readonly<{
      personId: string;
      role: Role;
      managerId?: string | null;
      effectiveOn: BusinessDate;
    }>
>;

/**
 * A step of a resignation handover (O2), recorded from handover's published events by org's
 * handover feed (a policy, not a route): the person becomes `resigning` or `left` from `effectiveOn`.
 */
export type RecordPersonStatus = Command<
  'RecordPersonStatus',
  Readonly<{
    personId: string;
    toStatus: 'resigning' | 'left';
    reason: PersonStatusReason;
    caseId: string;
    sourceEventId: string;
    effectiveOn: BusinessDate;
  }>
>;

export type OrgCommand =
  | CreateDivision
  | RenameDivision
  | HirePerson
  | MovePerson
  | ChangeRole
  | RecordPersonStatus;
