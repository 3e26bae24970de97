/* Effective dates: each entity's history in order, references existing on the date, 倒签 only with a reason (O1). */
import { DomainError, ForbiddenError, isBusinessDate } from '@sales/shared/domain';
import type { BusinessDate } from '@sales/org/events';
import { ORG_ADMINS, type OrgCommandContext } from './org-commands';
import { type OrgDirectory, divisionKey, personKey } from './org-directory';

/**
 * Effective dates order each entity's own history, not the whole tree's: a change of a person or
 * a division may not take effect before that person's or division's last recorded change (so each
 * one's history reads in order), and what it refers to — the division joined, the new manager —
 * must exist on its date. A change dated next month therefore blocks nothing dated earlier for
 * anyone else. (Back-dating before today with a reason by the VP, DOMAIN O1, is not enforced yet.)
 */
export function assertEffectiveOn(
  data: OrgCommandContext & Readonly<{ effectiveOn: BusinessDate }>,
  state: OrgDirectory,
  refs: Readonly<{ changed?: string; divisionId?: string | null; managerId?: string | null }>,
): { backdatingReason?: string } {
  const { effectiveOn, today, actor } = data;
  if (!isBusinessDate(effectiveOn))
    throw new DomainError('invalid-date', { field: 'effectiveOn', value: effectiveOn });
  const lastChangeOn = refs.changed === undefined ? undefined : state.lastChangeOn[refs.changed];
  if (lastChangeOn !== undefined && effectiveOn < lastChangeOn) {
    throw new DomainError('effective-date-before-last-change', {
      effectiveOn,
      subject: refs.changed,
      lastChangeOn,
    });
  }
  const division = refs.divisionId ? state.divisions[refs.divisionId] : undefined;
  if (division && effectiveOn < division.createdOn) {
    throw new DomainError('not-yet-effective', {
      effectiveOn,
      subject: divisionKey(division.id),
      since: division.createdOn,
    });
  }
  const manager = refs.managerId ? state.people[refs.managerId] : undefined;
  if (manager && effectiveOn < manager.hiredOn) {
    throw new DomainError('not-yet-effective', {
      effectiveOn,
      subject: personKey(manager.id),
      since: manager.hiredOn,
    });
  }
  if (effectiveOn >= today) return {};
  // 倒签 (DOMAIN O1): a change dated before today only by the VP or an admin, and only with a reason.
  if (!ORG_ADMINS.includes(actor.role)) {
    throw new ForbiddenError('backdating-not-allowed', { effectiveOn, today, role: actor.role });
  }
  const backdatingReason = (data.backdatingReason ?? '').trim();
  if (!backdatingReason) throw new DomainError('backdating-needs-reason', { effectiveOn, today });
  return { backdatingReason };
}
