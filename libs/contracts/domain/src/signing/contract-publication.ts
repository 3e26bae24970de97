import { type ContractFactsV1, contractsPublishedEvent } from '@sales/contracts/events';
import type { PublishedEvent } from '@sales/shared/domain';
import type { ContractEvent } from './contract-events';
import type { ContractState, SignedContract } from './contract-state';
import { marginOf } from './gross-margin';

/** The contract's facts as every published signing event carries them, owner and division as of now. */
export function contractFacts(contract: SignedContract): ContractFactsV1 {
  const { terms } = contract;
  const margin = marginOf(terms.lines, terms.costEstimateMinor);
  return {
    contractId: terms.contractId,
    formNumber: terms.formNumber,
    customerId: terms.customerId,
    ownerId: contract.ownerId,
    division: contract.divisionId,
    signedOn: terms.signedOn,
    currency: terms.currency,
    amountMinor: terms.amountMinor,
    amountExclusiveMinor: margin.amountExclusiveMinor,
    costEstimateMinor: terms.costEstimateMinor,
    grossMarginMinor: margin.grossMarginMinor,
    lines: margin.lines.map(({ productLineId, amountMinor, vatBasisPoints, amountExclusiveMinor }) => ({
      productLineId,
      amountMinor,
      vatBasisPoints,
      amountExclusiveMinor,
    })),
  };
}

/**
 * What the world sees of a contract stream (v1, signing-events.ts). Internal only: the credit
 * override (published inside ContractSigned, whose commit it precedes), termination requests and
 * rejections.
 */
export function publishContract(event: ContractEvent, state: ContractState): readonly PublishedEvent[] {
  if (state.status === 'unsigned') return [];
  const facts = contractFacts(state);
  const publish = (published: PublishedEvent) => [published];
  switch (event.type) {
    case 'ContractSigned': {
      const { terms, signedBy } = event.data;
      const credit = state.creditOverride;
      return publish(
        contractsPublishedEvent('ContractSigned', {
          ...facts,
          paymentPlan: terms.paymentPlan,
          reportId: terms.reportId,
          reportOverride: terms.override,
          creditOverride: credit && { by: credit.by, reason: credit.reason },
          signedBy,
        }),
      );
    }
    case 'ContractFiled':
      return publish(contractsPublishedEvent('ContractFiled', { ...facts, ...event.data }));
    case 'ContractTerminated':
      return publish(contractsPublishedEvent('ContractTerminated', { ...facts, ...event.data }));
    case 'ContractTransferred': {
      const { fromOwnerId, reason, by, transferredOn } = event.data;
      return publish(
        contractsPublishedEvent('ContractTransferred', {
          ...facts,
          fromOwnerId,
          fromDivision: state.previousDivisionId,
          transferredOn,
          reason,
          by,
        }),
      );
    }
    case 'CreditLimitOverridden':
    case 'TerminationRequested':
    case 'TerminationRejected':
      return [];
  }
}
