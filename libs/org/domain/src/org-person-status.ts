import { NotFoundError } from '@sales/shared/domain';
import type { PersonStatus } from '@sales/org/events';
import type { RecordPersonStatus } from './org-commands';
import { type OrgDirectory, personKey } from './org-directory';
import type { OrgEvent } from './org-events';

/** The order a resignation goes in (O2): a standing never goes back. */
const RANK: Readonly<Record<PersonStatus, number>> = { active: 0, resigning: 1, left: 2 };

/**
 * A step of a resignation (O2) as handover reported it. Handover's feed delivers at least once
 * and may deliver a step late (a notice after the exit it led to), so a step that would not move
 * the person forward records nothing — redelivery changes nothing, and nobody comes back from
 * `left`. The date is handover's, except that it cannot go before the person's last recorded
 * change (their history reads in order): a handover event must never be refused here, or org's
 * feed would stall on it.
 */
export function recordPersonStatus(data: RecordPersonStatus['data'], state: OrgDirectory): OrgEvent[] {
  const person = state.people[data.personId];
  if (!person) throw new NotFoundError('unknown-person', { personId: data.personId });
  if (RANK[data.toStatus] <= RANK[person.status]) return [];
  const lastChangeOn = state.lastChangeOn[personKey(person.id)];
  const effectiveOn =
    lastChangeOn !== undefined && lastChangeOn > data.effectiveOn ? lastChangeOn : data.effectiveOn;
  return [
    {
      type: 'PersonStatusChanged',
      data: {
        personId: person.id,
        fromStatus: person.status,
        toStatus: data.toStatus,
        reason: data.reason,
        caseId: data.caseId,
        sourceEventId: data.sourceEventId,
        effectiveOn,
      },
    },
  ];
}
