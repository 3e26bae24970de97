import { customersPublishedEvent } from '@sales/customers/events';
import { type Aggregate, ForbiddenError, type PublishedEvent } from '@sales/shared/domain';
import { DEFAULT_GRADING_POLICY, type GradingPolicy, THRESHOLD_GRADES } from './grading-policy';
import type { GradingPolicyCommand } from './grading-policy-commands';
import type { GradingPolicyEvent } from './grading-policy-events';
import { assertValidGradingPolicy } from './grading-policy-validation';

/** A version the VP set, with who set it. */
export type GradingPolicyVersion = GradingPolicy & Readonly<{ setBy: string }>;

/** Every version set so far, oldest first; none means the built-in default is in force. */
export type GradingPolicyHistory = Readonly<{ versions: readonly GradingPolicyVersion[] }>;

export function currentGradingPolicy(history: GradingPolicyHistory): GradingPolicy {
  const latest = history.versions.at(-1);
  if (!latest) return DEFAULT_GRADING_POLICY;
  const { setBy: _setBy, ...policy } = latest;
  return policy;
}

/** 评级政策 (C2): versioned, set by the VP only (the role the org tree gives the actor today). */
export const gradingPolicyDecider: Aggregate<GradingPolicyHistory, GradingPolicyCommand, GradingPolicyEvent> =
  {
    initialState: () => ({ versions: [] }),
    evolve: (history, event) => ({ versions: [...history.versions, event.data] }),
    decide,
    publish,
  };

function decide(command: GradingPolicyCommand, history: GradingPolicyHistory): GradingPolicyEvent[] {
  const { actor, today, windowMonths, thresholds, currency } = command.data;
  if (actor.role !== 'vp') throw new ForbiddenError('grading-policy-vp-only', { role: actor.role });
  assertValidGradingPolicy({ windowMonths, thresholds, currency });
  const current = currentGradingPolicy(history);
  // The same terms again (a retried request) change nothing: no new version, no re-grading.
  if (current.version > 0 && sameTerms(current, command.data)) return [];
  const { A, B, C } = thresholds;
  return [
    {
      type: 'GradingPolicySet',
      data: {
        version: current.version + 1,
        windowMonths,
        thresholds: { A, B, C },
        currency,
        effectiveOn: today,
        setBy: actor.userId,
      },
    },
  ];
}

function sameTerms(policy: GradingPolicy, terms: Omit<GradingPolicy, 'version' | 'effectiveOn'>): boolean {
  return (
    policy.windowMonths === terms.windowMonths &&
    policy.currency === terms.currency &&
    THRESHOLD_GRADES.every((grade) => policy.thresholds[grade] === terms.thresholds[grade])
  );
}

/** Subscribers learn every version's terms; who set it stays in the envelope's actor. */
function publish(event: GradingPolicyEvent): readonly PublishedEvent[] {
  const { version, windowMonths, thresholds, currency, effectiveOn } = event.data;
  return [
    customersPublishedEvent('GradingPolicySet', { version, windowMonths, thresholds, currency, effectiveOn }),
  ];
}
