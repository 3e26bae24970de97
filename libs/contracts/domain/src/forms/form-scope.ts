import { ForbiddenError, type Role } from '@sales/shared/domain';
import type { Form, FormPerson } from './form-book';

/**
 * Whose forms a reader sees (K1, scope as in customers): a salesperson their own, a division
 * manager their own and their divisions', the VP, the general manager, the sales-admin supervisor,
 * IT admin and finance everyone's. Other roles (技术, 安装, 安全) hold no forms and read none.
 */
export type FormScope =
  | Readonly<{ kind: 'all' }>
  | Readonly<{ kind: 'own'; personId: string; divisionIds: readonly string[] }>;

export const FORM_READ_ALL: readonly Role[] = ['admin', 'general_manager', 'vp', 'sales_admin', 'finance'];

/** The part of the org tree (as of today) scope needs: who is where, and who manages what. */
export type FormScopeTree = Readonly<{
  people: readonly Readonly<{ id: string; divisionId: string | null }>[];
  divisions: readonly Readonly<{ id: string; managerId: string | null }>[];
}>;

/** Where a form is filed for scope: its holder and the holder's division today (else as recorded at issue). */
export type FormPlace = Readonly<{ holderId: string; divisionId: string | null }>;

export function formScopeOf(reader: FormPerson, tree: FormScopeTree): FormScope {
  if (reader.role && FORM_READ_ALL.includes(reader.role)) return { kind: 'all' };
  if (reader.role === 'division_manager') {
    const divisionIds = tree.divisions.filter((d) => d.managerId === reader.personId).map((d) => d.id);
    return { kind: 'own', personId: reader.personId, divisionIds };
  }
  if (reader.role === 'salesperson') return { kind: 'own', personId: reader.personId, divisionIds: [] };
  throw new ForbiddenError('form-list-not-allowed', { role: reader.role });
}

/** The holder's division today, else the one recorded when the form was issued (someone who left). */
export function placeOfForm(form: Pick<Form, 'holderId' | 'divisionId'>, tree: FormScopeTree): FormPlace {
  const holder = tree.people.find((p) => p.id === form.holderId);
  return { holderId: form.holderId, divisionId: holder ? holder.divisionId : form.divisionId };
}

export function inFormScope(scope: FormScope, place: FormPlace): boolean {
  if (scope.kind === 'all') return true;
  if (place.holderId === scope.personId) return true;
  return place.divisionId !== null && scope.divisionIds.includes(place.divisionId);
}

/**
 * A filter asked for lies within the scope: a salesperson may ask for themself, a manager for
 * their divisions and the people in them today. Anything else is a 403 rather than an empty list,
 * so nobody mistakes "not yours" for "nothing out".
 */
export function assertFormFilterInScope(
  scope: FormScope,
  tree: FormScopeTree,
  filter: Readonly<{ personId?: string; divisionId?: string }>,
): void {
  if (scope.kind === 'all') return;
  const { personId, divisionId } = filter;
  if (divisionId !== undefined && !scope.divisionIds.includes(divisionId))
    throw new ForbiddenError('form-division-outside-scope', { divisionId });
  if (personId === undefined || personId === scope.personId) return;
  const theirDivision = tree.people.find((p) => p.id === personId)?.divisionId ?? null;
  if (theirDivision === null || !scope.divisionIds.includes(theirDivision))
    throw new ForbiddenError('form-person-outside-scope', { personId });
}
