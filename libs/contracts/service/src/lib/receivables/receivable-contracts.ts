import {
  type ContractView,
  type ReceivableEvent,
  type ReceivableState,
  RECEIVABLE_STREAM_PREFIX,
  receivableDecider,
  receivableStreamId,
} from '@sales/contracts/domain';
import { NotFoundError } from '@sales/shared/domain';
import type { EventEnvelope } from '@sales/shared/event-sourcing';
import { SeamContracts } from '../seam/seam-contracts';
import { type FoldSource, StreamFold } from '../seam/stream-fold';

/**
 * What receivables reads of contracts: every signed contract (folded with signing's
 * `contractView`, never signing's internals) and every contract's receivable, by contract id —
 * the index of contracts by customer that credit exposure (CUSTOMER_CREDIT), the ageing report
 * and the overdue round go through.
 */
export class ReceivableContracts {
  private readonly contracts: SeamContracts;
  private readonly receivables: StreamFold<ReceivableState>;

  constructor(source: FoldSource, staleMs = 2_000) {
    this.contracts = new SeamContracts(source, staleMs);
    this.receivables = new StreamFold<ReceivableState>(
      source,
      RECEIVABLE_STREAM_PREFIX,
      receivableDecider.initialState,
      (state, event) =>
        receivableDecider.evolve(state, { type: event.type, data: event.data } as ReceivableEvent),
      staleMs,
    );
  }

  /** Both folds, one store pass each (at start, and when a read finds them stale). */
  async refresh(): Promise<void> {
    await Promise.all([this.contracts.refresh(), this.receivables.refresh()]);
  }

  /** The contract as it stands now (its stream read), or 404. */
  async contract(contractId: string): Promise<ContractView> {
    const view = await this.contracts.view(contractId);
    if (!view) throw new NotFoundError('receivable-contract-unknown', { contractId });
    return view;
  }

  async receivable(contractId: string): Promise<ReceivableState> {
    return this.receivables.catchUp(receivableStreamId(contractId));
  }

  /** A receivable command's events, folded at once. */
  record(contractId: string, events: readonly EventEnvelope[]): Promise<unknown> {
    const streamId = receivableStreamId(contractId);
    return this.receivables.apply(events) ? Promise.resolve() : this.receivables.catchUp(streamId);
  }

  /** Every signed contract with its receivable, as of the last pass (at most `staleMs` old). */
  async all(): Promise<Readonly<{ contract: ContractView; receivable: ReceivableState }>[]> {
    const [contracts] = await Promise.all([this.contracts.all(), this.receivables.fresh()]);
    return contracts.flatMap((contract) => {
      const receivable = this.receivables.get(receivableStreamId(contract.terms.contractId));
      return [{ contract, receivable }];
    });
  }

  /** A customer's contracts, each read afresh (credit exposure decides a signing). */
  async ofCustomer(customerId: string) {
    const ids = (await this.contracts.all())
      .filter((view) => view.terms.customerId === customerId)
      .map((view) => view.terms.contractId);
    return Promise.all(
      ids.map(async (contractId) => ({
        contract: await this.contract(contractId),
        receivable: await this.receivable(contractId),
      })),
    );
  }
}
