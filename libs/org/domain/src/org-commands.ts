import type { Actor, Command, Role } from '@sales/shared/domain';
import type { BusinessDate } from '@sales/org/events';

/**
 * Commands on the org tree. `managerId` left out (undefined) means "the usual manager for that
 * place" (see `defaultManagerFor`); an explicit `null` means "no manager".
 */
export type CreateDivision = Command<
  'CreateDivision',
  Readonly<{ actor: Actor; divisionId: string; code: string; name: string; effectiveOn: BusinessDate }>
>;

export type RenameDivision = Command<
  'RenameDivision',
  Readonly<{ actor: Actor; divisionId: string; name: string; effectiveOn: BusinessDate }>
>;

export type HirePerson = Command<
  'HirePerson',
  Readonly<{
    actor: Actor;
    personId: string;
    name: string;
    role: Role;
    divisionId?: string | null;
    managerId?: string | null;
    effectiveOn: BusinessDate;
  }>
>;

export type MovePerson = Command<
  'MovePerson',
  Readonly<{
    actor: Actor;
    personId: string;
    toDivisionId: string | null;
    managerId?: string | null;
    effectiveOn: BusinessDate;
  }>
>;

export type ChangeRole = Command<
  'ChangeRole',
  Readonly<{
    actor: Actor;
    personId: string;
    role: Role;
    managerId?: string | null;
    effectiveOn: BusinessDate;
  }>
>;

export type OrgCommand = CreateDivision | RenameDivision | HirePerson | MovePerson | ChangeRole;
