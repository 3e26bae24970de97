import type { OnApplicationShutdown } from '@nestjs/common';
import {
  type ContractEvent,
  type ContractState,
  type SignedContract,
  contractDecider,
  contractStreamId,
} from '@sales/contracts/domain';
import { fold } from '@sales/shared/domain';
import type { EventEnvelope, EventStore } from '@sales/shared/event-sourcing';

const PREFIX = contractStreamId('');
const CONTRACT_EVENT_TYPES = new Set<string>([
  'ContractSigned',
  'CreditLimitOverridden',
  'ContractFiled',
  'TerminationRequested',
  'TerminationRejected',
  'ContractTerminated',
  'ContractTransferred',
]);

type Held = { version: number; state: ContractState };

export type ContractSource = Pick<EventStore, 'readAll' | 'readStream'>;

/**
 * 合同列表's read model: every contract stream folded up to a version. Idempotent by position: an
 * event is applied only as the next of its stream, a gap is filled by reading the stream. Kept
 * current by signing's own commands; another replica's contracts are found by a full pass every
 * `refreshMs` and at start, so a list may miss them for that long (a contract read by id always
 * comes from the store).
 */
export class ContractIndex implements OnApplicationShutdown {
  private readonly held = new Map<string, Held>();
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly source: ContractSource,
    private readonly refreshMs = 30_000,
  ) {}

  async rebuild(): Promise<void> {
    for await (const event of this.source.readAll()) {
      if (event.streamId.startsWith(PREFIX) && CONTRACT_EVENT_TYPES.has(event.type))
        await this.record([event]);
    }
  }

  startRefreshing(): void {
    this.timer ??= setInterval(() => void this.rebuild().catch(() => undefined), this.refreshMs);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Folds a command's events in; re-reads the stream when they do not follow what is held. */
  async record(events: readonly EventEnvelope[]): Promise<void> {
    for (const event of events) {
      const held = this.held.get(event.streamId) ?? { version: 0, state: contractDecider.initialState() };
      if (event.version <= held.version) continue;
      if (event.version !== held.version + 1) {
        await this.reload(event.streamId);
        continue;
      }
      this.held.set(event.streamId, {
        version: event.version,
        state: contractDecider.evolve(held.state, { type: event.type, data: event.data } as ContractEvent),
      });
    }
  }

  /** The stored stream, folded (and held). */
  async reload(streamId: string): Promise<{ version: number; state: ContractState }> {
    const { version, events } = await this.source.readStream(streamId);
    const state = fold(
      contractDecider,
      events.map(({ type, data }) => ({ type, data }) as ContractEvent),
    );
    if (version > 0) this.held.set(streamId, { version, state });
    return { version, state };
  }

  /** Every signed contract held, oldest signing first. */
  signed(): SignedContract[] {
    return [...this.held.values()]
      .map((held) => held.state)
      .filter((state): state is SignedContract => state.status !== 'unsigned')
      .sort(
        (a, b) =>
          a.terms.signedOn.localeCompare(b.terms.signedOn) ||
          a.terms.contractId.localeCompare(b.terms.contractId),
      );
  }
}
