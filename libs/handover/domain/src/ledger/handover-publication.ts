import type { PublishedEvent } from '@sales/shared/domain';
import { handoverPublishedEvent } from '@sales/handover/events';
import { openItemRefs } from './checklist';
import type { HandoverLedgerEvent } from './handover-ledger-events';
import type { HandoverLedger } from './handover-ledger-state';

/**
 * What other contexts see of a person's handover stream: the case's steps, with ids and counts.
 * The holdings are handover's own copy of what customers and contracts published already, and
 * stay internal; a holding that left an open case shows as HandoverItemCleared.
 */
export function publishHandoverEvent(
  event: HandoverLedgerEvent,
  after: HandoverLedger,
): readonly PublishedEvent[] {
  const caseOf = (caseId: string) => after.cases.find((c) => c.caseId === caseId);
  switch (event.type) {
    case 'ResignationNoticed': {
      const { caseId, personId, lastDay, noticedOn, noticedBy, supervisorId } = event.data;
      return [
        handoverPublishedEvent('ResignationNoticed', {
          caseId,
          personId,
          lastDay,
          noticedOn,
          noticedBy,
          supervisorId,
          openItems: openItemRefs(after).length,
        }),
      ];
    }
    case 'HandoverItemCleared': {
      const { caseId, kind, id, how, toPersonId, on } = event.data;
      const personId = caseOf(caseId)?.personId ?? after.personId ?? '';
      return [
        handoverPublishedEvent('HandoverItemCleared', {
          caseId,
          personId,
          item: { kind, id },
          how,
          toPersonId,
          clearedOn: on,
          remaining: openItemRefs(after).length,
        }),
      ];
    }
    case 'HandoverCompleted': {
      const { caseId, by, on } = event.data;
      const found = caseOf(caseId);
      return [
        handoverPublishedEvent('HandoverCompleted', {
          caseId,
          personId: found?.personId ?? '',
          lastDay: found?.lastDay ?? on,
          completedOn: on,
          completedBy: by,
        }),
      ];
    }
    case 'LeftWithoutHandover': {
      const { caseId, by, on, reason, openItems } = event.data;
      const found = caseOf(caseId);
      return [
        handoverPublishedEvent('LeftWithoutHandover', {
          caseId,
          personId: found?.personId ?? '',
          lastDay: found?.lastDay ?? on,
          recordedOn: on,
          recordedBy: by,
          reason,
          openItems,
        }),
      ];
    }
    default:
      return [];
  }
}
