import type { BusinessDate, DomainEvent } from '@sales/shared/domain';

/*
 * The seam between contracts' slices. Signing (K3) owns the contract stream `contract-<id>`;
 * installation (K4), receivables (K5) and directives (K6) keep their own streams per contract and
 * read the contract only through `contractView(events)` below — so the three events here are the
 * contract's shape every slice relies on. Signing may add internal events of its own (filing,
 * termination requests, …); `contractView` ignores what it does not know.
 */

export const contractStreamId = (contractId: string) => `contract-${contractId}`;

/** One product line of a contract: its tax-inclusive (含税) amount and the VAT rate applied to it. */
export type ContractLine = Readonly<{
  productLineId: string;
  /** 含税金额, integer fen of the contract's currency. */
  amountMinor: number;
  /** VAT rate in basis points (1300 = 13% goods, 900 = 9% installation). */
  vatBasisPoints: number;
}>;

/** 付款计划 one instalment: what the customer owes by when (amounts sum to the contract amount). */
export type PlanInstalment = Readonly<{
  /** Stable within the contract, e.g. `i1`, `i2`. */
  instalmentId: string;
  /** 预付款, 到货款, 验收款, 质保金 … */
  name: string;
  dueOn: BusinessDate;
  amountMinor: number;
}>;

/** What was agreed when the contract was signed. */
export type ContractTerms = Readonly<{
  contractId: string;
  /** The form it was signed on (K1), e.g. HT-2027-0001. */
  formNumber: string;
  customerId: string;
  /** 签约人 = the owner at signing. */
  signerId: string;
  /** The signer's division on the signing date. */
  divisionId: string | null;
  signedOn: BusinessDate;
  currency: string;
  /** 合同金额 (含税), integer fen; equals the sum of `lines` and of `paymentPlan`. */
  amountMinor: number;
  /** 成本预估, tax-exclusive (不含税), integer fen. */
  costEstimateMinor: number;
  lines: readonly ContractLine[];
  paymentPlan: readonly PlanInstalment[];
  /** The approved pre-signing report it rests on (K2), or null with a VP override. */
  reportId: string | null;
  override: Readonly<{ by: string; reason: string }> | null;
}>;

export type ContractSigned = DomainEvent<
  'ContractSigned',
  Readonly<{ terms: ContractTerms; signedBy: string }>
>;

/** 合同移交: an open contract handed to a named colleague (e.g. a resignation handover). */
export type ContractTransferred = DomainEvent<
  'ContractTransferred',
  Readonly<{
    fromOwnerId: string;
    toOwnerId: string;
    toDivisionId: string | null;
    reason: string;
    by: string;
    transferredOn: BusinessDate;
  }>
>;

/** 合同终止, as approved by the VP (the request and its approval are signing's own events). */
export type ContractTerminated = DomainEvent<
  'ContractTerminated',
  Readonly<{ terminatedOn: BusinessDate; reason: string; requestedBy: string; approvedBy: string }>
>;

export type ContractStatus = 'open' | 'terminated';

/** A contract as the other slices see it. */
export type ContractView = Readonly<{
  terms: ContractTerms;
  ownerId: string;
  divisionId: string | null;
  status: ContractStatus;
  terminatedOn: BusinessDate | null;
}>;

type SeamEvent = ContractSigned | ContractTransferred | ContractTerminated;

/** Folds a contract stream to its view; undefined when the stream holds no signing. */
export function contractView(events: readonly { type: string; data: unknown }[]): ContractView | undefined {
  let view: ContractView | undefined;
  for (const raw of events) {
    const event = raw as SeamEvent;
    switch (event.type) {
      case 'ContractSigned':
        view = {
          terms: event.data.terms,
          ownerId: event.data.terms.signerId,
          divisionId: event.data.terms.divisionId,
          status: 'open',
          terminatedOn: null,
        };
        break;
      case 'ContractTransferred':
        if (view) view = { ...view, ownerId: event.data.toOwnerId, divisionId: event.data.toDivisionId };
        break;
      case 'ContractTerminated':
        if (view) view = { ...view, status: 'terminated', terminatedOn: event.data.terminatedOn };
        break;
      default:
        break;
    }
  }
  return view;
}
