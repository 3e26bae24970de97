import { type ContractView, contractStreamId, contractView } from '@sales/contracts/domain';
import type { EventEnvelope } from '@sales/shared/event-sourcing';
import { type FoldSource, StreamFold } from './stream-fold';

const CONTRACT_STREAM_PREFIX = contractStreamId('');
const SEAM_EVENTS = new Set(['ContractSigned', 'ContractTransferred', 'ContractTerminated']);
type SeamEvents = readonly Readonly<{ type: string; data: unknown }>[];

/**
 * Every signed contract as the slices other than signing see it: the seam's events of each
 * `contract-<id>` stream folded with `contractView` (never signing's internals), found by a pass
 * over the store at most every `staleMs`, one contract caught up at once when asked by id.
 */
export class SeamContracts {
  private readonly fold: StreamFold<SeamEvents>;

  constructor(source: FoldSource, staleMs = 2_000) {
    this.fold = new StreamFold<SeamEvents>(
      source,
      CONTRACT_STREAM_PREFIX,
      () => [],
      (events, event: EventEnvelope) =>
        SEAM_EVENTS.has(event.type) ? [...events, { type: event.type, data: event.data }] : events,
      staleMs,
    );
  }

  refresh(): Promise<void> {
    return this.fold.refresh();
  }

  /** The contract as it stands now (its stream read); undefined when never signed. */
  async view(contractId: string): Promise<ContractView | undefined> {
    return contractView(await this.fold.catchUp(contractStreamId(contractId)));
  }

  /** Every signed contract as of the last pass (at most `staleMs` old). */
  async all(): Promise<ContractView[]> {
    await this.fold.fresh();
    return this.fold.entries().flatMap(([, events]) => {
      const view = contractView(events);
      return view ? [view] : [];
    });
  }
}
