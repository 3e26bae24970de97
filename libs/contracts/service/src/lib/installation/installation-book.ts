import {
  type ContractView,
  INSTALLATION_STREAM_PREFIX,
  type InstallationEvent,
  type InstallationState,
  installationDecider,
  installationStreamId,
} from '@sales/contracts/domain';
import { NotFoundError } from '@sales/shared/domain';
import type { EventEnvelope } from '@sales/shared/event-sourcing';
import { SeamContracts } from '../seam/seam-contracts';
import { type FoldSource, StreamFold } from '../seam/stream-fold';

export type InstallationEntry = Readonly<{ contract: ContractView; installation: InstallationState }>;

/**
 * What installation reads: every signed contract (folded with signing's `contractView`, never
 * signing's internals) and every contract's installation — the small, idempotent read model the
 * lists (by installer, division, all) and the overdue milestones are answered from.
 */
export class InstallationBook {
  private readonly contracts: SeamContracts;
  private readonly installations: StreamFold<InstallationState>;

  constructor(source: FoldSource, staleMs = 2_000) {
    this.contracts = new SeamContracts(source, staleMs);
    this.installations = new StreamFold<InstallationState>(
      source,
      INSTALLATION_STREAM_PREFIX,
      installationDecider.initialState,
      (state, event) =>
        installationDecider.evolve(state, { type: event.type, data: event.data } as InstallationEvent),
      staleMs,
    );
  }

  async refresh(): Promise<void> {
    await Promise.all([this.contracts.refresh(), this.installations.refresh()]);
  }

  /** The contract as it stands now (its stream read), or 404. */
  async contract(contractId: string): Promise<ContractView> {
    const view = await this.contracts.view(contractId);
    if (!view) throw new NotFoundError('installation-contract-unknown', { contractId });
    return view;
  }

  installation(contractId: string): Promise<InstallationState> {
    return this.installations.catchUp(installationStreamId(contractId));
  }

  /** An installation command's events, folded at once. */
  async record(contractId: string, events: readonly EventEnvelope[]): Promise<void> {
    if (!this.installations.apply(events)) await this.installations.catchUp(installationStreamId(contractId));
  }

  /** Every signed contract with its installation, as of the last pass (at most `staleMs` old). */
  async all(): Promise<InstallationEntry[]> {
    const [contracts] = await Promise.all([this.contracts.all(), this.installations.fresh()]);
    return contracts.flatMap((contract) => {
      return [
        { contract, installation: this.installations.get(installationStreamId(contract.terms.contractId)) },
      ];
    });
  }
}
