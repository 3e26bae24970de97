import { type OrgPublishedEvent, orgPublishedEvent } from '@sales/org/events';
import type { PublishedEvent } from '@sales/shared/domain';
import type { OrgEvent } from './org-events';

/**
 * What other contexts see of each internal org event: every change of the tree is published as
 * one event at the version org publishes now (see `@sales/org/events` for why all of them; hires
 * and role changes are v2, with the roles of `ORG_ROLES_V2` and a hire's login subject). The
 * internal role is typed onto the published enum, so a role added to the platform without a new
 * published version does not compile. The fields are copied one by one,
 * so a field added to an internal event stays internal until it is published on purpose — as
 * the reason given for back-dating (倒签) is: subscribers see the change at its effective date.
 */
export function publishOrgEvent(event: OrgEvent): readonly PublishedEvent[] {
  return [toPublished(event)];
}

function toPublished(event: OrgEvent): OrgPublishedEvent {
  switch (event.type) {
    case 'DivisionCreated': {
      const { divisionId, code, name, effectiveOn } = event.data;
      return orgPublishedEvent('DivisionCreated', { divisionId, code, name, effectiveOn });
    }
    case 'DivisionRenamed': {
      const { divisionId, name, previousName, effectiveOn } = event.data;
      return orgPublishedEvent('DivisionRenamed', { divisionId, name, previousName, effectiveOn });
    }
    case 'PersonHired': {
      const { personId, name, role, divisionId, managerId, loginSubject, effectiveOn } = event.data;
      return orgPublishedEvent('PersonHired', {
        personId,
        name,
        role,
        divisionId,
        managerId,
        loginSubject,
        effectiveOn,
      });
    }
    case 'PersonMoved': {
      const { personId, fromDivisionId, toDivisionId, fromManagerId, toManagerId, effectiveOn } = event.data;
      return orgPublishedEvent('PersonMoved', {
        personId,
        fromDivisionId,
        toDivisionId,
        fromManagerId,
        toManagerId,
        effectiveOn,
      });
    }
    case 'PersonStatusChanged': {
      const { personId, fromStatus, toStatus, reason, caseId, effectiveOn } = event.data;
      return orgPublishedEvent('PersonStatusChanged', {
        personId,
        fromStatus,
        toStatus,
        reason,
        caseId,
        effectiveOn,
      });
    }
    case 'PersonRoleChanged': {
      const { personId, fromRole, toRole, fromManagerId, toManagerId, effectiveOn } = event.data;
      return orgPublishedEvent('PersonRoleChanged', {
        personId,
        fromRole,
        toRole,
        fromManagerId,
        toManagerId,
        effectiveOn,
      });
    }
  }
}
