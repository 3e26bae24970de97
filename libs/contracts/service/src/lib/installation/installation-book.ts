import {
  type ContractView,
  INSTALLATION_STREAM_PREFIX,
  type InstallationEvent,
  type InstallationState,
  contractStreamId,
  contractView,
  installationDecider,
  installationStreamId,
} from '@sales/contracts/domain';
import { NotFoundError } from '@sales/shared/domain';
import type { EventEnvelope } from '@sales/shared/event-sourcing';
import { type FoldSource, StreamFold } from '../receivables/stream-fold';

const CONTRACT_STREAM_PREFIX = contractStreamId('');
const SEAM_EVENTS = new Set(['ContractSigned', 'ContractTransferred', 'ContractTerminated']);
type SeamEvents = readonly Readonly<{ type: string; data: unknown }>[];

export type InstallationEntry = Readonly<{ contract: ContractView; installation: InstallationState }>;

/**
 * What installation reads: every signed contract (folded with signing's `contractView`, never
 * signing's internals) and every contract's installation — the small, idempotent read model the
 * lists (by installer, division, all) and the overdue milestones are answered from.
 */
export class InstallationBook {
  private readonly contracts: StreamFold<SeamEvents>;
  private readonly installations: StreamFold<InstallationState>;

  constructor(source: FoldSource, staleMs = 2_000) {
    this.contracts = new StreamFold<SeamEvents>(
      source,
      CONTRACT_STREAM_PREFIX,
      () => [],
      (events, event: EventEnvelope) =>
        SEAM_EVENTS.has(event.type) ? [...events, { type: event.type, data: event.data }] : events,
      staleMs,
    );
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
    const view = contractView(await this.contracts.catchUp(contractStreamId(contractId)));
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
    await Promise.all([this.contracts.fresh(), this.installations.fresh()]);
    return this.contracts.entries().flatMap(([, events]) => {
      const contract = contractView(events);
      if (!contract) return [];
      return [
        { contract, installation: this.installations.get(installationStreamId(contract.terms.contractId)) },
      ];
    });
  }
}
