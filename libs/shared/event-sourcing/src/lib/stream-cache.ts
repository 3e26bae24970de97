import type { EventEnvelope } from './event-envelope';

type CachedStream = { version: number; events: EventEnvelope[] };

/**
 * The streams this process has read or written, as upcast events, so loading a stream again
 * costs one indexed lookup for commits written since ("is there a commit from my version?")
 * instead of reading it all. Safe across processes because history is never rewritten: a cached
 * prefix stays a prefix, and whatever others appended is found by following the chain of
 * (streamId, fromVersion) keys. Bounded by the number of events held; the least recently used
 * streams are dropped first.
 */
export class StreamCache {
  private readonly streams = new Map<string, CachedStream>();
  private held = 0;

  constructor(private readonly maxEvents = 20_000) {}

  /** A copy of what is cached for the stream (version 0 and no events when nothing is). */
  get(streamId: string): { version: number; events: EventEnvelope[] } {
    const cached = this.streams.get(streamId);
    if (!cached) return { version: 0, events: [] };
    this.touch(streamId, cached);
    return { version: cached.version, events: cached.events.slice() };
  }

  /** Extends the cached stream with events that directly follow it; anything else is ignored. */
  extend(streamId: string, fromVersion: number, toVersion: number, events: readonly EventEnvelope[]): void {
    const cached = this.streams.get(streamId) ?? (fromVersion === 0 ? { version: 0, events: [] } : undefined);
    if (!cached || cached.version !== fromVersion) return;
    cached.events.push(...events);
    cached.version = toVersion;
    this.held += events.length;
    this.touch(streamId, cached);
    this.evict();
  }

  /** Replaces what is cached for a stream with a complete read of it. */
  set(streamId: string, version: number, events: readonly EventEnvelope[]): void {
    this.forget(streamId);
    if (events.length > this.maxEvents) return;
    this.streams.set(streamId, { version, events: [...events] });
    this.held += events.length;
    this.evict();
  }

  forget(streamId: string): void {
    const cached = this.streams.get(streamId);
    if (!cached) return;
    this.held -= cached.events.length;
    this.streams.delete(streamId);
  }

  private touch(streamId: string, cached: CachedStream): void {
    this.streams.delete(streamId);
    this.streams.set(streamId, cached);
  }

  private evict(): void {
    for (const [streamId] of this.streams) {
      if (this.held <= this.maxEvents) return;
      this.forget(streamId);
    }
  }
}
