import { type ReportEvent, type ReportState, reportDecider, reportStreamId } from '@sales/contracts/domain';
import type { EventEnvelope, EventStore } from '@sales/shared/event-sourcing';

const PREFIX = reportStreamId('');

export type HeldReport = ReportState & { reportId: string };

/**
 * The reports' read model: every `report-<id>` stream folded, idempotent by position (an event is
 * applied only as the next of its stream). Kept current by this process's commands; another
 * replica's reports are found by a full pass, at most every `staleMs` when asked (a list, or the
 * approved report a signing looks for and does not find here).
 */
export class ReportIndex {
  private readonly held = new Map<string, { version: number; state: ReportState }>();
  private refreshedAt = 0;

  constructor(
    private readonly store: Pick<EventStore, 'readAll'>,
    private readonly staleMs = 2_000,
  ) {}

  async rebuild(): Promise<void> {
    for await (const event of this.store.readAll())
      if (event.streamId.startsWith(PREFIX)) this.record([event]);
    this.refreshedAt = Date.now();
  }

  /** A full pass unless one ran in the last `staleMs`. */
  async fresh(): Promise<void> {
    if (Date.now() - this.refreshedAt > this.staleMs) await this.rebuild();
  }

  record(events: readonly EventEnvelope[]): void {
    for (const event of events) {
      const held = this.held.get(event.streamId) ?? { version: 0, state: reportDecider.initialState() };
      if (event.version !== held.version + 1) continue; // a redelivery, or a gap the next pass fills
      this.held.set(event.streamId, {
        version: event.version,
        state: reportDecider.evolve(held.state, { type: event.type, data: event.data } as ReportEvent),
      });
    }
  }

  all(): HeldReport[] {
    return [...this.held.values()]
      .map((h) => h.state)
      .filter((state): state is HeldReport => state.reportId !== null)
      .sort((a, b) => (b.deal?.expectedSigningOn ?? '').localeCompare(a.deal?.expectedSigningOn ?? ''));
  }
}
