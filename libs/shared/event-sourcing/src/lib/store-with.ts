import type { EventStore } from './event-store.port';

/**
 * `inner` with some of its methods replaced: the rest forward unchanged, arguments included.
 * For decorators that watch or hold one call (specs, benchmarks, fault-injecting children), so
 * none of them re-types the whole port and forgets an argument when the port grows.
 */
export function storeWith(inner: EventStore, overrides: Partial<Omit<EventStore, 'context'>>): EventStore {
  return {
    get context() {
      return inner.context;
    },
    append: overrides.append ?? ((request) => inner.append(request)),
    readStream: overrides.readStream ?? ((streamId) => inner.readStream(streamId)),
    unpublished: overrides.unpublished ?? ((limit, read) => inner.unpublished(limit, read)),
    markPublished: overrides.markPublished ?? ((commits) => inner.markPublished(commits)),
    readAll: overrides.readAll ?? (() => inner.readAll()),
    readPublished: overrides.readPublished ?? (() => inner.readPublished()),
    ping: overrides.ping ?? (() => inner.ping()),
    close: overrides.close ?? (() => inner.close()),
  };
}
