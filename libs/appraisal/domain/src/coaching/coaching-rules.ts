import {
  type Actor,
  type BusinessDate,
  DomainError,
  ForbiddenError,
  NotFoundError,
} from '@sales/shared/domain';
import { type TeamView, manages, teamMember } from '../meetings/team-scope';

/** 销售经理: the person's manager (their division's, the one the tree names) or the VP; never oneself. */
export function authorizeCoach(actor: Actor, team: TeamView, personId: string): void {
  if (!teamMember(team, personId)) throw new NotFoundError('coaching-person-unknown', { personId });
  if (actor.userId === personId) throw new ForbiddenError('coaching-self', { personId });
  if (!manages(team, actor.userId, personId))
    throw new ForbiddenError('coaching-not-your-person', { personId, role: actor.role });
}

export function notAfterToday(field: string, date: BusinessDate, today: BusinessDate): void {
  if (date > today) throw new DomainError('coaching-date-in-future', { field, date, today });
}
