import { SCHEME_STREAM_PREFIX } from '@sales/appraisal/domain';
import type { EventStore } from '@sales/shared/event-sourcing';

/**
 * Which schemes exist (their ids), for the list: found by a pass over the store at start and every
 * `refreshMs` (schemes another replica set), and at once for this process's own commands. Each
 * scheme itself is always read from its stream, so the list never shows a stale version.
 * Idempotent: a set of ids, however often an event is seen.
 */
export class SchemeIndex {
  private readonly ids = new Set<string>();
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly store: Pick<EventStore, 'readAll'>,
    private readonly refreshMs = 30_000,
  ) {}

  async rebuild(): Promise<void> {
    for await (const event of this.store.readAll()) {
      if (event.streamId.startsWith(SCHEME_STREAM_PREFIX))
        this.ids.add(event.streamId.slice(SCHEME_STREAM_PREFIX.length));
    }
  }

  startRefreshing(): void {
    this.timer ??= setInterval(() => void this.rebuild().catch(() => undefined), this.refreshMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** Nest calls it when the app closes. */
  onModuleDestroy(): void {
    this.stop();
  }

  record(schemeId: string): void {
    this.ids.add(schemeId);
  }

  schemeIds(): string[] {
    return [...this.ids].sort();
  }
}
