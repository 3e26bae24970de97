import { customersPublishedEvent } from '@sales/customers/events';
import { type Aggregate, ForbiddenError, type PublishedEvent } from '@sales/shared/domain';
import {
  type FieldWorkPolicy,
  type FieldWorkPolicyHistory,
  latestFieldWorkPolicy,
} from './field-work-policy';
import type {
  FieldWorkPolicyCommand,
  FieldWorkPolicyEvent,
  FieldWorkPolicyTerms,
} from './field-work-policy-commands';
import { assertValidFieldWorkPolicy } from './field-work-policy-validation';

/** 外勤规则 (C3, C4): versioned, set by the VP only (the role the org tree gives the actor today). */
export const fieldWorkPolicyDecider: Aggregate<
  FieldWorkPolicyHistory,
  FieldWorkPolicyCommand,
  FieldWorkPolicyEvent
> = {
  initialState: () => ({ versions: [] }),
  evolve: (history, event) => ({ versions: [...history.versions, event.data] }),
  decide,
  publish,
};

function decide(command: FieldWorkPolicyCommand, history: FieldWorkPolicyHistory): FieldWorkPolicyEvent[] {
  const { actor, today, revisitCadenceDays, minimumCheckInsPerDayOut } = command.data;
  if (actor.role !== 'vp') throw new ForbiddenError('field-work-policy-vp-only', { role: actor.role });
  assertValidFieldWorkPolicy({ revisitCadenceDays, minimumCheckInsPerDayOut });
  const latest = latestFieldWorkPolicy(history);
  // The same terms again (a retried request) make no new version.
  if (latest.version > 0 && sameTerms(latest, command.data)) return [];
  const { A, B, C, D, ungraded } = revisitCadenceDays;
  return [
    {
      type: 'FieldWorkPolicySet',
      data: {
        version: latest.version + 1,
        revisitCadenceDays: { A, B, C, D, ungraded },
        minimumCheckInsPerDayOut,
        effectiveOn: today,
        setBy: actor.userId,
      },
    },
  ];
}

function sameTerms(policy: FieldWorkPolicy, terms: FieldWorkPolicyTerms): boolean {
  const keys = ['A', 'B', 'C', 'D', 'ungraded'] as const;
  return (
    policy.minimumCheckInsPerDayOut === terms.minimumCheckInsPerDayOut &&
    keys.every((key) => policy.revisitCadenceDays[key] === terms.revisitCadenceDays[key])
  );
}

/** Subscribers learn every version's terms; who set it stays in the envelope's actor. */
function publish(event: FieldWorkPolicyEvent): readonly PublishedEvent[] {
  const { version, revisitCadenceDays, minimumCheckInsPerDayOut, effectiveOn } = event.data;
  return [
    customersPublishedEvent('FieldWorkPolicySet', {
      version,
      revisitCadenceDays,
      minimumCheckInsPerDayOut,
      effectiveOn,
    }),
  ];
}
