import { type SignedContract, marginOf } from '@sales/contracts/domain';
import type { OrgTree } from '@sales/org/events';

function nameIn(tree: OrgTree, id: string | null): string | null {
  if (id === null) return null;
  return tree.people.find((p) => p.id === id)?.name ?? tree.divisions.find((d) => d.id === id)?.name ?? null;
}

/** One contract as the API shows it: terms, margin figures (gross-margin.ts), status, filing. */
export function contractDetails(contract: SignedContract, tree: OrgTree) {
  const { terms } = contract;
  const margin = marginOf(terms.lines, terms.costEstimateMinor);
  return {
    contractId: terms.contractId,
    formNumber: terms.formNumber,
    customerId: terms.customerId,
    ownerId: contract.ownerId,
    ownerName: nameIn(tree, contract.ownerId),
    divisionId: contract.divisionId,
    divisionName: nameIn(tree, contract.divisionId),
    signerId: terms.signerId,
    signedBy: contract.signedBy,
    signedOn: terms.signedOn,
    currency: terms.currency,
    amountMinor: terms.amountMinor,
    amountExclusiveMinor: margin.amountExclusiveMinor,
    vatMinor: terms.amountMinor - margin.amountExclusiveMinor,
    costEstimateMinor: terms.costEstimateMinor,
    grossMarginMinor: margin.grossMarginMinor,
    marginRateBasisPoints: margin.marginRateBasisPoints,
    lines: margin.lines,
    paymentPlan: terms.paymentPlan,
    reportId: terms.reportId,
    reportOverride: terms.override,
    creditOverride: contract.creditOverride,
    status: contract.status,
    terminatedOn: contract.terminatedOn,
    pendingTermination: contract.pendingTermination,
    filing: contract.filing,
  };
}

/** A contract in a list. */
export function contractSummary(contract: SignedContract, tree: OrgTree) {
  const { terms } = contract;
  const margin = marginOf(terms.lines, terms.costEstimateMinor);
  return {
    contractId: terms.contractId,
    formNumber: terms.formNumber,
    customerId: terms.customerId,
    ownerId: contract.ownerId,
    ownerName: nameIn(tree, contract.ownerId),
    divisionId: contract.divisionId,
    signedOn: terms.signedOn,
    currency: terms.currency,
    amountMinor: terms.amountMinor,
    grossMarginMinor: margin.grossMarginMinor,
    status: contract.status,
    terminationPending: contract.pendingTermination !== null,
    filedOn: contract.filing?.filedOn ?? null,
  };
}
