import { ConflictError, DomainError, ForbiddenError, type Role, formatMoney } from '@sales/shared/domain';
import type { ContractPerson, SignContract } from './contract-commands';
import type { ContractEvent } from './contract-events';
import type { ContractState } from './contract-state';
import type { ContractTerms } from './contract-terms';
import { checkedTerms, textOf } from './terms-validation';

/*
 * 签约 decided: the terms checked (terms-validation.ts), then K2 — an approved report or the VP's
 * override — and K5 — within the customer's credit limit or the VP's override. Overrides are the
 * VP's alone and always carry a reason; one is recorded only where it let the signing through.
 */

export const SIGNER_ROLE: Role = 'salesperson';
/** The only one who may sign without an approved report or past a credit limit (副总特批). */
export const OVERRIDE_ROLE: Role = 'vp';

/** The override reason, when the VP gave one: anybody else asking for an override is refused. */
function overrideBy(recordedBy: ContractPerson, reason: string | null, field: string) {
  const given = textOf(reason, field);
  if (!given) return null;
  if (recordedBy.role !== OVERRIDE_ROLE)
    throw new ForbiddenError('override-not-vp', { field, role: recordedBy.role });
  return { by: recordedBy.personId, reason: given };
}

export function sign(data: SignContract['data'], state: ContractState): ContractEvent[] {
  const { contractId, formNumber, customerId, signer, recordedBy } = data;
  if (state.status !== 'unsigned') {
    // A retried signing (same form, same signer) finds its contract done and changes nothing.
    const same = state.terms.formNumber === formNumber && state.terms.signerId === signer.personId;
    if (same) return [];
    throw new ConflictError('contract-already-signed', { contractId, formNumber: state.terms.formNumber });
  }
  if (recordedBy.personId !== signer.personId && recordedBy.role !== OVERRIDE_ROLE)
    throw new ForbiddenError('signing-not-allowed', { signerId: signer.personId });
  if (signer.role !== SIGNER_ROLE)
    throw new DomainError('signer-not-salesperson', {
      field: 'signerId',
      signerId: signer.personId,
      role: signer.role,
      signedOn: data.signedOn,
    });
  const { lines, paymentPlan } = checkedTerms(data);
  const events: ContractEvent[] = [];

  const reportOverride = overrideBy(recordedBy, data.reportOverrideReason, 'reportOverrideReason');
  const reportId = data.approvedReportId;
  // K2: an approved report, or the VP's override — the only way round it.
  if (reportId === null && reportOverride === null)
    throw new ConflictError('no-approved-report', { customerId, salespersonId: signer.personId });

  // K5: open receivables plus this contract within the customer's limit, or the VP's override.
  const creditOverride = overrideBy(recordedBy, data.creditOverrideReason, 'creditOverrideReason');
  const credit = data.credit;
  if (credit && credit.limitMinor !== null) {
    if (credit.currency !== data.currency)
      throw new ConflictError('credit-currency-mismatch', {
        customerId,
        currency: data.currency,
        creditCurrency: credit.currency,
      });
    const exceeded = credit.openReceivablesMinor + data.amountMinor > credit.limitMinor;
    if (exceeded && creditOverride === null)
      throw new ConflictError('credit-limit-exceeded', {
        customerId,
        limit: formatMoney(credit.limitMinor, credit.currency),
        open: formatMoney(credit.openReceivablesMinor, credit.currency),
        amount: formatMoney(data.amountMinor, data.currency),
        limitMinor: credit.limitMinor,
        openReceivablesMinor: credit.openReceivablesMinor,
        amountMinor: data.amountMinor,
      });
    // Recorded only when it let the signing through; the override precedes the signing in the commit.
    if (exceeded && creditOverride)
      events.push({
        type: 'CreditLimitOverridden',
        data: {
          ...creditOverride,
          limitMinor: credit.limitMinor,
          openReceivablesMinor: credit.openReceivablesMinor,
          amountMinor: data.amountMinor,
          currency: data.currency,
        },
      });
  }

  const terms: ContractTerms = {
    contractId,
    formNumber,
    customerId,
    signerId: signer.personId,
    divisionId: signer.divisionId,
    signedOn: data.signedOn,
    currency: data.currency,
    amountMinor: data.amountMinor,
    costEstimateMinor: data.costEstimateMinor,
    lines,
    paymentPlan,
    reportId,
    // With an approved report the override is not needed, so none is recorded.
    override: reportId === null ? reportOverride : null,
  };
  events.push({ type: 'ContractSigned', data: { terms, signedBy: recordedBy.personId } });
  return events;
}
