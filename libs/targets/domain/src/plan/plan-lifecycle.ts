/* Opening a plan, and correcting or abandoning one still in draft (T1, issue 8 item 7). */
import { DomainError, isCurrencyCode } from '@sales/shared/domain';
import { authorize } from './plan-authorization';
import type { AbandonPlan, CorrectPlan, OpenPlan } from './plan-commands';
import type { PlanEvent } from './plan-events';
import { requireReason } from './plan-guards';
import { type OpenPlanState, type PlanState } from './plan-state';
export function openPlan(data: OpenPlan['data'], state: PlanState): PlanEvent[] {
  authorize(data.actor, 'company', { divisions: [], people: [] });
  if (state.status === 'open') throw new DomainError('plan-already-opened', { fiscalYear: state.fiscalYear });
  if (!Number.isInteger(data.fiscalYear) || data.fiscalYear < 2000 || data.fiscalYear > 2100) {
    throw new DomainError('invalid-fiscal-year', { fiscalYear: data.fiscalYear });
  }
  // An ISO 4217 code, not just three capitals: RMB and XYZ are no currencies (CNY is the yuan).
  if (!isCurrencyCode(data.currency)) throw new DomainError('invalid-currency', { currency: data.currency });
  return [{ type: 'PlanOpened', data: { fiscalYear: data.fiscalYear, currency: data.currency } }];
}

/** A plan is still in draft while nothing of it was ever submitted or approved. */
function assertPlanInDraft(state: OpenPlanState): void {
  const engaged = Object.values(state.units).filter(
    (u) => u.status !== 'draft' || u.approvedVersion !== null,
  );
  if (engaged.length > 0) {
    throw new DomainError('plan-not-draft', {
      fiscalYear: state.fiscalYear,
      units: engaged.map((u) => u.unit),
    });
  }
}

export function correctPlan(data: CorrectPlan['data'], state: OpenPlanState): PlanEvent[] {
  authorize(data.actor, 'company', { divisions: [], people: [] });
  assertPlanInDraft(state);
  if (!isCurrencyCode(data.currency)) throw new DomainError('invalid-currency', { currency: data.currency });
  if (data.currency === state.currency) return [];
  return [
    {
      type: 'PlanCorrected',
      data: {
        fiscalYear: state.fiscalYear,
        currency: data.currency,
        previousCurrency: state.currency,
        correctedBy: data.actor.userId,
      },
    },
  ];
}

export function abandonPlan(data: AbandonPlan['data'], state: OpenPlanState): PlanEvent[] {
  authorize(data.actor, 'company', { divisions: [], people: [] });
  assertPlanInDraft(state);
  const reason = requireReason(data.reason);
  return [
    { type: 'PlanAbandoned', data: { fiscalYear: state.fiscalYear, reason, abandonedBy: data.actor.userId } },
  ];
}
